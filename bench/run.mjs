#!/usr/bin/env node
// npm run bench — measures the LeafLink node side by side with a raw keep-alive client and with n8n's own
// HTTP Request node, against the LeafLink emulator (test/emulator), and writes the table to bench/results.md.
//
//   node bench/run.mjs [--cases 1,2,3,4] [--reps N] [--slow-reps N] [--time-scale S] [--quick] [--no-install]
//
// Cases: 1 = Return All of 20,000 orders (at LeafLink's latency, and at page size 1000 with none); 2 = 1,000
// product updates and 3 = 1,000 single-order Gets, both under LeafLink's rate limit at its latency; 4 = the
// LeafLink Trigger against n8n's Webhook node (with and without Header Auth) in a real n8n.
// LeafLink's latency, as the emulator is given it (bench/emulator-host.cjs): 250 ms to read one record, 350 ms to
// change one, 200 ms + 1 ms per record for a page. Time is scaled by S (default 4; case 1 by its own, default 1):
// latencies are divided by S and the rate limit's minute lasts 60/S s, so every ratio is LeafLink's and the bench
// stays short.
//
// Every measured run is a fresh child process (bench/subject.cjs): clean peak RSS, and CPU time of that side
// only. The emulator runs in its own process (bench/emulator-host.cjs), so its OpenAPI validation never counts
// against the side being measured; its own CPU cost per request is measured and reported. Sides alternate
// within each repetition (the order rotates), and every figure is the median with its min–max spread.
// Nothing here asserts: targets are reported as met or missed.
import { fork } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { build } from './build.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '..');
const require = createRequire(import.meta.url);

// ---------------------------------------------------------------- options
const argv = process.argv.slice(2);
const flag = (name) => argv.includes(`--${name}`);
const option = (name, fallback) => {
	const i = argv.findIndex((a) => a === `--${name}` || a.startsWith(`--${name}=`));
	if (i < 0) return fallback;
	return argv[i].includes('=') ? argv[i].split('=').slice(1).join('=') : argv[i + 1];
};
if (flag('help')) {
	console.log(
		'usage: node bench/run.mjs [--cases 1,2,3,4] [--reps N] [--slow-reps N] [--time-scale S] [--quick] [--no-install]',
	);
	process.exit(0);
}
const QUICK = flag('quick');
const CASES = new Set(
	String(option('cases', '1,2,3,4'))
		.split(',')
		.map((s) => s.trim()),
);
const REPS = Number(option('reps', QUICK ? 1 : 3));
/** Repetitions of the serial sides (one request at a time: minutes each at LeafLink's latency). */
const SLOW_REPS = Number(option('slow-reps', 1));
const READ_ORDERS = Number(option('orders', QUICK ? 5000 : 20000));
const READ_PAGE_SIZE = 1000;
const WRITE_COUNT = Number(option('writes', QUICK ? 300 : 1000));
const GET_COUNT = Number(option('gets', QUICK ? 300 : 1000));
const TIME_SCALE = Number(option('time-scale', 4));
/** LeafLink's answer times (ms, unscaled): what the bench defends in the README. */
const LEAFLINK_LATENCY = { readMs: 250, writeMs: 350, pageMs: 200, perRecordMs: 1 };
const LATENCY = Object.fromEntries(
	Object.entries(LEAFLINK_LATENCY).map(([k, v]) => [k, v / TIME_SCALE]),
);
/**
 * Case 1 runs at LeafLink's own time (scale 1) unless told: the emulator is one process, and side by side pages of
 * 1,000 orders would otherwise wait on its serialisation, not on LeafLink's latency.
 */
const READ_TIME_SCALE = Number(option('read-time-scale', 1));
const READ_LATENCY = Object.fromEntries(
	Object.entries(LEAFLINK_LATENCY).map(([k, v]) => [k, v / READ_TIME_SCALE]),
);
const RATE = { perMinute: 300, burstPerMinute: 1000, timeScale: TIME_SCALE };
const BUCKET = Math.max(1, RATE.burstPerMinute - RATE.perMinute);
const REFILL_PER_SECOND = (RATE.perMinute / 60) * TIME_SCALE;
/** The time LeafLink's limit allows for n requests, starting with a full burst allowance (ms). */
const boundMs = (n) => (Math.max(0, n - BUCKET) / REFILL_PER_SECOND) * 1000;
const WARMUP_ITEMS = 20;

const log = (...args) => console.error('[bench]', ...args);
const t0 = Date.now();
const loadAtStart = os.loadavg()[0];

// ---------------------------------------------------------------- small helpers
const median = (xs) => {
	const s = [...xs].sort((a, b) => a - b);
	const m = Math.floor(s.length / 2);
	return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const summary = (xs) => ({
	median: median(xs),
	min: Math.min(...xs),
	max: Math.max(...xs),
	n: xs.length,
});
const fmt = (x, digits = 0) => (Number.isFinite(x) ? x.toFixed(digits) : '–');
const spread = (s, digits = 0, unit = '') =>
	s.n > 1
		? `${fmt(s.median, digits)}${unit} (${fmt(s.min, digits)}–${fmt(s.max, digits)})`
		: `${fmt(s.median, digits)}${unit}`;
const rotate = (xs, k) => xs.map((_, i) => xs[(i + k) % xs.length]);

// ---------------------------------------------------------------- emulator in its own process
/** `options`: the emulator's own; `latency`: LeafLink's answer times put in front of it (see emulator-host.cjs). */
async function startEmulatorHost({ options, latency }) {
	const child = fork(path.join(here, 'emulator-host.cjs'), [], {
		stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
	});
	let nextId = 1;
	const pending = new Map();
	child.on('message', (msg) => {
		const p = pending.get(msg.id);
		if (!p) return;
		pending.delete(msg.id);
		if (msg.ok) p.resolve(msg.result);
		else p.reject(new Error(msg.error));
	});
	child.on('exit', (code) => {
		for (const p of pending.values()) p.reject(new Error(`emulator process exited (${code})`));
	});
	const call = (cmd, args = {}) =>
		new Promise((resolve, reject) => {
			const id = nextId++;
			pending.set(id, { resolve, reject });
			child.send({ id, cmd, ...args });
		});
	const started = await call('start', { options, latency });
	return {
		...started,
		call,
		async stop() {
			await call('stop').catch(() => {});
			child.disconnect();
		},
	};
}

// ---------------------------------------------------------------- one measured run
async function runSubject(emu, config) {
	const child = fork(
		path.join(here, 'subject.cjs'),
		[JSON.stringify({ ...config, baseUrl: emu.baseUrl, key: emu.keys.app })],
		{
			stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
			execArgv: ['--expose-gc'],
		},
	);
	let mark;
	const result = await new Promise((resolve, reject) => {
		child.on('message', async (msg) => {
			if (msg.ready) {
				mark = await emu.call('mark');
				child.send('go');
				return;
			}
			resolve(msg);
		});
		child.on('error', reject);
		child.on('exit', (code) => {
			if (code) reject(new Error(`subject ${config.kind}/${config.side} exited ${code}`));
		});
	});
	if (!result.ok) throw new Error(`subject ${config.kind}/${config.side} failed: ${result.error}`);
	const after = await emu.call('stats');
	const emulatorCpuMs =
		(after.cpu.user + after.cpu.system - mark.cpu.user - mark.cpu.system) / 1000;
	return {
		...result,
		requests: after.requests,
		rateLimited: after.rateLimited,
		statuses: after.statuses,
		emulatorCpuMs,
	};
}

// ---------------------------------------------------------------- n8n's HTTP Request node
async function locateHttpRequestNode() {
	const installer = await import(path.join(repoRoot, 'scripts', 'n8n-install.mjs'));
	const version = installer.DEFAULT_N8N_VERSION;
	if (!installer.isInstalled(version)) {
		if (flag('no-install'))
			return {
				skipped: `n8n ${version} is not installed in ${installer.n8nDir(version)} and --no-install was given`,
			};
		log(
			`n8n ${version} is not in the cache yet: installing it with scripts/n8n-install.mjs (first use only; takes minutes)`,
		);
		try {
			await installer.ensureN8n(version);
		} catch (error) {
			return {
				skipped: `installing n8n ${version} failed: ${String(error.message).split('\n')[0]}`,
			};
		}
	}
	const dir = installer.n8nDir(version);
	const nodePath = path.join(
		dir,
		'node_modules',
		'n8n-nodes-base',
		'dist',
		'nodes',
		'HttpRequest',
		'V3',
		'HttpRequestV3.node.js',
	);
	if (!fs.existsSync(nodePath)) return { skipped: `${nodePath} is missing` };
	const pkg = (name) =>
		JSON.parse(fs.readFileSync(path.join(dir, 'node_modules', name, 'package.json'), 'utf8'))
			.version;
	return { nodePath, n8n: pkg('n8n'), nodesBase: pkg('n8n-nodes-base') };
}

// ---------------------------------------------------------------- the cases
const out = []; // markdown lines of bench/results.md
const notes = []; // targets met / missed
const raw = {};

// ---------------------------------------------------------------- sides and how a case runs them
const SIDE_LABEL = {
	node: (k) => `LeafLink node, default (Parallel Requests ${k})`,
	node1: () => 'LeafLink node, Parallel Requests 1',
	raw: () => 'raw client, serial',
	rawpar: (k) => `raw client, ${k} at once, own pacing`,
	http: () => "n8n's HTTP Request node",
};
/** Serial sides take minutes at LeafLink's latency: they run SLOW_REPS times, the others REPS times. */
const SLOW_SIDES = new Set(['node1', 'raw', 'http']);

/**
 * Runs every side of a case, alternating (the order rotates per repetition); `prepare` resets the emulator and
 * answers the run's own config (fresh data, a full rate-limit bucket). Answers side -> runs[].
 */
async function runSides(emu, sides, prepare, check) {
	const results = {};
	for (let rep = 0; rep < Math.max(REPS, SLOW_REPS); rep++) {
		for (const side of rotate(sides, rep)) {
			if (rep >= (SLOW_SIDES.has(side) ? SLOW_REPS : REPS)) continue;
			const config = await prepare(side);
			const r = await runSubject(emu, config);
			check?.(side, r);
			(results[side] ??= []).push(r);
			log(
				`  rep ${rep + 1} ${side}: ${fmt(r.wallMs)} ms wall, ${fmt(r.cpuMs)} ms CPU, ${r.requests} requests, ${r.rateLimited} × 429, ${r.errors} errors, ${r.items} items`,
			);
		}
	}
	return results;
}

/** One table row per side: wall, × reference, requests, 429s, errors, items, CPU. */
function sideRows(results, sides, k, reference, referenceLabel) {
	const rows = [
		`| side | runs | wall ms | × ${referenceLabel} | requests | 429 received | errors | items out | CPU ms (client) |`,
		'| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
	];
	for (const side of sides) {
		const runs = results[side];
		if (!runs) continue;
		const wall = summary(runs.map((r) => r.wallMs));
		rows.push(
			`| ${SIDE_LABEL[side](k)} | ${runs.length} | ${spread(wall)} | ${fmt(wall.median / reference, 2)}× | ${median(runs.map((r) => r.requests))} | ${spread(summary(runs.map((r) => r.rateLimited)))} | ${Math.max(...runs.map((r) => r.errors))} | ${median(runs.map((r) => r.items))} | ${fmt(median(runs.map((r) => r.cpuMs)))} |`,
		);
	}
	return rows;
}

function transportDefaults() {
	const { DEFAULT_CONCURRENCY, DEFAULT_PAGE_SIZE } = require(
		path.join(here, '.build', 'nodes', 'LeafLink', 'transport', 'index.js'),
	);
	return { k: DEFAULT_CONCURRENCY, pageSize: DEFAULT_PAGE_SIZE };
}

/** n8n's HTTP Request node, Batching set as LeafLink's documented limit asks: K items every K / (300/min). */
function httpBatch(k) {
	return { batchSize: k, batchInterval: Math.round((k / REFILL_PER_SECOND) * 1000) };
}

// ---------------------------------------------------------------- case 1: Return All
async function caseRead(http) {
	const { k } = transportDefaults();
	const sides = ['node', 'node1', 'raw', 'rawpar', ...(http.nodePath ? ['http'] : [])];
	const pageMs = (n) => LEAFLINK_LATENCY.pageMs + LEAFLINK_LATENCY.perRecordMs * n;
	log(
		`case 1: Return All of ${READ_ORDERS} orders at page ${READ_PAGE_SIZE}: LeafLink's page latency (${pageMs(READ_PAGE_SIZE)} ms for a full page, time scale ${READ_TIME_SCALE}), then none`,
	);
	const title = `### 1. Return All: ${READ_ORDERS.toLocaleString('en-US')} orders at page size ${READ_PAGE_SIZE}`;
	out.push(title, '');
	for (const [variant, latency] of [
		['latency', READ_LATENCY],
		['none', undefined],
	]) {
		const emu = await startEmulatorHost({
			options: { port: 0, rateLimit: { ...RATE, timeScale: READ_TIME_SCALE } },
			latency,
		});
		try {
			const seeded = await emu.call('seedBulkOrders', { n: READ_ORDERS });
			const warmupNumbers = seeded.numbers.slice(0, 5);
			const results = await runSides(
				emu,
				variant === 'latency' ? sides : ['node', 'node1', 'raw', 'rawpar'],
				async (side) => ({
					kind: 'read',
					side: side === 'node1' ? 'node' : side,
					parallel: side === 'node1' ? 1 : side === 'rawpar' ? k : undefined,
					pageSize: READ_PAGE_SIZE,
					warmupNumbers,
					warmupKey: emu.keys.readOnly,
					httpNodePath: http.nodePath,
				}),
				(side, r) => {
					if (r.items !== seeded.count || r.errors)
						throw new Error(
							`read ${side}: ${r.items} of ${seeded.count} records, ${r.errors} errors ${r.errorText ?? ''}`,
						);
				},
			);
			(raw.read ??= {})[variant] = results;
			const serial = median(results.raw.map((r) => r.wallMs));
			const parallel = median(results.rawpar.map((r) => r.wallMs));
			const node = median(results.node.map((r) => r.wallMs));
			if (variant === 'latency') {
				out.push(
					`**At LeafLink's latency** (a page of n records takes 200 ms + n × 1 ms: ${pageMs(READ_PAGE_SIZE)} ms for 1000${READ_TIME_SCALE === 1 ? ', in real time' : `, time-scaled ×${READ_TIME_SCALE}`}). Every side returns all ${seeded.count.toLocaleString('en-US')} orders; the node and the raw clients check no record is missing or repeated (the count is exact). The HTTP Request node pages one page at a time (it has no concurrent pagination) and outputs one item per page.`,
					'',
					...sideRows(results, sides, k, serial, 'raw serial'),
					'',
				);
				notes.push({
					target: '(b) Return All at the default: ≤ 0.35× the serial raw client',
					measured: `${fmt(node / serial, 2)}× (${fmt(node)} vs ${fmt(serial)} ms)`,
					met: node / serial <= 0.35,
				});
			} else {
				const node1 = median(results.node1.map((r) => r.wallMs));
				out.push(
					`**With no added latency** (the emulator's own time only: what the client itself costs at page size 1000).`,
					'',
					...sideRows(results, ['node', 'node1', 'raw', 'rawpar'], k, parallel, `raw ${k} at once`),
					'',
					`Node at its default against the raw client at the same concurrency: ${fmt(node / parallel, 2)}×; node at 1 against the serial raw client: ${fmt(node1 / serial, 2)}×.`,
					'',
				);
				notes.push({
					target: 'page size 1000, no latency: within 1.10× of the raw client (same concurrency)',
					measured: `${fmt(node / parallel, 2)}× (at 1 vs serial: ${fmt(node1 / serial, 2)}×)`,
					met: node / parallel <= 1.1,
				});
			}
		} finally {
			await emu.stop();
		}
	}
}

// ---------------------------------------------------------------- cases 2 and 3: items under the rate limit
async function caseItems(kind, http) {
	const { k } = transportDefaults();
	const count = kind === 'write' ? WRITE_COUNT : GET_COUNT;
	const sides = ['node', 'node1', 'raw', 'rawpar', ...(http.nodePath ? ['http'] : [])];
	const batch = httpBatch(k);
	const bound = boundMs(count);
	const what =
		kind === 'write'
			? `${count.toLocaleString('en-US')} product updates`
			: `${count.toLocaleString('en-US')} single-order Gets`;
	log(
		`case ${kind === 'write' ? 2 : 3}: ${what} under 300/min + bursts to 1000, time scale ${TIME_SCALE}, bound ${fmt(bound)} ms`,
	);
	const emu = await startEmulatorHost({ options: { port: 0, rateLimit: RATE }, latency: LATENCY });
	try {
		const results = await runSides(emu, sides, async (side) => {
			await emu.call('reset'); // fresh data, full bucket
			let numbers;
			let warmupNumbers;
			if (kind === 'write') {
				const products = (await emu.call('productIds')).ids;
				numbers = Array.from({ length: count }, (_, i) => products[i % products.length]);
				warmupNumbers = (await emu.call('seedBulkOrders', { n: WARMUP_ITEMS })).numbers;
			} else {
				const seeded = (await emu.call('seedBulkOrders', { n: count + WARMUP_ITEMS })).numbers;
				warmupNumbers = seeded.slice(0, WARMUP_ITEMS);
				numbers = seeded.slice(WARMUP_ITEMS);
			}
			return {
				kind,
				side: side === 'node1' ? 'node' : side,
				parallel: side === 'node1' ? 1 : side === 'rawpar' ? k : undefined,
				resource: 'product',
				numbers,
				warmupNumbers,
				warmupKey: emu.keys.readOnly,
				httpNodePath: http.nodePath,
				batch: side === 'http' ? batch : undefined,
			};
		});
		raw[kind] = results;
		const latencyText =
			kind === 'write'
				? `${LEAFLINK_LATENCY.writeMs} ms a change`
				: `${LEAFLINK_LATENCY.readMs} ms a read`;
		out.push(
			`### ${kind === 'write' ? 2 : 3}. ${what[0].toUpperCase()}${what.slice(1)} under LeafLink's rate limit, at its latency`,
			'',
			`LeafLink's latency ${latencyText}, its limit 300/min with bursts to 1,000 (the emulator's token bucket of ${BUCKET}, starting full, refilled at 300/min), all time-scaled ×${TIME_SCALE}. The time the limit allows for ${count} requests is (${count} − ${BUCKET}) / ${fmt(REFILL_PER_SECOND, 0)} per s = **${fmt(bound)} ms** (×${TIME_SCALE}: ${fmt((bound * TIME_SCALE) / 1000, 0)} s in LeafLink's real time). ${kind === 'write' ? 'Each update changes one plain field (Description) of one of the 10 seeded products, in turn: the node runs updates of the same product in input order, the raw clients do not. ' : ''}The HTTP Request node uses its Batching option as LeafLink's documented limit asks (${batch.batchSize} items every ${batch.batchInterval} ms = 300/min, scaled): it sends open-loop, without reading LeafLink's headers.`,
			'',
			...sideRows(results, sides, k, bound, 'bound'),
			'',
		);
		const node = results.node;
		const wall = median(node.map((r) => r.wallMs));
		const serialNode = median(results.node1.map((r) => r.wallMs));
		const label = kind === 'write' ? '(a) 1,000 updates' : '(c) 1,000 Gets';
		notes.push({
			target: `${label} at the default: within 1.15× of the rate-limit bound`,
			measured: `${fmt(wall / bound, 2)}× (${fmt(wall)} vs ${fmt(bound)} ms); ${fmt(serialNode / wall, 1)}× faster than at 1`,
			met: wall / bound <= 1.15,
		});
		notes.push({
			target: `${label}: 0 × 429 and 0 errors surfaced`,
			measured: `${Math.max(...node.map((r) => r.rateLimited))} × 429, ${Math.max(...node.map((r) => r.errors))} errors`,
			met: node.every((r) => r.rateLimited === 0 && r.errors === 0),
		});
	} finally {
		await emu.stop();
	}
}

async function caseTrigger(http) {
	const rate = Number(option('trigger-rate', QUICK ? 20 : 50));
	const seconds = Number(option('trigger-seconds', QUICK ? 5 : 20));
	log(
		`case 4: LeafLink Trigger vs n8n's Webhook node (Header Auth, and none) in a real n8n, ${rate}/s each for ${seconds} s`,
	);
	const triggerSource = path.join(repoRoot, 'nodes', 'LeafLinkTrigger', 'LeafLinkTrigger.node.ts');
	const harness = path.join(repoRoot, 'test', 'e2e', 'lib', 'n8n.mjs');
	const missing = [triggerSource, harness]
		.filter((f) => !fs.existsSync(f))
		.map((f) => path.relative(repoRoot, f));
	const title = `### 4. Trigger under load: signed order deliveries, ${rate}/s to each workflow for ${seconds} s, real n8n`;
	if (missing.length || http.skipped) {
		const why = missing.length
			? `${missing.join(', ')} not there yet`
			: `n8n is not installed (${http.skipped})`;
		out.push(title, '', `Not measured: ${why}.`, '');
		notes.push({
			target:
				'trigger p50 and p99 within 1.2× of the Webhook node with Header Auth, every delivery executed',
			measured: 'not measured',
			met: undefined,
		});
		return;
	}
	const emu = await startEmulatorHost({ options: { port: 0, latencyMs: 0, rateLimit: false } });
	try {
		const { runTriggerCase } = await import('./trigger.mjs');
		const installer = await import(path.join(repoRoot, 'scripts', 'n8n-install.mjs'));
		const r = await runTriggerCase({
			emu,
			ratePerSecond: rate,
			seconds,
			log,
			version: installer.DEFAULT_N8N_VERSION,
		});
		raw.trigger = r;
		const { trigger, webhook, headerAuth } = r.summary;
		const sides = [
			['LeafLink Trigger (credential read, signature checked)', trigger],
			["n8n's Webhook node, Header Auth (credential read, header checked)", headerAuth],
			["n8n's Webhook node, no authentication", webhook],
		];
		out.push(
			title,
			'',
			`n8n ${r.version} (\`n8n start\`, SQLite, this package installed from \`npm pack\` as a community node), the three workflows published; deliveries sent open-loop on schedule, one workflow at a time in rotating slices of ${fmt(r.scheduled, 0)} s, each starting once the previous slice's answers are all in, over keep-alive connections. The LeafLink Trigger reads its credential and verifies LL-Signature (HMAC-SHA256 over the raw body) on every delivery; the Webhook node with Header Auth reads its credential and compares a header on every delivery (the like-for-like baseline); without authentication it reads nothing. Executions counted in n8n's database afterwards.`,
			'',
			'| workflow | deliveries | answered 200 | p50 ms | p95 ms | p99 ms | max ms | executions started | lost |',
			'| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
		);
		for (const [label, s] of sides) {
			out.push(
				`| ${label} | ${s.sent} | ${s.ok} | ${fmt(s.p50, 1)} | ${fmt(s.p95, 1)} | ${fmt(s.p99, 1)} | ${fmt(s.max, 1)} | ${s.executions} | ${s.sent - s.executions} |`,
			);
		}
		out.push(
			'',
			r.saturated
				? `**n8n could not keep up with ${rate}/s on this machine**: ${r.saturated} of ${r.sliceSeconds.length} slices took longer than their ${fmt(r.scheduled, 0)} s schedule (slices took ${r.sliceSeconds.map((x) => fmt(x, 1)).join(', ')} s; ${fmt((r.total * sides.length) / r.sendSeconds, 1)} deliveries/s answered on average), so these response times are mostly queueing inside n8n, the same for every workflow.`
				: `n8n kept up: every slice finished within 1.2× of its schedule (${r.sliceSeconds.map((x) => fmt(x, 1)).join(', ')} s).`,
		);
		for (const [label, s] of sides) {
			if (s.failed)
				out.push(
					'',
					`${label}: ${s.failed} deliveries not answered 200 — statuses ${JSON.stringify(s.statuses)}; first: ${s.failures.map((f) => `\`${f.replace(/`/g, "'")}\``).join(', ')}.`,
				);
		}
		out.push(
			'',
			`Set-up (not part of the figures): pack ${fmt(r.timings.packMs / 1000, 1)} s, import and publish ${fmt(r.timings.importMs / 1000, 1)} s, n8n start ${fmt(r.timings.startMs / 1000, 1)} s.`,
			'',
		);
		const p50 = trigger.p50 / headerAuth.p50;
		const p99 = trigger.p99 / headerAuth.p99;
		notes.push({
			target: 'trigger p50 and p99 within 1.2× of the Webhook node with Header Auth',
			measured: `p50 ${fmt(p50, 2)}× (${fmt(trigger.p50, 1)} vs ${fmt(headerAuth.p50, 1)} ms), p99 ${fmt(p99, 2)}× (${fmt(trigger.p99, 1)} vs ${fmt(headerAuth.p99, 1)} ms)`,
			met: p50 <= 1.2 && p99 <= 1.2,
		});
		notes.push({
			target: 'trigger: every delivery executed',
			measured: `${trigger.executions} of ${trigger.sent}`,
			met: trigger.executions === trigger.sent && trigger.failed === 0,
		});
	} catch (error) {
		log(`case 4 failed: ${error.stack ?? error}`);
		out.push(
			title,
			'',
			`Not measured: the run failed (${String(error.message).split('\n')[0]}).`,
			'',
		);
		notes.push({
			target: 'trigger p50 and p99 within 1.2× of the Webhook node with Header Auth',
			measured: 'failed to run',
			met: false,
		});
	} finally {
		await emu.stop();
	}
}

// ---------------------------------------------------------------- main
async function main() {
	build();
	const http = await locateHttpRequestNode();
	if (http.skipped) log(`HTTP Request column skipped: ${http.skipped}`);

	const engineVersions = {
		core: require(path.join(repoRoot, 'node_modules', 'n8n-core', 'package.json')).version,
		workflow: require(path.join(repoRoot, 'node_modules', 'n8n-workflow', 'package.json')).version,
	};
	const cpus = os.cpus();
	const header = [
		`## Benchmark results`,
		'',
		`Measured by \`npm run bench\` on ${new Date().toISOString().slice(0, 10)}. Machine: ${cpus[0]?.model ?? 'unknown CPU'}, ${os.availableParallelism?.() ?? cpus.length} cores, ${fmt(os.totalmem() / 2 ** 30, 1)} GiB, ${os.type()} ${os.release()}. Node ${process.version}.`,
		`Engine: n8n-core ${engineVersions.core} / n8n-workflow ${engineVersions.workflow} (the project's dev dependencies, WorkflowExecute in-process).` +
			(http.nodePath
				? ` HTTP Request node: n8n ${http.n8n} (n8n-nodes-base ${http.nodesBase}), node version 4.4, in the same engine, with the key as header parameters.`
				: ` HTTP Request node: skipped (${http.skipped}).`),
		`Every run is a fresh process; sides alternate within each repetition; figures are medians with (min–max) over ${REPS} repetition(s) (the serial sides, which take minutes: ${SLOW_REPS}). The emulator, with LeafLink's latency in front of it, runs in its own process. Time scale ×${TIME_SCALE}: LeafLink's latencies (${LEAFLINK_LATENCY.readMs} ms a read, ${LEAFLINK_LATENCY.writeMs} ms a change, ${LEAFLINK_LATENCY.pageMs} ms + ${LEAFLINK_LATENCY.perRecordMs} ms a record for a page) are divided by ${TIME_SCALE} and its rate limit's minute lasts ${fmt(60 / TIME_SCALE, 0)} s, so wall times are 1/${TIME_SCALE} of LeafLink's and every ratio is LeafLink's.`,
		'',
	];

	if (CASES.has('1')) await caseRead(http);
	if (CASES.has('2')) await caseItems('write', http);
	if (CASES.has('3')) await caseItems('get', http);
	if (CASES.has('4')) await caseTrigger(http);

	const targets = ['### Targets', '', '| target | measured | met |', '| --- | --- | --- |'];
	for (const n of notes)
		targets.push(
			`| ${n.target} | ${n.measured} | ${n.met === undefined ? '–' : n.met ? 'yes' : '**no**'} |`,
		);
	const elapsed = (Date.now() - t0) / 1000;
	header.push(
		`Load average (1 min) ${fmt(loadAtStart, 1)} at the start and ${fmt(os.loadavg()[0], 1)} at the end: anything else running on the machine slows the sides alike but widens the spreads.`,
		'',
	);
	const text = [...header, ...out, ...targets, '', `Total bench time: ${fmt(elapsed)} s.`, ''].join(
		'\n',
	);
	console.log(text);
	if (!flag('no-write')) {
		fs.writeFileSync(path.join(here, 'results.md'), text);
		fs.writeFileSync(path.join(here, `raw-${Date.now()}.json`), JSON.stringify(raw, null, 1));
		log(`wrote bench/results.md (${fmt(elapsed)} s)`);
	}
}

main().catch((error) => {
	console.error(error);
	process.exit(1);
});
