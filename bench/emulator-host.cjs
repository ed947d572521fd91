'use strict';
// Hosts the LeafLink emulator in its own process, so its work (OpenAPI validation of every request, JSON
// serialisation of pages) runs on its own core and never counts against the client being measured.
// Driven over IPC by bench/run.mjs: {id, cmd, ...args} -> {id, ok, result | error}.
const http = require('node:http');
const path = require('node:path');
const { startEmulator } = require(path.join(__dirname, '..', 'test', 'emulator'));

let emu;
let front;

/**
 * LeafLink's answer times, in front of the emulator (which answers in a few ms): a read of one record takes
 * `readMs`, a change `writeMs`, a page `pageMs` plus `perRecordMs` for each record on it, counted from the moment
 * the request arrives (the emulator's own work is part of it). The emulator counts the request against the rate
 * limit on arrival, as LeafLink does before it works on it.
 * @param {{ readMs: number, writeMs: number, pageMs: number, perRecordMs: number }} latency
 */
async function startLatencyFront(target, latency) {
	const upstream = new URL(target);
	const agent = new http.Agent({ keepAlive: true, maxSockets: 256 });
	const server = http.createServer((req, res) => {
		const arrived = Date.now();
		const forward = http.request(
			{
				host: upstream.hostname,
				port: upstream.port,
				method: req.method,
				path: req.url,
				headers: req.headers,
				agent,
			},
			(answer) => {
				const chunks = [];
				answer.on('data', (c) => chunks.push(c));
				answer.on('end', () => {
					const body = Buffer.concat(chunks);
					let ms = latency.writeMs;
					if (req.method === 'GET') {
						ms = latency.readMs;
						// a list page: its size sets the time (LeafLink serialises every record). The records on it
						// follow from its count and the request's limit and offset, without parsing the page again
						const count = /^\{"count":(\d+)/.exec(body.subarray(0, 40).toString('latin1'));
						if (count) {
							const query = new URL(req.url, 'http://x').searchParams;
							const offset = Number(query.get('offset') ?? 0);
							const limit = Number(query.get('limit') ?? 100);
							const records = Math.max(0, Math.min(limit, Number(count[1]) - offset));
							ms = latency.pageMs + latency.perRecordMs * records;
						}
					}
					const send = () => {
						res.writeHead(answer.statusCode ?? 502, answer.headers);
						res.end(body);
					};
					const wait = arrived + ms - Date.now();
					if (wait > 0) setTimeout(send, wait);
					else send();
				});
			},
		);
		forward.on('error', () => {
			res.writeHead(502);
			res.end();
		});
		req.pipe(forward);
	});
	await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
	return { server, baseUrl: `http://127.0.0.1:${server.address().port}${upstream.pathname}` };
}
/** Drops the per-request log the emulator keeps (it grows with every request of a long bench). */
function clearLog() {
	if (emu && Array.isArray(emu.requests)) emu.requests.length = 0;
}

const commands = {
	async start({ options, latency }) {
		emu = await startEmulator(options);
		if (latency) front = await startLatencyFront(emu.baseUrl, latency);
		return { baseUrl: front ? front.baseUrl : emu.baseUrl, keys: emu.keys, ids: emu.ids };
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
		return {
			order:
				[...emu.db.orders.values()].find((o) => o.status === 'Submitted') ??
				[...emu.db.orders.values()][0],
		};
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
		if (front) {
			front.server.closeAllConnections();
			await new Promise((resolve) => front.server.close(resolve));
			front = undefined;
		}
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
		process.send({
			id: msg.id,
			ok: false,
			error: String(error && error.stack ? error.stack : error),
		});
	}
});
process.on('disconnect', () => process.exit(0));
