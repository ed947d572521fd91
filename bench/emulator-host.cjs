'use strict';
// Hosts the LeafLink emulator in its own process, so its work (OpenAPI validation of every request, JSON
// serialisation of pages) runs on its own core and never counts against the client being measured.
// Driven over IPC by bench/run.mjs: {id, cmd, ...args} -> {id, ok, result | error}.
const path = require('node:path');
const { startEmulator } = require(path.join(__dirname, '..', 'test', 'emulator'));

let emu;
/** Drops the per-request log the emulator keeps (it grows with every request of a long bench). */
function clearLog() {
	if (emu && Array.isArray(emu.requests)) emu.requests.length = 0;
}

const commands = {
	async start({ options }) {
		emu = await startEmulator(options);
		return { baseUrl: emu.baseUrl, keys: emu.keys, ids: emu.ids };
	},
	seedBulkOrders({ n }) {
		const numbers = emu.seedBulkOrders(n);
		return { count: emu.db.orders.size ?? numbers.length, numbers };
	},
	/** IDs of the products on the menu (for the write case). */
	productIds() {
		return { ids: [...emu.db.products.values()].map((p) => p.id) };
	},
	/** One order as the REST API holds it: the payload of a NEW & CHANGED ORDERS webhook delivery. */
	sampleOrder() {
		return { order: [...emu.db.orders.values()].find((o) => o.status === 'Submitted') ?? [...emu.db.orders.values()][0] };
	},
	reset() {
		emu.reset();
		return {};
	},
	/** Zeroes the counters and answers the emulator's CPU time so far, to measure its own per-request cost. */
	mark() {
		clearLog();
		emu.stats.requests = 0;
		emu.stats.rateLimited = 0;
		return { cpu: process.cpuUsage() };
	},
	stats() {
		const statuses = {};
		for (const r of emu.requests) statuses[r.status] = (statuses[r.status] ?? 0) + 1;
		return { ...emu.stats, statuses, cpu: process.cpuUsage(), rss: process.memoryUsage().rss };
	},
	async stop() {
		if (emu) await emu.stop();
		emu = undefined;
		return {};
	},
};

process.on('message', async (msg) => {
	try {
		const result = await commands[msg.cmd](msg);
		process.send({ id: msg.id, ok: true, result });
	} catch (error) {
		process.send({ id: msg.id, ok: false, error: String(error && error.stack ? error.stack : error) });
	}
});
process.on('disconnect', () => process.exit(0));
