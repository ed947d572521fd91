#!/usr/bin/env node
// `npm run demo`: a real n8n with this package installed as a community node, talking to the local
// LeafLink emulator. Installs the dev dependencies if missing, builds and packs the package, installs the
// newest n8n on first use (and the Node 24 it runs on; both cached in ~/.cache/n8n-nodes-leaflink),
// installs the tarball into the n8n user folder (.n8n-demo/<port>/), starts the seeded emulator, imports a
// "LeafLink Emulator" credential and the example workflows, runs "LeafLink: list orders" once as a
// check, starts `n8n start`, creates the owner account, prints the URL and sign-in, and runs until
// Ctrl-C or SIGTERM/SIGHUP, which stop n8n (with its task runner) and the emulator.
//
//   npm run demo [-- --port 5678 --emulator-port 4010 --n8n 2.8.4 --fresh --no-check]
//   --n8n: newest (default), 2.8 (2.8.4, the last on Node 20), 1 (the last 1.x) or any installable version
//   env: N8N_PORT, EMULATOR_PORT, DEMO_N8N_VERSION, DEMO_USER_FOLDER, DEMO_EMAIL, DEMO_PASSWORD, N8N_LISTEN_ADDRESS
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { DEFAULT_N8N_VERSION, ensureN8n, repoRoot, resolveN8nVersion } from './n8n-install.mjs';

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
		userFolder: process.env.DEMO_USER_FOLDER || '',
		email: process.env.DEMO_EMAIL || 'demo@example.com',
		password: process.env.DEMO_PASSWORD || 'LeafLink-Demo-1',
		listen: process.env.N8N_LISTEN_ADDRESS || '127.0.0.1',
	};
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i];
		const val = () => (a.includes('=') ? a.split('=').slice(1).join('=') : argv[++i]);
		if (/^--port(=|$)/.test(a)) out.port = Number(val());
		else if (/^--emulator-port(=|$)/.test(a)) out.emulatorPort = Number(val());
		else if (/^--n8n(-version)?(=|$)/.test(a)) out.version = val();
		else if (a === '--fresh') out.fresh = true;
		else if (a === '--no-check') out.check = false;
		else if (a === '--no-build') out.build = false;
		else if (a === '--build') out.build = true;
		else if (a === '--help' || a === '-h') {
			console.log(
				fs
					.readFileSync(new URL(import.meta.url), 'utf8')
					.split('\n')
					.filter((l) => l.startsWith('//'))
					.map((l) => l.slice(3))
					.join('\n'),
			);
			process.exit(0);
		} else {
			console.error(`[demo] unknown option ${a} (see npm run demo -- --help)`);
			process.exit(2);
		}
	}
	for (const [flag, port] of [
		['--port', out.port],
		['--emulator-port', out.emulatorPort],
	]) {
		if (!Number.isInteger(port) || port < 1 || port > 65534) {
			console.error(`[demo] ${flag} must be a port number from 1 to 65534 (got ${port})`);
			process.exit(2);
		}
	}
	out.version = resolveN8nVersion(out.version);
	// one user folder per n8n port: two demos side by side keep their own database, owner and credentials
	out.userFolder = path.resolve(
		out.userFolder || path.join(repoRoot, '.n8n-demo', String(out.port)),
	);
	return out;
}

const say = (m) => console.log(`[demo] ${m}`);
const sec = (ms) => `${(ms / 1000).toFixed(1)} s`;
const portAdvice =
	'Stop what uses it, or pick other ports: npm run demo -- --port 5700 --emulator-port 4020';

/**
 * Claims n8n's port for this demo until it exits (a pid file in the temp folder, created exclusively):
 * two demos started at the same moment both see a free port, but only one gets the claim.
 * Returns a release function, or null when a live demo holds it.
 */
function claimPort(port) {
	const file = path.join(os.tmpdir(), `n8n-nodes-leaflink-demo-${port}.pid`);
	for (let attempt = 0; attempt < 2; attempt++) {
		try {
			fs.writeFileSync(file, String(process.pid), { flag: 'wx' });
			return () => {
				try {
					if (fs.readFileSync(file, 'utf8') === String(process.pid)) fs.rmSync(file);
				} catch {}
			};
		} catch (e) {
			if (e.code !== 'EEXIST') throw e;
			const pid = Number(fs.readFileSync(file, 'utf8')) || 0;
			if (pid && pid !== process.pid && isAlive(pid)) return { heldBy: pid };
			fs.rmSync(file, { force: true }); // left by a demo that is gone
		}
	}
	return { heldBy: 0 };
}

/**
 * The processes whose end must end the demo: its parent, and under `npm run demo` also npm itself.
 * npm runs the script through `sh -c`, and on SIGTERM it signals only that shell, which exits without
 * passing the signal on; the demo notices its parent is gone instead. (Ctrl-C in a terminal reaches
 * every process of the foreground group, this one included.)
 */
function watchedAncestors() {
	const list = [process.ppid];
	if (process.env.npm_lifecycle_event) {
		try {
			const stat = fs.readFileSync(`/proc/${process.ppid}/stat`, 'utf8');
			const grandparent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
			if (grandparent > 1) list.push(grandparent);
		} catch {} // no /proc (macOS): the parent alone
	}
	return list;
}

function isAlive(pid) {
	try {
		process.kill(pid, 0);
		return true;
	} catch (e) {
		return e.code === 'EPERM';
	}
}

async function main() {
	const o = parseArgs(process.argv.slice(2));
	const t0 = Date.now();
	const fail = (message) => {
		console.error(`[demo] ${message}`);
		process.exit(1);
	};

	const claim = claimPort(o.port);
	if (typeof claim !== 'function')
		fail(
			`port ${o.port} is taken by another npm run demo${claim.heldBy ? ` (pid ${claim.heldBy})` : ''}. ${portAdvice}`,
		);
	process.on('exit', claim);
	// these modules are only needed (and may only be installed) from here on
	const { portIsFree } = await import('../test/e2e/lib/n8n.mjs');
	for (const [port, what] of [
		[o.port, 'n8n'],
		[o.emulatorPort, 'the LeafLink emulator'],
	]) {
		if (!(await portIsFree(port))) fail(`port ${port} (for ${what}) is in use. ${portAdvice}`);
	}

	// Stopping: a signal at any point stops whatever has started (an n8n install, n8n with its task
	// runner, the emulator) and nothing is left running.
	const installAbort = new AbortController();
	let n8n = null;
	let emu = null;
	let tail = null;
	let stopping = false;
	const shutdown = async (code, why = '') => {
		if (stopping) return;
		stopping = true;
		if (why) say(why);
		say('stopping n8n and the emulator…');
		clearInterval(tail);
		installAbort.abort();
		await n8n?.stop().catch(() => {});
		await emu?.stop().catch(() => {});
		say('stopped');
		process.exit(code);
	};
	for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'])
		process.on(signal, () => shutdown(0, `${signal === 'SIGINT' ? 'Ctrl-C' : signal} received`));
	const ancestors = watchedAncestors();
	const parentWatch = setInterval(() => {
		const gone =
			ancestors.find((pid) => !isAlive(pid)) ??
			(process.ppid !== ancestors[0] ? ancestors[0] : undefined);
		if (gone !== undefined) shutdown(0, `the process that started the demo (pid ${gone}) ended`);
	}, 500);
	parentWatch.unref();
	// a closed terminal or pipe must not crash the demo before it has stopped n8n
	for (const stream of [process.stdout, process.stderr]) stream.on('error', () => {});

	try {
		await import('./ensure-deps.mjs'); // a fresh clone: installs the dev dependencies (the emulator and the build need them)
		const { startEmulator } = require('../test/emulator/index.js');
		try {
			emu = await startEmulator({ port: o.emulatorPort, host: '127.0.0.1', seed: true });
		} catch (e) {
			if (e.code === 'EADDRINUSE')
				return await shutdown(
					1,
					`port ${o.emulatorPort} (for the LeafLink emulator) is in use. ${portAdvice}`,
				);
			throw e;
		}
		say(
			`LeafLink emulator listening on ${emu.baseUrl}/ (seeded: ${emu.db.orders.size} orders, ${emu.db.products.size} products)`,
		);

		// n8n installs (first run: minutes) while the package builds
		const install = ensureN8n(o.version, { log: say, signal: installAbort.signal });
		install.catch(() => {});
		const { packPackage } = await import('../test/e2e/lib/pack.mjs');
		const tgz = packPackage({ build: o.build, log: say });
		await install;
		if (stopping) return;

		const { N8nInstance, nodeOutput } = await import('../test/e2e/lib/n8n.mjs');
		n8n = await N8nInstance.create({
			version: o.version,
			userFolder: o.userFolder,
			tgz,
			fresh: o.fresh,
			port: o.port,
			env: { N8N_HOST: 'localhost', WEBHOOK_URL: `http://localhost:${o.port}/` },
			log: say,
		});
		say(
			`installed ${path.basename(tgz)} as a community node in ${path.relative(process.cwd(), path.join(o.userFolder, '.n8n', 'nodes', 'node_modules')) || '.'}`,
		);

		// The credential is (re)imported every time: it points at this run's emulator port.
		await n8n.importCredentials([
			{
				...CREDENTIAL,
				data: {
					environment: 'custom',
					customBaseUrl: emu.baseUrl,
					apiKey: emu.keys.app,
					keyType: 'App',
					userAgent: 'n8n-demo',
					webhookSecret: '',
				},
			},
		]);
		// Example workflows are imported once, so edits made in the editor survive the next `npm run demo`.
		const marker = path.join(o.userFolder, 'imported-examples.json');
		const done = new Set(fs.existsSync(marker) ? JSON.parse(fs.readFileSync(marker, 'utf8')) : []);
		const dir = path.join(repoRoot, 'examples');
		const examples = fs
			.readdirSync(dir)
			.filter((f) => f.endsWith('.json'))
			.sort()
			.map((f) => JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')));
		const toImport = examples.filter((w) => !done.has(w.id));
		if (toImport.length) {
			await n8n.importWorkflows(toImport);
			for (const w of toImport) done.add(w.id);
			fs.writeFileSync(marker, JSON.stringify([...done], null, 2));
			say(
				`imported credential "${CREDENTIAL.name}" and ${toImport.length} workflows: ${toImport.map((w) => `"${w.name}"`).join(', ')}`,
			);
		} else
			say(`imported credential "${CREDENTIAL.name}" (workflows were imported on an earlier run)`);

		if (o.check) {
			const res = await n8n.execute(SAMPLE_WORKFLOW_ID);
			if (stopping) return;
			if (!res.ok)
				throw new Error(
					`the sample workflow failed:\n${res.stdout.slice(-3000)}\n${res.stderr.slice(-2000)}`,
				);
			const orders = nodeOutput(res.run, 'Get many orders');
			say(
				`check: "LeafLink: list orders" ran with n8n execute and listed ${orders.length} orders from the emulator (${sec(res.ms)})`,
			);
		}

		say(`starting n8n ${o.version} (Node ${n8n.nodeVersion}) on port ${o.port}…`);
		if (!(await portIsFree(o.port)))
			return await shutdown(
				1,
				`port ${o.port} (for n8n) was taken while the demo set up. ${portAdvice}`,
			);
		const started = await n8n.start({ listen: o.listen });
		const settings = await (await fetch(`${n8n.url}/rest/settings`)).json();
		let owner = 'existing';
		if (settings?.data?.userManagement?.showSetupOnFirstLoad) {
			await n8n.setupOwner({
				email: o.email,
				password: o.password,
				firstName: 'Demo',
				lastName: 'Owner',
			});
			owner = 'created';
		}
		const host =
			o.listen === '127.0.0.1' || o.listen === '0.0.0.0' || o.listen === '::'
				? 'localhost'
				: o.listen;
		const url = `http://${host}:${o.port}`;
		console.log(
			[
				'',
				'──────────────────────────────────────────────────────────────────────',
				` n8n ${o.version} (Node ${n8n.nodeVersion}) with n8n-nodes-leaflink is running (ready after ${sec(Date.now() - t0)}; n8n start took ${sec(started.ms)})`,
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
				const q = new URLSearchParams(
					Object.entries(r.query).flatMap(([k, v]) =>
						Array.isArray(v) ? v.map((x) => [k, x]) : [[k, v]],
					),
				).toString();
				if (r.status) say(`emulator ← ${r.method} ${r.path}${q ? `?${q}` : ''} → ${r.status}`);
				else break;
				seen++;
			}
			if (n8n.server?.exited)
				shutdown(
					1,
					`n8n exited unexpectedly (${JSON.stringify(n8n.server.exited)}); see ${n8n.server.logFile}`,
				);
		}, 500);
	} catch (e) {
		if (stopping) return; // the signal's shutdown reports
		console.error(`[demo] ${e.stack ?? e}`);
		if (n8n?.server) console.error(n8n.serverLog());
		await shutdown(1);
	}
}

main().catch((e) => {
	console.error(`[demo] ${e.stack ?? e}`);
	process.exit(1);
});
