#!/usr/bin/env node
// End-to-end suite (`npm run test:e2e`): the packed package installed as a community node in real n8n
// (the newest installable, on Node 24; 2.8.4, the last 2.x on Node 20; the last 1.x), every workflow in
// examples/ run with `n8n execute` against the LeafLink emulator, asserting on the output and on the
// emulator's state.
//
//   node test/e2e/run.mjs [--versions newest,2.8,1] [--only <text>] [--no-build] [--keep] [--verbose]
//   E2E_N8N_VERSIONS=2.8.4 npm run test:e2e      (shortcuts: newest, 2.8 = 2.8.4, 1 = the last 1.x)
//   npm run test:e2e -- --queue [--only <text>]   the queue-mode suite instead (test/e2e/queue/run.mjs:
//                                                 Postgres, Redis, main, workers, webhook processor)
//
// Scenarios are modules in test/e2e/scenarios/*.mjs (see scenarios/README.md). An example with no
// scenario still runs, with the generic check "it succeeds and every node ran without error".
// Prints `N passed, N failed` alone on the last line; exits 1 on any failure.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
	E2E_N8N_VERSIONS,
	ensureN8n,
	repoRoot,
	resolveN8nVersion,
} from '../../scripts/n8n-install.mjs';
import { loadExamples } from './lib/examples.mjs';
import { packPackage } from './lib/pack.mjs';
import { createReport, fmt } from './lib/report.mjs';
import { N8nInstance, NODE_TYPE, freePort, nodeOutput } from './lib/n8n.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
const { startEmulator } = require('../emulator/index.js');

export const CREDENTIAL = Object.freeze({
	id: 'LLemulatorCred01',
	name: 'LeafLink Emulator',
	type: 'leafLinkApi',
});
export const USER_AGENT = 'n8n-e2e';

function parseArgs(argv) {
	const out = { versions: null, only: null, build: 'auto', keep: false, verbose: false };
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i];
		const val = () => (a.includes('=') ? a.split('=').slice(1).join('=') : argv[++i]);
		if (a.startsWith('--versions')) out.versions = val();
		else if (a.startsWith('--only')) out.only = val();
		else if (a === '--no-build') out.build = false;
		else if (a === '--build') out.build = true;
		else if (a === '--keep') out.keep = true;
		else if (a === '--verbose') out.verbose = true;
		else if (a === '--help') {
			console.log(
				`usage: node test/e2e/run.mjs [--versions ${E2E_N8N_VERSIONS.join(',')}] [--only <text>] [--no-build|--build] [--keep] [--verbose]`,
			);
			process.exit(0);
		}
	}
	const list = out.versions ?? process.env.E2E_N8N_VERSIONS ?? E2E_N8N_VERSIONS.join(',');
	out.versions = [
		...new Set(
			list
				.split(',')
				.map((v) => v.trim())
				.filter(Boolean)
				.map(resolveN8nVersion),
		),
	];
	return out;
}

async function loadScenarios() {
	const dir = path.join(here, 'scenarios');
	const files = fs.existsSync(dir)
		? fs
				.readdirSync(dir)
				.filter((f) => f.endsWith('.mjs'))
				.sort()
		: [];
	const scenarios = [];
	for (const f of files) {
		const mod = await import(pathToFileURL(path.join(dir, f)).href);
		const list = Array.isArray(mod.default) ? mod.default : [mod.default];
		for (const s of list) {
			if (!s || typeof s.run !== 'function' || !s.name)
				throw new Error(`scenarios/${f}: default export needs { name, run }`);
			scenarios.push({ ...s, source: `scenarios/${f}` });
		}
	}
	return scenarios;
}

/** The generic check for an example without its own scenario. */
function genericScenario(file) {
	return {
		name: `${file} (generic: runs without error)`,
		example: file,
		source: 'generic',
		async run(t) {
			const run = await t.execute();
			for (const [node, tasks] of Object.entries(run.data.resultData.runData)) {
				for (const task of tasks)
					assert.equal(task.error, undefined, `node "${node}" failed: ${task.error?.message}`);
			}
			assert.equal(
				t.emu.requestsWithoutUserAgent(),
				0,
				'every request to LeafLink carries a User-Agent',
			);
		},
	};
}

/** Checks that an example is importable and uses this package's node types and the shared credential. */
function lintExample({ file, workflow }) {
	assert.ok(
		workflow.id && /^[A-Za-z0-9]{16}$/.test(workflow.id),
		`${file}: needs a 16-character alphanumeric "id"`,
	);
	assert.ok(
		Array.isArray(workflow.nodes) && workflow.connections,
		`${file}: needs nodes and connections`,
	);
	for (const node of workflow.nodes) {
		if (!node.type.startsWith('n8n-nodes-leaflink.')) continue;
		assert.ok(
			node.type === NODE_TYPE || node.type.startsWith('n8n-nodes-leaflink.leafLink'),
			`${file}: unknown node type ${node.type}`,
		);
		const cred = node.credentials?.leafLinkApi;
		assert.ok(cred, `${file}: node "${node.name}" has no leafLinkApi credential`);
		assert.equal(
			cred.id,
			CREDENTIAL.id,
			`${file}: node "${node.name}" must use credential id ${CREDENTIAL.id}`,
		);
	}
}

async function main() {
	if (process.argv.includes('--queue')) {
		const rest = process.argv.slice(2).filter((a) => a !== '--queue');
		const queue = spawnSync(process.execPath, [path.join(here, 'queue', 'run.mjs'), ...rest], {
			stdio: 'inherit',
		});
		process.exit(queue.status ?? 1);
	}
	const args = parseArgs(process.argv.slice(2));
	const t0 = Date.now();
	/** Per n8n version: wall time of its set-up and scenarios, and how long it waited for its install. */
	const timings = [];
	const { record, log, scenario, allPassed, finish } = createReport();

	// Start every n8n install at once (cached after the first run); tests of the first version run
	// while a later one may still be installing.
	const installs = new Map(
		args.versions.map((v) => [v, ensureN8n(v, { log: (m) => console.log(`  [n8n ${v}] ${m}`) })]),
	);
	for (const p of installs.values()) p.catch(() => {});

	let tgz;
	const tp = Date.now();
	try {
		tgz = packPackage({ build: args.build, log });
		record('package builds and packs', true, Date.now() - tp);
	} catch (e) {
		record('package builds and packs', false, Date.now() - tp, e);
	}

	const examples = loadExamples();
	const scenarios = await loadScenarios();
	for (const ex of examples) {
		try {
			lintExample(ex);
		} catch (e) {
			record(`examples/${ex.file} is a valid example`, false, 0, e);
		}
	}
	const covered = new Set(scenarios.map((s) => s.example).filter(Boolean));
	const all = [
		...scenarios,
		...examples.filter((e) => !covered.has(e.file)).map((e) => genericScenario(e.file)),
	];
	const selected = args.only
		? all.filter((s) => s.name.includes(args.only) || (s.example ?? '').includes(args.only))
		: all;

	const emu = await startEmulator({ port: 0 });
	try {
		for (const version of tgz ? args.versions : []) {
			const label = `n8n ${version}`;
			let n8n;
			const tw = Date.now();
			let ts = tw;
			try {
				await installs.get(version);
				ts = Date.now();
				timings.push({ version, installWaitMs: ts - tw, startedAt: ts });
				const port = await freePort();
				n8n = await N8nInstance.create({
					version,
					userFolder: path.join(repoRoot, '.n8n-e2e', `n8n-${version}`),
					tgz,
					port,
					log,
				});
				await n8n.importCredentials([
					{
						...CREDENTIAL,
						data: {
							environment: 'custom',
							customBaseUrl: emu.baseUrl,
							apiKey: emu.keys.app,
							keyType: 'App',
							userAgent: USER_AGENT,
							webhookSecret: '',
						},
					},
				]);
				const workflows = [
					...examples.map((e) => e.workflow),
					...selected.flatMap((s) =>
						typeof s.workflows === 'function' ? s.workflows({ version }) : (s.workflows ?? []),
					),
				];
				await n8n.importWorkflows(workflows);
				record(
					`[${label}] package installed as a community node; credential and ${workflows.length} workflows imported`,
					true,
					Date.now() - ts,
				);
			} catch (e) {
				record(`[${label}] set-up`, false, Date.now() - ts, e);
				continue;
			}

			for (const s of selected) {
				const name = `[${label}] ${s.name}`;
				if (s.versions && !s.versions(version)) {
					console.log(`- ${name}: skipped for this version`);
					continue;
				}
				const example = s.example ? examples.find((e) => e.file === s.example) : undefined;
				try {
					await scenario(name, s.timeoutMs ?? 180000, async () => {
						if (s.example && !example)
							throw new Error(`${s.source}: examples/${s.example} does not exist`);
						emu.reset();
						const t = {
							version,
							major: n8n.major,
							n8n,
							emu,
							assert,
							log,
							example: example?.workflow,
							credential: CREDENTIAL,
							userAgent: USER_AGENT,
							nodeOutput,
							/** Runs a workflow (default: the scenario's example) with `n8n execute`; throws unless it succeeded. */
							async execute(id = example?.workflow.id, { expectFailure = false } = {}) {
								const res = await n8n.execute(id);
								if (args.verbose) log(`n8n execute --id=${id}: exit ${res.code} in ${fmt(res.ms)}`);
								if (expectFailure) return res;
								if (!res.ok) {
									const err = res.run?.data?.resultData?.error;
									throw new Error(
										`workflow ${id} failed (exit ${res.code ?? `on ${res.signal}`})${err ? `: ${err.message}` : ''}\n${res.stdout.slice(-3000)}\n${res.stderr.slice(-2000)}`,
									);
								}
								return res.run;
							},
						};
						await s.run(t);
					});
				} finally {
					await n8n.stop().catch(() => {});
				}
			}
			timings.at(-1).ms = Date.now() - timings.at(-1).startedAt;
			if (!args.keep && allPassed()) fs.rmSync(n8n.userFolder, { recursive: true, force: true });
		}
	} finally {
		await emu.stop();
	}

	finish([
		`e2e finished in ${fmt(Date.now() - t0)} (n8n ${args.versions.join(', ')})`,
		...timings.map(
			(t) =>
				`  n8n ${t.version}: ${t.ms === undefined ? 'set-up failed' : fmt(t.ms)}${t.installWaitMs > 1000 ? ` (after waiting ${fmt(t.installWaitMs)} for its install)` : ''}`,
		),
	]);
}

main().catch((e) => {
	console.error(e);
	console.log('0 passed, 1 failed');
	process.exit(1);
});
