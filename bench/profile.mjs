#!/usr/bin/env node
// Profiles one side of a bench case with V8's CPU profiler and prints where its CPU time goes.
//   node bench/profile.mjs [get|read|write] [node|http|raw] [--items 1000] [--page-size 100]
// Writes the .cpuprofile into bench/.build/prof/ (open it in Chrome DevTools for the full picture).
import { fork } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from './build.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const [kind = 'get', side = 'node'] = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const opt = (name, fallback) => {
	const i = process.argv.indexOf(`--${name}`);
	return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const items = opt('items', 1000);
const pageSize = opt('page-size', 100);

build({ quiet: true });
const installer = await import(path.join(here, '..', 'scripts', 'n8n-install.mjs'));
const httpNodePath = path.join(
	installer.n8nDir(),
	'node_modules',
	'n8n-nodes-base',
	'dist',
	'nodes',
	'HttpRequest',
	'V3',
	'HttpRequestV3.node.js',
);

const emuChild = fork(path.join(here, 'emulator-host.cjs'), [], {
	stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
});
let id = 0;
const call = (cmd, args = {}) =>
	new Promise((resolve, reject) => {
		const my = ++id;
		const on = (m) => {
			if (m.id !== my) return;
			emuChild.off('message', on);
			m.ok ? resolve(m.result) : reject(new Error(m.error));
		};
		emuChild.on('message', on);
		emuChild.send({ id: my, cmd, ...args });
	});
const emu = await call('start', { options: { port: 0, latencyMs: 0 } });
const seeded = await call('seedBulkOrders', { n: kind === 'read' ? 20000 : items + 50 });
const profDir = path.join(here, '.build', 'prof');
fs.mkdirSync(profDir, { recursive: true });
const before = new Set(fs.readdirSync(profDir));
const config = {
	kind,
	side,
	pageSize,
	baseUrl: emu.baseUrl,
	key: emu.keys.app,
	httpNodePath,
	warmupNumbers: seeded.numbers.slice(0, 50),
	numbers: seeded.numbers.slice(50),
};
const child = fork(path.join(here, 'subject.cjs'), [JSON.stringify(config)], {
	execArgv: ['--cpu-prof', `--cpu-prof-dir=${profDir}`, '--cpu-prof-interval=200'],
});
const result = await new Promise((resolve) => {
	child.on('message', (m) => (m.ready ? child.send('go') : resolve(m)));
});
await new Promise((r) => child.on('exit', r));
await call('stop');
emuChild.disconnect();
console.log(
	`${kind}/${side}: ${result.cpuMs?.toFixed(0)} ms CPU, ${result.wallMs?.toFixed(0)} ms wall, ${result.items} items, ${result.errors} errors ${result.errorText ?? result.error ?? ''}`,
);

const file = fs.readdirSync(profDir).find((f) => !before.has(f));
const profile = JSON.parse(fs.readFileSync(path.join(profDir, file), 'utf8'));
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const self = new Map();
const dt = profile.timeDeltas;
for (let i = 0; i < profile.samples.length; i++)
	self.set(profile.samples[i], (self.get(profile.samples[i]) ?? 0) + (dt[i] ?? 0));
const total = [...self.values()].reduce((a, b) => a + b, 0);
const where = (n) => {
	const url = n.callFrame.url.replace(/^file:\/\//, '');
	const short = url.replace(/.*node_modules\//, '').replace(/.*\/bench\/\.build\//, '');
	return `${n.callFrame.functionName || '(anonymous)'} ${short}:${n.callFrame.lineNumber + 1}`;
};
const bySelf = new Map();
const byPackage = new Map();
for (const [nodeId, t] of self) {
	const n = byId.get(nodeId);
	const key = where(n);
	bySelf.set(key, (bySelf.get(key) ?? 0) + t);
	const url = n.callFrame.url;
	const pkg = url.includes('node_modules/')
		? url.replace(/.*node_modules\/((?:@[^/]+\/)?[^/]+).*/, '$1')
		: url.includes('/.build/')
			? url.replace(/.*\/\.build\/([^/]+\/[^/]+).*/, 'ours: $1')
			: url.startsWith('node:')
				? 'node core'
				: n.callFrame.functionName.startsWith('(')
					? n.callFrame.functionName
					: url || '(native)';
	byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + t);
}
const top = (m, k) => [...m].sort((a, b) => b[1] - a[1]).slice(0, k);
console.log(
	`\nself time by package (${(total / 1000).toFixed(0)} ms sampled, whole process incl. start-up):`,
);
for (const [k, t] of top(byPackage, 15))
	console.log(`  ${((100 * t) / total).toFixed(1).padStart(5)} %  ${k}`);
console.log('\ntop functions by self time:');
for (const [k, t] of top(bySelf, 25))
	console.log(`  ${((100 * t) / total).toFixed(1).padStart(5)} %  ${k}`);
// inclusive time: each function's self time plus that of everything it called (counted once per stack)
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const inclusive = new Map();
for (const [nodeId, t] of self) {
	const seen = new Set();
	for (let cur = nodeId; cur !== undefined; cur = parent.get(cur)) {
		const key = where(byId.get(cur));
		if (seen.has(key)) continue;
		seen.add(key);
		inclusive.set(key, (inclusive.get(key) ?? 0) + t);
	}
}
const interesting = /n8n-core|n8n-workflow|ours:|nodes\/|n8n-nodes-base|axios|test\/helpers/;
console.log('\ntop n8n / node functions by inclusive time:');
for (const [k, t] of top(
	new Map(
		[...inclusive].filter(([k]) => interesting.test(k) || /\.build\/|LeafLink|transport/.test(k)),
	),
	30,
))
	console.log(`  ${((100 * t) / total).toFixed(1).padStart(5)} %  ${k}`);
console.log(`\nprofile: ${path.join(profDir, file)}`);
