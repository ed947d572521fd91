#!/usr/bin/env node
// `npm run demo`: a real n8n with this package installed as a community node, talking to the local
// LeafLink emulator. Builds and packs the package, installs n8n 2.8.4 on first use (cached in ~/.cache/n8n-nodes-leaflink),
// installs the tarball into the n8n user folder (.n8n-demo/), starts the seeded emulator, imports a
// "LeafLink Emulator" credential and the example workflows, runs "LeafLink: list orders" once as a
// check, starts `n8n start`, creates the owner account, prints the URL and sign-in, and runs until Ctrl-C.
//
//   npm run demo [-- --port 5678 --emulator-port 4010 --fresh --no-check --n8n-version 2.8.4]
//   env: N8N_PORT, EMULATOR_PORT, DEMO_USER_FOLDER, DEMO_EMAIL, DEMO_PASSWORD, N8N_LISTEN_ADDRESS
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { DEFAULT_N8N_VERSION, ensureN8n, repoRoot } from './n8n-install.mjs';
import { packPackage } from '../test/e2e/lib/pack.mjs';
import { N8nInstance, nodeOutput, portIsFree } from '../test/e2e/lib/n8n.mjs';

const require = createRequire(import.meta.url);
const CREDENTIAL = { id: 'LLemulatorCred01', name: 'LeafLink Emulator', type: 'leafLinkApi' };
const SAMPLE_WORKFLOW_ID = 'LLexListOrders01';

function parseArgs(argv) {
	const out = {
		port: Number(process.env.N8N_PORT || 5678),
		emulatorPort: Number(process.env.EMULATOR_PORT || 4010),
		fresh: false,
		check: true,
		build: 'auto',
		version: process.env.DEMO_N8N_VERSION || DEFAULT_N8N_VERSION,
		userFolder: path.resolve(process.env.DEMO_USER_FOLDER || path.join(repoRoot, '.n8n-demo')),
		email: process.env.DEMO_EMAIL || 'demo@example.com',
		password: process.env.DEMO_PASSWORD || 'LeafLink-Demo-1',
		listen: process.env.N8N_LISTEN_ADDRESS || '127.0.0.1',
	};
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i];
		const val = () => (a.includes('=') ? a.split('=').slice(1).join('=') : argv[++i]);
		if (a.startsWith('--port')) out.port = Number(val());
		else if (a.startsWith('--emulator-port')) out.emulatorPort = Number(val());
		else if (a.startsWith('--n8n-version')) out.version = val();
		else if (a === '--fresh') out.fresh = true;
		else if (a === '--no-check') out.check = false;
		else if (a === '--no-build') out.build = false;
		else if (a === '--build') out.build = true;
		else if (a === '--help' || a === '-h') {
			console.log(fs.readFileSync(new URL(import.meta.url), 'utf8').split('\n').filter((l) => l.startsWith('//')).map((l) => l.slice(3)).join('\n'));
			process.exit(0);
		} else {
			console.error(`unknown option ${a} (see --help)`);
			process.exit(2);
		}
	}
	return out;
}

const say = (m) => console.log(`[demo] ${m}`);
const sec = (ms) => `${(ms / 1000).toFixed(1)} s`;

async function main() {
	const o = parseArgs(process.argv.slice(2));
	const t0 = Date.now();
	const brokerPort = o.port + 1;
	for (const [port, what] of [[o.port, 'n8n'], [brokerPort, "n8n's task broker"], [o.emulatorPort, 'the LeafLink emulator']]) {
		if (!(await portIsFree(port))) {
			console.error(`[demo] port ${port} (for ${what}) is in use. Stop what uses it, or pick other ports: npm run demo -- --port 5700 --emulator-port 4020`);
			process.exit(1);
		}
	}

	// n8n installs (first run: minutes) while the package builds
	const install = ensureN8n(o.version, { log: (m) => say(m) });
	install.catch(() => {});
	const tgz = packPackage({ build: o.build, log: say });
	await install;

	const n8n = await N8nInstance.create({
		version: o.version,
		userFolder: o.userFolder,
		tgz,
		fresh: o.fresh,
		port: o.port,
		env: { N8N_RUNNERS_BROKER_PORT: String(brokerPort), N8N_HOST: 'localhost', WEBHOOK_URL: `http://localhost:${o.port}/` },
		log: say,
	});
	say(`installed ${path.basename(tgz)} as a community node in ${path.relative(process.cwd(), path.join(o.userFolder, '.n8n', 'nodes', 'node_modules')) || '.'}`);

	const { startEmulator } = require('../test/emulator/index.js');
	const emu = await startEmulator({ port: o.emulatorPort, host: '127.0.0.1', seed: true });
	say(`LeafLink emulator listening on ${emu.baseUrl}/ (seeded: ${emu.db.orders.size} orders, ${emu.db.products.size} products)`);

	let stopping = false;
	const shutdown = async (code = 0, why = '') => {
		if (stopping) return;
		stopping = true;
		if (why) say(why);
		say('stopping n8n and the emulator…');
		clearInterval(tail);
		await n8n.stop().catch(() => {});
		await emu.stop().catch(() => {});
		say('stopped');
		process.exit(code);
	};
	let tail = null;
	process.on('SIGINT', () => shutdown(0, 'Ctrl-C received'));
	process.on('SIGTERM', () => shutdown(0, 'SIGTERM received'));

	try {
		// The credential is (re)imported every time: it points at this run's emulator port.
		await n8n.importCredentials([
			{
				...CREDENTIAL,
				data: { environment: 'custom', customBaseUrl: emu.baseUrl, apiKey: emu.keys.app, keyType: 'App', userAgent: 'n8n-demo', webhookSecret: '' },
			},
		]);
		// Example workflows are imported once, so edits made in the editor survive the next `npm run demo`.
		const marker = path.join(o.userFolder, 'imported-examples.json');
		const done = new Set(fs.existsSync(marker) ? JSON.parse(fs.readFileSync(marker, 'utf8')) : []);
		const dir = path.join(repoRoot, 'examples');
		const examples = fs.readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')));
		const toImport = examples.filter((w) => !done.has(w.id));
		if (toImport.length) {
			await n8n.importWorkflows(toImport);
			for (const w of toImport) done.add(w.id);
			fs.writeFileSync(marker, JSON.stringify([...done], null, 2));
			say(`imported credential "${CREDENTIAL.name}" and ${toImport.length} workflows: ${toImport.map((w) => `"${w.name}"`).join(', ')}`);
		} else say(`imported credential "${CREDENTIAL.name}" (workflows were imported on an earlier run)`);

		if (o.check) {
			const res = await n8n.execute(SAMPLE_WORKFLOW_ID);
			if (!res.ok) throw new Error(`the sample workflow failed:\n${res.stdout.slice(-3000)}\n${res.stderr.slice(-2000)}`);
			const orders = nodeOutput(res.run, 'Get many orders');
			say(`check: "LeafLink: list orders" ran with n8n execute and listed ${orders.length} orders from the emulator (${sec(res.ms)})`);
		}

		say(`starting n8n ${o.version} on port ${o.port}…`);
		const started = await n8n.start({ listen: o.listen });
		const settings = await (await fetch(`${n8n.url}/rest/settings`)).json();
		let owner = 'existing';
		if (settings?.data?.userManagement?.showSetupOnFirstLoad) {
			await n8n.setupOwner({ email: o.email, password: o.password, firstName: 'Demo', lastName: 'Owner' });
			owner = 'created';
		}
		const host = o.listen === '127.0.0.1' || o.listen === '0.0.0.0' || o.listen === '::' ? 'localhost' : o.listen;
		const url = `http://${host}:${o.port}`;
		console.log(
			[
				'',
				'──────────────────────────────────────────────────────────────────────',
				` n8n ${o.version} with n8n-nodes-leaflink is running (ready after ${sec(Date.now() - t0)}; n8n start took ${sec(started.ms)})`,
				'',
				`   Open:      ${url}`,
				`   Sign in:   ${o.email}  /  ${o.password}${owner === 'existing' ? '   (owner from an earlier run; use --fresh to reset)' : ''}`,
				`   Workflow:  ${url}/workflow/${SAMPLE_WORKFLOW_ID}  ("LeafLink: list orders": click "Execute workflow")`,
				`   LeafLink:  emulator at ${emu.baseUrl}/  (credential "${CREDENTIAL.name}", App key ${emu.keys.app})`,
				`   Data:      ${path.relative(process.cwd(), o.userFolder) || o.userFolder}/ (n8n user folder; n8n log in n8n-start.log)`,
				'',
				'   Ctrl-C stops n8n and the emulator.',
				'──────────────────────────────────────────────────────────────────────',
				'',
			].join('\n'),
		);
		console.log(`DEMO READY ${url}`);

		// Show what n8n asks LeafLink for, and notice if n8n dies.
		let seen = emu.requests.length;
		tail = setInterval(() => {
			const reqs = emu.requests;
			if (reqs.length < seen) seen = 0;
			for (const r of reqs.slice(seen)) {
				const q = new URLSearchParams(Object.entries(r.query).flatMap(([k, v]) => (Array.isArray(v) ? v.map((x) => [k, x]) : [[k, v]]))).toString();
				if (r.status) say(`emulator ← ${r.method} ${r.path}${q ? `?${q}` : ''} → ${r.status}`);
				else break;
				seen++;
			}
			if (n8n.server?.exited) shutdown(1, `n8n exited unexpectedly (${JSON.stringify(n8n.server.exited)}); see ${n8n.server.logFile}`);
		}, 500);
	} catch (e) {
		console.error(`[demo] ${e.stack ?? e}`);
		if (n8n.server) console.error(n8n.serverLog());
		await shutdown(1);
	}
}

main().catch((e) => {
	console.error(`[demo] ${e.stack ?? e}`);
	process.exit(1);
});
