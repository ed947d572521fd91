#!/usr/bin/env node
// Queue-mode end-to-end suite (`npm run test:e2e:queue`): the packed package in n8n's queue mode, as teams
// that outgrow one process run it: Postgres 15 and Redis from Debian's packages (installed when missing,
// started here as non-root services on free ports, stopped after), n8n main + 2 workers + 1 webhook
// processor, each with the package installed as the README says (see cluster.mjs), the LeafLink emulator.
//
//   node test/e2e/queue/run.mjs [--only <text>[,<text>…]] [--no-build] [--keep] [--verbose]
//
// Scenarios are modules in test/e2e/queue/scenarios/*.mjs, each default-exporting one or an array of
//   { name, timeoutMs?, prepare?(ctx) -> { credentials?, workflows?, activate? }, run(t) }
// `prepare` runs before n8n starts (credentials and workflows are imported, `activate` ones published);
// `run` gets t = { cluster, emu, assert, log, figure, userAgent, ... } once everything is up.
// Prints the measured figures, then `N passed, N failed` alone on the last line; exits 1 on any failure.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ensureN8n } from '../../../scripts/n8n-install.mjs';
import { packPackage } from '../lib/pack.mjs';
import { createReport, fmt } from '../lib/report.mjs';
import { QUEUE_N8N_VERSION, QueueCluster } from './cluster.mjs';
import { USER_AGENT } from './fixtures.mjs';
import { ensureServicesInstalled, startPostgres, startRedis } from './services.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const { startEmulator } = require('../../emulator/index.js');

function parseArgs(argv) {
	const out = { only: null, build: 'auto', keep: false, verbose: false };
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i];
		if (a.startsWith('--only'))
			out.only = a.includes('=') ? a.split('=').slice(1).join('=') : argv[++i];
		else if (a === '--no-build') out.build = false;
		else if (a === '--build') out.build = true;
		else if (a === '--keep') out.keep = true;
		else if (a === '--verbose') out.verbose = true;
		else if (a === '--help') {
			console.log(
				'usage: node test/e2e/queue/run.mjs [--only <text>] [--no-build|--build] [--keep] [--verbose]',
			);
			process.exit(0);
		}
	}
	return out;
}

async function loadScenarios() {
	const dir = path.join(here, 'scenarios');
	const scenarios = [];
	for (const f of fs
		.readdirSync(dir)
		.filter((x) => x.endsWith('.mjs'))
		.sort()) {
		const mod = await import(pathToFileURL(path.join(dir, f)).href);
		for (const s of Array.isArray(mod.default) ? mod.default : [mod.default]) {
			if (!s || typeof s.run !== 'function' || !s.name)
				throw new Error(`queue/scenarios/${f}: default export needs { name, run }`);
			scenarios.push({ ...s, source: f });
		}
	}
	return scenarios;
}

async function main() {
	const args = parseArgs(process.argv.slice(2));
	const t0 = Date.now();
	const figures = [];
	const { record, log, step, scenario, allPassed, finish } = createReport({ stackLines: 40 });

	const label = `n8n ${QUEUE_N8N_VERSION} queue mode`;
	const install = ensureN8n(QUEUE_N8N_VERSION, {
		log: (m) => log(`[n8n ${QUEUE_N8N_VERSION}] ${m}`),
	});
	install.catch(() => {});
	const stops = [];
	const root = fs.mkdtempSync(path.join(os.tmpdir(), 'leaflink-queue-e2e-'));
	let cluster;
	try {
		const aptSeconds = await step('Postgres 15 and Redis installed (apt-get when missing)', () =>
			ensureServicesInstalled({ log }),
		);
		if (aptSeconds) log(`apt-get took ${aptSeconds} s`);
		const tgz = await step('package builds and packs', () =>
			packPackage({ build: args.build, log }),
		);
		const n8nInstall = await install;

		const allScenarios = await loadScenarios();
		const only = args.only
			?.split(',')
			.map((x) => x.trim())
			.filter(Boolean);
		const scenarios = only
			? allScenarios.filter((s) => only.some((x) => s.name.includes(x)))
			: allScenarios;

		await step(
			`[${label}] Postgres, Redis, main + 2 workers + webhook processor, package installed in each; credentials and workflows imported`,
			async () => {
				const [postgres, redis] = await Promise.all([
					startPostgres({ pgModuleFrom: path.join(n8nInstall.dir, 'node_modules', 'n8n'), log }),
					startRedis({ log }),
				]);
				stops.push(
					() => postgres.stop(),
					() => redis.stop(),
				);
				cluster = await new QueueCluster({
					version: QUEUE_N8N_VERSION,
					bin: n8nInstall.bin,
					dir: n8nInstall.dir,
					root,
					postgres,
					redis,
					workers: 2,
					concurrency: 2,
					log,
				}).create(tgz);
				stops.unshift(() => cluster.stop());

				const ctx = {
					log,
					async startEmulator(options = {}) {
						const emu = await startEmulator({ port: 0, ...options });
						stops.push(() => emu.stop());
						return emu;
					},
				};
				const credentials = [];
				const workflows = [];
				const activate = [];
				for (const s of scenarios) {
					s.prepared = (await s.prepare?.(ctx)) ?? {};
					credentials.push(...(s.prepared.credentials ?? []));
					workflows.push(...(s.prepared.workflows ?? []));
					activate.push(...(s.prepared.activate ?? []));
				}
				const n8n = cluster.n8n;
				const unique = (list) => [...new Map(list.map((x) => [x.id, x])).values()];
				if (credentials.length) await n8n.importCredentials(unique(credentials));
				if (workflows.length) await n8n.importWorkflows(unique(workflows));
				for (const id of activate) await n8n.activate(id);
				log(
					`${unique(credentials).length} credentials and ${unique(workflows).length} workflows imported into Postgres; ${activate.length} published`,
				);
				await cluster.start();
			},
		);

		for (const s of scenarios) {
			const name = `[${label}] ${s.name}`;
			await scenario(name, s.timeoutMs ?? 180000, async () => {
				const t = {
					cluster,
					assert,
					log,
					verbose: args.verbose,
					userAgent: USER_AGENT,
					...s.prepared,
					/** Adds a measured figure to the summary printed at the end. */
					figure(line) {
						figures.push(line);
						log(line);
					},
				};
				await s.run(t);
			});
			// every process must still be up (a scenario restarting one starts it again)
			for (const p of cluster.processes.values()) {
				if (!p.child || p.exited)
					record(
						`[${label}] ${p.role} still running after "${s.name}"`,
						false,
						0,
						new Error(`${p.role} exited ${JSON.stringify(p.exited)}\n${p.logTail()}`),
					);
			}
		}
	} catch {
		// recorded by step()
	} finally {
		for (const stop of stops) await stop().catch((e) => console.error(`  stopping: ${e.message}`));
		if (args.keep || !allPassed())
			console.log(`  logs and user folders kept in ${root} (n8n-<role>.log in each)`);
		else fs.rmSync(root, { recursive: true, force: true });
	}

	finish([
		...(figures.length ? [`Figures (${label}):`, ...figures.map((f) => `  ${f}`), ''] : []),
		`queue e2e finished in ${fmt(Date.now() - t0)} (${label})`,
	]);
}

main().catch((e) => {
	console.error(e);
	console.log('0 passed, 1 failed');
	process.exit(1);
});
