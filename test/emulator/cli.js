#!/usr/bin/env node
// @ts-check
'use strict';

/**
 * Starts the LeafLink emulator from the command line.
 *   node test/emulator/cli.js [--port 4010] [--host 127.0.0.1] [--latency 0] [--rate-limit]
 *     [--per-minute 300] [--burst 1000] [--time-scale 1] [--no-seed] [--bulk-orders N] [--require-user-agent]
 * PORT and LEAFLINK_SPEC environment variables are honoured.
 */

const { startEmulator } = require('./index');

/** @param {string[]} argv */
function parseArgs(argv) {
	/** @type {Record<string, string | boolean>} */
	const out = {};
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i];
		if (!a.startsWith('--')) continue;
		const [k, inline] = a.slice(2).split('=', 2);
		if (inline !== undefined) out[k] = inline;
		else if (argv[i + 1] !== undefined && !argv[i + 1].startsWith('--')) out[k] = argv[++i];
		else out[k] = true;
	}
	return out;
}

async function main() {
	const args = parseArgs(process.argv.slice(2));
	if (args.help || args.h) {
		console.log(
			'usage: node test/emulator/cli.js [--port 4010] [--host 127.0.0.1] [--latency ms] [--rate-limit] [--per-minute 300] [--burst 1000] [--time-scale 1] [--no-seed] [--bulk-orders N] [--require-user-agent]',
		);
		return;
	}
	const port = Number(args.port ?? process.env.PORT ?? 4010);
	const rateLimit = args['rate-limit']
		? {
				perMinute: Number(args['per-minute'] ?? 300),
				burstPerMinute: Number(args.burst ?? 1000),
				timeScale: Number(args['time-scale'] ?? 1),
			}
		: false;
	const emu = await startEmulator({
		port,
		host: typeof args.host === 'string' ? args.host : '127.0.0.1',
		latencyMs: Number(args.latency ?? 0),
		rateLimit,
		seed: !args['no-seed'],
		requireUserAgent: Boolean(args['require-user-agent']),
		// an answer outside LeafLink's contract is the emulator's own bug: say so where it runs
		onContractViolation: (violation) => console.error(`[contract] ${violation}`),
	});
	if (args['bulk-orders']) emu.seedBulkOrders(Number(args['bulk-orders']));
	console.log(`LeafLink emulator listening on ${emu.baseUrl}/`);
	console.log(`  App key:       Authorization: App ${emu.keys.app}`);
	console.log(`  Token key:     Authorization: Token ${emu.keys.token}`);
	console.log(`  Read-only key: Authorization: App ${emu.keys.readOnly}`);
	if (rateLimit) console.log(`  Rate limit: ${JSON.stringify(rateLimit)}`);
	let stopping = false;
	const shutdown = (/** @type {string} */ sig) => {
		if (stopping) return;
		stopping = true;
		console.log(`\n${sig} received, stopping emulator`);
		emu.stop().then(() => process.exit(0));
		setTimeout(() => process.exit(0), 2000).unref();
	};
	process.on('SIGINT', () => shutdown('SIGINT'));
	process.on('SIGTERM', () => shutdown('SIGTERM'));
}

main().catch((err) => {
	console.error(err);
	process.exit(1);
});
