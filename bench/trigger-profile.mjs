#!/usr/bin/env node
// What the LeafLink Trigger's own code spends per delivery, outside n8n: the signature check over the raw body,
// the JSON parse and the classification of the records, each timed over 20,000 runs on a seeded order delivery.
// Everything else a delivery costs (webhook lookup, credential decryption, execution start and save) is n8n's,
// paid alike by n8n's Webhook node with Header Auth (bench case 4).
//   node bench/trigger-profile.mjs
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { build } from './build.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);
build({ quiet: true });
const compiled = path.join(here, '.build', 'nodes', 'LeafLinkTrigger');
const { verifySignature, signBody } = require(path.join(compiled, 'signature.js'));
const { parseJsonBody, recordsOf } = require(path.join(compiled, 'payload.js'));
const { startEmulator } = require(path.join(here, '..', 'test', 'emulator'));

const KEY = 'bench-webhook-key-0a1b2c3d4e5f6071';
const RUNS = 20000;
const emu = await startEmulator({ port: 0 });
const order = [...emu.db.orders.values()].find((o) => o.status === 'Submitted');
await emu.stop();
const body = Buffer.from(JSON.stringify(order));
const signature = signBody(body, KEY);
const parsed = parseJsonBody(body).value;

function cpuMicros(fn) {
	for (let i = 0; i < 2000; i++) fn(); // warm-up
	const before = process.cpuUsage();
	for (let i = 0; i < RUNS; i++) fn();
	const used = process.cpuUsage(before);
	return (used.user + used.system) / RUNS;
}

const stages = [
	[
		'LL-Signature check (HMAC-SHA256, constant-time compare)',
		() => verifySignature(body, signature, KEY),
	],
	['JSON parse of the raw body', () => parseJsonBody(body)],
	['records and their kind (order / product)', () => recordsOf(parsed)],
];
let total = 0;
console.log(
	`LeafLink Trigger, own CPU per delivery (${body.length}-byte order, ${RUNS} runs each):`,
);
for (const [name, fn] of stages) {
	const us = cpuMicros(fn);
	total += us;
	console.log(`  ${name}: ${us.toFixed(1)} µs`);
}
console.log(`  total: ${total.toFixed(1)} µs`);
