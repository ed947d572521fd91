#!/usr/bin/env node
// npm run bench — measures the LeafLink node side by side with a raw keep-alive client and with n8n's own
// HTTP Request node, against the LeafLink emulator (test/emulator), and writes the table to bench/results.md.
//
//   node bench/run.mjs [--cases 1,2,3,4] [--reps N] [--page-sizes 50,100,250,500,1000] [--quick] [--no-install]
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
	console.log('usage: node bench/run.mjs [--cases 1,2,3,4] [--reps N] [--page-sizes 50,100,250,500,1000] [--quick] [--no-install]');
	process.exit(0);
}
const QUICK = flag('quick');
const CASES = new Set(String(option('cases', '1,2,3,4')).split(',').map((s) => s.trim()));
const REPS = Number(option('reps', QUICK ? 1 : 3));
const PAGE_SIZES = String(option('page-sizes', QUICK ? '100,1000' : '50,100,250,500,1000')).split(',').map(Number);
const READ_ORDERS = Number(option('orders', QUICK ? 5000 : 20000));
const READ_LATENCY_MS = 20;
const WRITE_COUNT = Number(option('writes', QUICK ? 300 : 1000));
const WRITE_LATENCY_MS = 5;
const RATE = { perMinute: 300, burstPerMinute: 1000, timeScale: Number(option('time-scale', 3)) };
const GET_COUNT = Number(option('gets', QUICK ? 300 : 1000));
const WARMUP_ITEMS = 50;

const log = (...args) => console.error('[bench]', ...args);
const t0 = Date.now();
const loadAtStart = os.loadavg()[0];

// ---------------------------------------------------------------- small helpers
const median = (xs) => {
	const s = [...xs].sort((a, b) => a - b);
	const m = Math.floor(s.length / 2);
	return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const summary = (xs) => ({ median: median(xs), min: Math.min(...xs), max: Math.max(...xs), n: xs.length });
const fmt = (x, digits = 0) => (Number.isFinite(x) ? x.toFixed(digits) : '–');
const spread = (s, digits = 0, unit = '') =>
	s.n > 1 ? `${fmt(s.median, digits)}${unit} (${fmt(s.min, digits)}–${fmt(s.max, digits)})` : `${fmt(s.median, digits)}${unit}`;
const rotate = (xs, k) => xs.map((_, i) => xs[(i + k) % xs.length]);

// ---------------------------------------------------------------- emulator in its own process
async function startEmulatorHost(options) {
	const child = fork(path.join(here, 'emulator-host.cjs'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
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
	const started = await call('start', { options });
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
	const child = fork(path.join(here, 'subject.cjs'), [JSON.stringify({ ...config, baseUrl: emu.baseUrl, key: emu.keys.app })], {
		stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
		execArgv: ['--expose-gc'],
	});
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
	const emulatorCpuMs = (after.cpu.user + after.cpu.system - mark.cpu.user - mark.cpu.system) / 1000;
	return { ...result, requests: after.requests, rateLimited: after.rateLimited, statuses: after.statuses, emulatorCpuMs };
}

// ---------------------------------------------------------------- n8n's HTTP Request node
async function locateHttpRequestNode() {
	const installer = await import(path.join(repoRoot, 'scripts', 'n8n-install.mjs'));
	const version = installer.DEFAULT_N8N_VERSION;
	if (!installer.isInstalled(version)) {
		if (flag('no-install')) return { skipped: `n8n ${version} is not installed in ${installer.n8nDir(version)} and --no-install was given` };
		log(`n8n ${version} is not in the cache yet: installing it with scripts/n8n-install.mjs (first use only; takes minutes)`);
		try {
			await installer.ensureN8n(version);
		} catch (error) {
			return { skipped: `installing n8n ${version} failed: ${String(error.message).split('\n')[0]}` };
		}
	}
	const dir = installer.n8nDir(version);
	const nodePath = path.join(dir, 'node_modules', 'n8n-nodes-base', 'dist', 'nodes', 'HttpRequest', 'V3', 'HttpRequestV3.node.js');
	if (!fs.existsSync(nodePath)) return { skipped: `${nodePath} is missing` };
	const pkg = (name) => JSON.parse(fs.readFileSync(path.join(dir, 'node_modules', name, 'package.json'), 'utf8')).version;
	return { nodePath, n8n: pkg('n8n'), nodesBase: pkg('n8n-nodes-base') };
}

// ---------------------------------------------------------------- the cases
const out = []; // markdown lines of bench/results.md
const notes = []; // targets met / missed
const raw = {};

async function caseRead(http) {
	const { DEFAULT_PAGE_SIZE } = require(path.join(here, '.build', 'nodes', 'LeafLink', 'transport', 'index.js'));
	const maxPageSize = Math.max(...PAGE_SIZES);
	// side by side (node, raw, HTTP Request) at the node's current default and at the largest page size
	const sideBySideSizes = [...new Set([DEFAULT_PAGE_SIZE, maxPageSize])];
	log(`case 1: Get Many (Return All) over ${READ_ORDERS} orders at ${READ_LATENCY_MS} ms latency: page-size sweep ${PAGE_SIZES.join('/')} (node, raw), then node/raw/HTTP Request side by side at ${sideBySideSizes.join(' and ')}, ${REPS} rep(s)`);
	const emu = await startEmulatorHost({ port: 0, latencyMs: READ_LATENCY_MS, rateLimit: false });
	try {
		const seeded = await emu.call('seedBulkOrders', { n: READ_ORDERS });
		const warmupNumbers = seeded.numbers.slice(0, 5);
		const results = {}; // pageSize -> side -> runs[]
		const measure = async (pageSize, side, rep) => {
			const r = await runSubject(emu, { kind: 'read', side, pageSize, warmupNumbers, httpNodePath: http.nodePath });
			if (r.items !== seeded.count || r.errors) throw new Error(`read ${side} p${pageSize}: ${r.items} of ${seeded.count} records, ${r.errors} errors ${r.errorText ?? ''}`);
			((results[pageSize] ??= {})[side] ??= []).push(r);
			log(`  ${rep} page ${pageSize} ${side}: ${fmt(r.wallMs)} ms, ${r.requests} requests, peak RSS ${fmt(r.peakRssMb)} MB`);
		};
		// the sweep: one alternating pass over every page size (its runs count as the first repetition below)
		for (const [i, pageSize] of PAGE_SIZES.entries()) for (const side of rotate(['node', 'raw'], i)) await measure(pageSize, side, 'sweep');
		const sides = ['node', 'raw', ...(http.nodePath ? ['http'] : [])];
		for (let rep = 0; rep < REPS; rep++) {
			for (const pageSize of sideBySideSizes) {
				for (const side of rotate(sides, rep)) {
					if ((results[pageSize]?.[side]?.length ?? 0) > rep) continue;
					await measure(pageSize, side, `rep ${rep + 1}`);
				}
			}
		}
		raw.read = results;
		out.push(
			`### 1. Read: Get Many, Return All, ${seeded.count.toLocaleString('en-US')} orders (${READ_LATENCY_MS} ms latency per request, no rate limit)`,
			'',
			`Side by side at page size ${sideBySideSizes.join(' (the current default) and ')}${sideBySideSizes.length > 1 ? ' (the largest the node allows)' : ''}; every page size once for the sweep. The node's output is one item per order; the HTTP Request node's is one item per page (splitting \`results\` into orders would take another node).`,
			'',
			'| page size | side | runs | wall ms | × raw | requests | CPU ms (client) | peak RSS MB (Δ over pre-run) | emulator CPU µs / request |',
			'| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
		);
		const label = { node: 'LeafLink node (engine)', raw: 'raw keep-alive client', http: 'HTTP Request node, pagination' };
		const nodeRows = [];
		for (const pageSize of PAGE_SIZES) {
			const rawWall = summary(results[pageSize].raw.map((r) => r.wallMs)).median;
			for (const side of sides) {
				const runs = results[pageSize][side];
				if (!runs) continue;
				const wall = summary(runs.map((r) => r.wallMs));
				const ratio = summary(runs.map((r) => r.wallMs / rawWall));
				const peak = summary(runs.map((r) => r.peakRssMb));
				const delta = summary(runs.map((r) => r.peakRssMb - r.rssBeforeMb));
				const cpu = summary(runs.map((r) => r.cpuMs));
				const emuCpu = summary(runs.map((r) => (r.emulatorCpuMs * 1000) / r.requests));
				out.push(
					`| ${pageSize} | ${label[side]} | ${runs.length} | ${spread(wall)} | ${fmt(ratio.median, 2)} | ${median(runs.map((r) => r.requests))} | ${fmt(cpu.median)} | ${fmt(peak.median)} (+${fmt(delta.median)}) | ${fmt(emuCpu.median)} |`,
				);
				if (side === 'node') nodeRows.push({ pageSize, wall: wall.median, ratio: ratio.median, peak: peak.median, requests: median(runs.map((r) => r.requests)) });
			}
		}
		out.push('');
		const best = nodeRows.reduce((a, b) => (b.wall < a.wall ? b : a));
		const recommended = nodeRows.find((r) => r.wall <= best.wall * 1.05 && r.peak <= best.peak * 1.1) ?? best;
		raw.readSummary = { nodeRows, recommended, defaultPageSize: DEFAULT_PAGE_SIZE };
		out.push(
			`Page size (node): ${nodeRows.map((r) => `${r.pageSize} → ${fmt(r.wall / 1000, 1)} s / ${r.requests} requests`).join('; ')}. Fastest at ${best.pageSize}; the smallest page size within 5 % of it with no higher memory peak is **${recommended.pageSize}** (current default ${DEFAULT_PAGE_SIZE}).`,
			'',
		);
		for (const pageSize of sideBySideSizes) {
			const r = nodeRows.find((x) => x.pageSize === pageSize);
			notes.push({ target: `read within 1.10× of the raw client (page size ${pageSize})`, measured: `${fmt(r.ratio, 2)}×`, met: r.ratio <= 1.1 });
		}
	} finally {
		await emu.stop();
	}
}

async function caseWrite() {
	// which update: product Update when it has landed, else order Update
	const { findOperation } = require(path.join(here, '.build', 'nodes', 'LeafLink', 'resources.js'));
	const productUpdate = findOperation('product', 'update');
	const resource = productUpdate ? 'product' : 'order';
	log(`case 2: ${WRITE_COUNT} ${resource} updates under 300/min + burst 1000/min, time scale ${RATE.timeScale}, ${WRITE_LATENCY_MS} ms latency, ${REPS} rep(s)`);
	const emu = await startEmulatorHost({ port: 0, latencyMs: WRITE_LATENCY_MS, rateLimit: RATE });
	try {
		const sides = ['node', 'raw'];
		const results = {};
		const capacity = Math.max(1, RATE.burstPerMinute - RATE.perMinute);
		const ratePerSecond = (RATE.perMinute / 60) * RATE.timeScale;
		// the time the limit allows: the bucket starts full (capacity), then refills at perMinute
		const boundMs = (Math.max(0, WRITE_COUNT - capacity) / ratePerSecond) * 1000;
		for (let rep = 0; rep < REPS; rep++) {
			for (const side of rotate(sides, rep)) {
				await emu.call('reset'); // full bucket, fresh data
				let ids;
				if (productUpdate) {
					const products = (await emu.call('productIds')).ids;
					ids = Array.from({ length: WRITE_COUNT }, (_, i) => products[i % products.length]);
				} else {
					ids = (await emu.call('seedBulkOrders', { n: WRITE_COUNT })).numbers;
				}
				const r = await runSubject(emu, { kind: 'write', side, resource, numbers: ids });
				(results[side] ??= []).push(r);
				log(`  rep ${rep + 1} ${side}: ${fmt(r.wallMs)} ms (bound ${fmt(boundMs)} ms), ${r.requests} requests, ${r.rateLimited} × 429, ${r.errors} surfaced, ${r.items} items`);
			}
		}
		raw.write = results;
		out.push(
			`### 2. Write under the rate limit: ${WRITE_COUNT.toLocaleString('en-US')} ${resource} updates (300/min, bursts to 1000/min, time scale ×${RATE.timeScale}, ${WRITE_LATENCY_MS} ms latency)`,
			'',
			`The emulator's limit is a token bucket of ${capacity} starting full, refilled at ${RATE.perMinute}/min (×${RATE.timeScale}: ${fmt(ratePerSecond, 0)}/s); the time it allows for ${WRITE_COUNT} requests is (${WRITE_COUNT} − ${capacity}) / ${fmt(ratePerSecond, 0)} per s = **${fmt(boundMs)} ms**.`,
			'',
			'| side | wall ms | × bound | requests | 429 received | errors surfaced | items out |',
			'| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
		);
		const label = { node: 'LeafLink node (engine)', raw: 'raw client, sleeps exactly Retry-After' };
		for (const side of sides) {
			const runs = results[side];
			const wall = summary(runs.map((r) => r.wallMs));
			const ratio = summary(runs.map((r) => r.wallMs / boundMs));
			out.push(
				`| ${label[side]} | ${spread(wall)} | ${spread(ratio, 2, '×')} | ${median(runs.map((r) => r.requests))} | ${spread(summary(runs.map((r) => r.rateLimited)))} | ${Math.max(...runs.map((r) => r.errors))} | ${median(runs.map((r) => r.items))} |`,
			);
			if (side === 'node') {
				notes.push({ target: 'writes within 1.05× of the rate-limit bound', measured: `${fmt(ratio.median, 2)}×`, met: ratio.median <= 1.05 });
				notes.push({ target: 'writes: 0 errors surfaced', measured: String(Math.max(...runs.map((r) => r.errors))), met: runs.every((r) => r.errors === 0) });
			}
		}
		out.push('');
	} finally {
		await emu.stop();
	}
}

async function caseGets(http) {
	log(`case 3: ${GET_COUNT} single-record Gets at 0 ms latency, ${REPS} rep(s)`);
	const emu = await startEmulatorHost({ port: 0, latencyMs: 0, rateLimit: false });
	try {
		const seeded = await emu.call('seedBulkOrders', { n: GET_COUNT + WARMUP_ITEMS });
		const warmupNumbers = seeded.numbers.slice(0, WARMUP_ITEMS);
		const numbers = seeded.numbers.slice(WARMUP_ITEMS);
		const sides = ['node', ...(http.nodePath ? ['httpcred', 'http'] : []), 'raw'];
		const results = {};
		for (let rep = 0; rep < REPS; rep++) {
			for (const side of rotate(sides, rep)) {
				const r = await runSubject(emu, { kind: 'get', side, numbers, warmupNumbers, httpNodePath: http.nodePath });
				if (r.items !== numbers.length || r.errors) throw new Error(`get ${side}: ${r.items} items, ${r.errors} errors ${r.errorText ?? ''}`);
				(results[side] ??= []).push(r);
				log(`  rep ${rep + 1} ${side}: ${fmt(r.cpuMs)} ms CPU, ${fmt(r.wallMs)} ms wall, ${r.requests} requests`);
			}
		}
		raw.gets = results;
		out.push(
			`### 3. Engine overhead: ${GET_COUNT.toLocaleString('en-US')} single-order Gets (one input item each, 0 ms latency)`,
			'',
			'CPU is the client process only (engine, node, HTTP stack), measured around the workflow run after a warm-up of ' +
				`${WARMUP_ITEMS} items. The HTTP Request node runs twice: authenticated by the same LeafLink API credential (Authentication: Predefined Credential Type), so n8n applies the credential per request as it does for our node — the like-for-like reference — and with the key typed into header parameters (no credential at all).`,
			'',
			'| side | CPU µs / item | × HTTP Request (credential) | wall µs / item | peak RSS MB | emulator CPU µs / request |',
			'| --- | ---: | ---: | ---: | ---: | ---: |',
		);
		const label = {
			node: 'LeafLink node (engine)',
			httpcred: 'HTTP Request node, LeafLink credential (engine)',
			http: 'HTTP Request node, header parameters (engine)',
			raw: 'raw keep-alive client (floor, no engine)',
		};
		const refCpu = results.httpcred ? median(results.httpcred.map((r) => r.cpuMs)) : undefined;
		const plainCpu = results.http ? median(results.http.map((r) => r.cpuMs)) : undefined;
		for (const side of sides) {
			const runs = results[side];
			const cpu = summary(runs.map((r) => (r.cpuMs * 1000) / numbers.length));
			const wall = summary(runs.map((r) => (r.wallMs * 1000) / numbers.length));
			const ratio = refCpu ? summary(runs.map((r) => r.cpuMs / refCpu)) : undefined;
			const emuCpu = summary(runs.map((r) => (r.emulatorCpuMs * 1000) / r.requests));
			out.push(
				`| ${label[side]} | ${spread(cpu)} | ${ratio ? fmt(ratio.median, 2) : '–'} | ${spread(wall)} | ${fmt(median(runs.map((r) => r.peakRssMb)))} | ${fmt(emuCpu.median)} |`,
			);
			if (side === 'node' && ratio) {
				const cpuMs = median(runs.map((r) => r.cpuMs));
				notes.push({ target: 'engine CPU per item ≤ HTTP Request node (same credential)', measured: `${fmt(ratio.median, 2)}×`, met: ratio.median <= 1.0 });
				notes.push({ target: 'engine CPU per item ≤ HTTP Request node (header parameters)', measured: `${fmt(cpuMs / plainCpu, 2)}×`, met: cpuMs <= plainCpu });
			}
		}
		out.push('');
	} finally {
		await emu.stop();
	}
}

async function caseTrigger(http) {
	const rate = Number(option('trigger-rate', QUICK ? 20 : 50));
	const seconds = Number(option('trigger-seconds', QUICK ? 5 : 20));
	log(`case 4: LeafLink Trigger vs n8n's Webhook node in a real n8n, ${rate}/s each for ${seconds} s`);
	const triggerSource = path.join(repoRoot, 'nodes', 'LeafLinkTrigger', 'LeafLinkTrigger.node.ts');
	const harness = path.join(repoRoot, 'test', 'e2e', 'lib', 'n8n.mjs');
	const missing = [triggerSource, harness].filter((f) => !fs.existsSync(f)).map((f) => path.relative(repoRoot, f));
	const title = `### 4. Trigger under load: signed order deliveries, ${rate}/s to each workflow for ${seconds} s, real n8n`;
	if (missing.length || http.skipped) {
		const why = missing.length ? `${missing.join(', ')} not there yet` : `n8n is not installed (${http.skipped})`;
		out.push(title, '', `Not measured: ${why}.`, '');
		notes.push({ target: 'trigger p99 within 1.2× of the Webhook node, every delivery executed', measured: 'not measured', met: undefined });
		return;
	}
	const emu = await startEmulatorHost({ port: 0, latencyMs: 0, rateLimit: false });
	try {
		const { runTriggerCase } = await import('./trigger.mjs');
		const installer = await import(path.join(repoRoot, 'scripts', 'n8n-install.mjs'));
		const r = await runTriggerCase({ emu, ratePerSecond: rate, seconds, log, version: installer.DEFAULT_N8N_VERSION });
		raw.trigger = r;
		const { trigger, webhook } = r.summary;
		out.push(
			title,
			'',
			`n8n ${r.version} (\`n8n start\`, SQLite, this package installed from \`npm pack\` as a community node), both workflows published; deliveries sent open-loop on schedule, one workflow at a time in alternating slices of ${fmt(r.scheduled, 0)} s, each starting once the previous slice's answers are all in, over keep-alive connections. The LeafLink Trigger verifies LL-Signature (HMAC-SHA256 over the raw body) on every delivery; n8n's Webhook node verifies nothing. Executions counted in n8n's database afterwards.`,
			'',
			'| workflow | deliveries | answered 200 | p50 ms | p99 ms | max ms | executions started | lost |',
			'| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
		);
		for (const [label, s] of [['LeafLink Trigger (signature checked)', trigger], ["n8n's Webhook node", webhook]]) {
			out.push(`| ${label} | ${s.sent} | ${s.ok} | ${fmt(s.p50, 1)} | ${fmt(s.p99, 1)} | ${fmt(s.max, 1)} | ${s.executions} | ${s.sent - s.executions} |`);
		}
		out.push(
			'',
			r.saturated
				? `**n8n could not keep up with ${rate}/s on this machine**: ${r.saturated} of ${r.sliceSeconds.length} slices took longer than their ${fmt(r.scheduled, 0)} s schedule (slices took ${r.sliceSeconds.map((x) => fmt(x, 1)).join(', ')} s; ${fmt((r.total * 2) / r.sendSeconds, 1)} deliveries/s answered on average), so these response times are mostly queueing inside n8n, the same for both workflows.`
				: `n8n kept up: every slice finished within 1.2× of its schedule (${r.sliceSeconds.map((x) => fmt(x, 1)).join(', ')} s).`,
		);
		for (const [label, s] of [['LeafLink Trigger', trigger], ['Webhook node', webhook]]) {
			if (s.failed) out.push('', `${label}: ${s.failed} deliveries not answered 200 — statuses ${JSON.stringify(s.statuses)}; first: ${s.failures.map((f) => `\`${f.replace(/`/g, "'")}\``).join(', ')}.`);
		}
		out.push('', `Set-up (not part of the figures): pack ${fmt(r.timings.packMs / 1000, 1)} s, import and publish ${fmt(r.timings.importMs / 1000, 1)} s, n8n start ${fmt(r.timings.startMs / 1000, 1)} s.`, '');
		const ratio = trigger.p99 / webhook.p99;
		notes.push({ target: 'trigger p99 within 1.2× of the Webhook node', measured: `${fmt(ratio, 2)}× (${fmt(trigger.p99, 1)} vs ${fmt(webhook.p99, 1)} ms)`, met: ratio <= 1.2 });
		notes.push({ target: 'trigger: every delivery executed', measured: `${trigger.executions} of ${trigger.sent}`, met: trigger.executions === trigger.sent && trigger.failed === 0 });
	} catch (error) {
		log(`case 4 failed: ${error.stack ?? error}`);
		out.push(title, '', `Not measured: the run failed (${String(error.message).split('\n')[0]}).`, '');
		notes.push({ target: 'trigger p99 within 1.2× of the Webhook node', measured: 'failed to run', met: false });
	} finally {
		await emu.stop();
	}
}

// ---------------------------------------------------------------- main
async function main() {
	build();
	const http = CASES.has('1') || CASES.has('3') || CASES.has('4') ? await locateHttpRequestNode() : { skipped: 'not needed by the chosen cases' };
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
			(http.nodePath ? ` HTTP Request node: n8n ${http.n8n} (n8n-nodes-base ${http.nodesBase}), node version 4.4, in the same engine (credential-less with the key as header parameters, and in case 3 also with the LeafLink API credential).` : ` HTTP Request node: skipped (${http.skipped}).`),
		`Every run is a fresh process; sides alternate within each repetition; figures are medians with (min–max) over ${REPS} repetition(s)${CASES.has('3') ? `` : ''}. The emulator runs in its own process.`,
		'',
	];

	if (CASES.has('1')) await caseRead(http);
	if (CASES.has('2')) await caseWrite();
	if (CASES.has('3')) await caseGets(http);
	if (CASES.has('4')) await caseTrigger(http);

	const targets = ['### Targets', '', '| target | measured | met |', '| --- | --- | --- |'];
	for (const n of notes) targets.push(`| ${n.target} | ${n.measured} | ${n.met === undefined ? '–' : n.met ? 'yes' : '**no**'} |`);
	const elapsed = (Date.now() - t0) / 1000;
	header.push(
		`Load average (1 min) ${fmt(loadAtStart, 1)} at the start and ${fmt(os.loadavg()[0], 1)} at the end: anything else running on the machine slows the sides alike but widens the spreads.`,
		'',
	);
	const text = [...header, ...out, ...targets, '', `Total bench time: ${fmt(elapsed)} s.`, ''].join('\n');
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
