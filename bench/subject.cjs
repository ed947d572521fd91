'use strict';
// One measured run, in a fresh process (clean peak RSS, CPU time of this side only; the emulator runs in its
// own process). Forked by bench/run.mjs with one JSON argument; answers one JSON message over IPC.
//   { kind: 'read' | 'write' | 'get', side: 'node' | 'raw' | 'http', baseUrl, key, pageSize?, numbers?,
//     resource?, httpNodePath?, warmupNumbers? }
const http = require('node:http');
const path = require('node:path');

const config = JSON.parse(process.argv[2]);
const USER_AGENT = 'n8n_bench';

// ---------------------------------------------------------------- raw keep-alive client (the floor)
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
function rawRequest(method, url, body) {
	return new Promise((resolve, reject) => {
		const payload = body === undefined ? undefined : JSON.stringify(body);
		const req = http.request(
			url,
			{
				method,
				agent,
				headers: {
					Authorization: `App ${config.key}`,
					'User-Agent': USER_AGENT,
					Accept: 'application/json',
					...(payload ? { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(payload) } : {}),
				},
			},
			(res) => {
				const chunks = [];
				res.on('data', (c) => chunks.push(c));
				res.on('end', () => {
					const text = Buffer.concat(chunks).toString('utf8');
					resolve({ status: res.statusCode, headers: res.headers, body: text ? JSON.parse(text) : undefined });
				});
				res.on('error', reject);
			},
		);
		req.on('error', reject);
		if (payload) req.write(payload);
		req.end();
	});
}

/** Sends one request; on 429 waits exactly what Retry-After says and tries again (the ideal polite client). */
async function rawWithRetry(method, url, body, counters) {
	for (;;) {
		counters.requests++;
		const res = await rawRequest(method, url, body);
		if (res.status !== 429) return res;
		counters.rateLimited++;
		const wait = Number(res.headers['retry-after'] ?? 1) * 1000;
		await new Promise((r) => setTimeout(r, wait));
	}
}

async function rawRead(pageSize) {
	const counters = { requests: 0, rateLimited: 0 };
	const records = [];
	let offset = 0;
	for (;;) {
		const res = await rawWithRetry('GET', `${config.baseUrl}/orders-received/?limit=${pageSize}&offset=${offset}`, undefined, counters);
		if (res.status !== 200) throw new Error(`raw read: HTTP ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`);
		records.push(...res.body.results);
		if (!res.body.next || res.body.results.length === 0) break;
		offset += res.body.results.length;
	}
	return { items: records.length, errors: 0, clientRequests: counters.requests };
}

// ---------------------------------------------------------------- n8n engine sides
let workflowModule;
function wf() {
	if (!workflowModule) workflowModule = require(path.join(__dirname, 'workflow.cjs'));
	return workflowModule;
}
const HTTP_TYPE = 'n8n-nodes-base.httpRequest';
const HTTP_VERSION = 4.4;
function registerHttpNode() {
	const { HttpRequestV3 } = require(config.httpNodePath);
	const node = new HttpRequestV3({
		displayName: 'HTTP Request',
		name: 'httpRequest',
		icon: 'fa:at',
		group: ['output'],
		subtitle: '={{$parameter["requestMethod"] + ": " + $parameter["url"]}}',
		description: 'Makes an HTTP request and returns the response data',
		defaultVersion: HTTP_VERSION,
	});
	wf().engine.registerNodeType(HTTP_TYPE, node);
}
function credential() {
	return wf().engine.credentialFor(config.baseUrl, config.key, { userAgent: USER_AGENT });
}
/** n8n's HTTP Request node with LeafLink's auth as header parameters (no credential), as a user would set it. */
function httpHeaders() {
	return {
		sendHeaders: true,
		specifyHeaders: 'keypair',
		headerParameters: {
			parameters: [
				{ name: 'Authorization', value: `App ${config.key}` },
				{ name: 'User-Agent', value: USER_AGENT },
				{ name: 'Accept', value: 'application/json' },
			],
		},
	};
}
function errorsOf(result) {
	let errors = result.error ? 1 : 0;
	for (const item of result.items) if (item.json && item.json.error !== undefined) errors++;
	return { errors, errorText: result.error ? String(result.error.message ?? result.error).slice(0, 300) : undefined };
}

async function nodeRead(pageSize) {
	const result = await wf().runWorkflow({
		nodeType: 'n8n-nodes-leaflink.leafLink',
		parameters: { resource: 'order', operation: 'getMany', returnAll: true, pageSize, simplify: false },
		credential: credential(),
	});
	return { items: result.items.length, ...errorsOf(result) };
}

async function httpRead(pageSize) {
	const result = await wf().runWorkflow({
		nodeType: HTTP_TYPE,
		typeVersion: HTTP_VERSION,
		parameters: {
			method: 'GET',
			url: `${config.baseUrl}/orders-received/`,
			authentication: 'none',
			sendQuery: true,
			specifyQuery: 'keypair',
			queryParameters: { parameters: [{ name: 'limit', value: String(pageSize) }] },
			...httpHeaders(),
			options: {
				pagination: {
					pagination: {
						paginationMode: 'updateAParameterInEachRequest',
						parameters: { parameters: [{ type: 'qs', name: 'offset', value: `={{ $pageCount * ${pageSize} }}` }] },
						paginationCompleteWhen: 'other',
						completeExpression: '={{ !$response.body.next }}',
						limitPagesFetched: false,
						requestInterval: 0,
					},
				},
			},
		},
	});
	// one output item per page (the page body); a user splits `results` out with another node
	let records = 0;
	for (const item of result.items) records += Array.isArray(item.json.results) ? item.json.results.length : 0;
	return { items: records, pages: result.items.length, ...errorsOf(result) };
}

async function nodeGet(numbers) {
	const result = await wf().runWorkflow({
		nodeType: 'n8n-nodes-leaflink.leafLink',
		parameters: {
			resource: 'order',
			operation: 'get',
			orderNumber: { __rl: true, mode: 'id', value: '={{ $json.number }}' },
			simplify: false,
		},
		items: numbers.map((number) => ({ number })),
		credential: credential(),
	});
	return { items: result.items.length, ...errorsOf(result) };
}

/**
 * n8n's HTTP Request node getting one order per item. `withCredential`: authenticated by the LeafLink API
 * credential itself (Authentication "Predefined Credential Type"), so n8n applies the same credential
 * `authenticate` per request as for our node; otherwise the key goes in as header parameters.
 */
async function httpGet(numbers, withCredential = config.side === 'httpcred') {
	const result = await wf().runWorkflow({
		nodeType: HTTP_TYPE,
		typeVersion: HTTP_VERSION,
		parameters: {
			method: 'GET',
			url: `=${config.baseUrl}/orders-received/{{ $json.number }}/`,
			...(withCredential
				? { authentication: 'predefinedCredentialType', nodeCredentialType: 'leafLinkApi' }
				: { authentication: 'none', ...httpHeaders() }),
			options: {},
		},
		items: numbers.map((number) => ({ number })),
		...(withCredential ? { credential: credential() } : {}),
	});
	return { items: result.items.length, ...errorsOf(result) };
}

async function rawGet(numbers) {
	const counters = { requests: 0, rateLimited: 0 };
	let items = 0;
	for (const number of numbers) {
		const res = await rawWithRetry('GET', `${config.baseUrl}/orders-received/${number}/`, undefined, counters);
		if (res.status !== 200) throw new Error(`raw get: HTTP ${res.status}`);
		items++;
	}
	return { items, errors: 0 };
}

/**
 * The write case: one update per input item, changing one plain field (no look-ups): product Update when the
 * Product resource has it, else order Update. Input items carry `id` (product ID or order number).
 */
function updateParameters() {
	if (config.resource === 'product') {
		return {
			resource: 'product',
			operation: 'update',
			productId: { __rl: true, mode: 'id', value: '={{ $json.id }}' },
			updateFields: { description: '={{ "bench update " + $itemIndex }}' },
			simplify: true,
		};
	}
	return {
		resource: 'order',
		operation: 'update',
		orderNumber: { __rl: true, mode: 'id', value: '={{ $json.id }}' },
		updateFields: { notes: '={{ "bench update " + $itemIndex }}' },
		simplify: true,
	};
}
async function nodeWrite(ids) {
	const result = await wf().runWorkflow({
		nodeType: 'n8n-nodes-leaflink.leafLink',
		parameters: updateParameters(),
		items: ids.map((id) => ({ id })),
		credential: credential(),
	});
	return { items: result.items.length, ...errorsOf(result) };
}
async function rawWrite(ids) {
	const counters = { requests: 0, rateLimited: 0 };
	let items = 0;
	for (let index = 0; index < ids.length; index++) {
		const id = ids[index];
		const url = config.resource === 'product' ? `${config.baseUrl}/products/${id}/` : `${config.baseUrl}/orders-received/${id}/`;
		const body = config.resource === 'product' ? { description: `bench update ${index}` } : { notes: `bench update ${index}` };
		const res = await rawWithRetry('PATCH', url, body, counters);
		if (res.status !== 200) throw new Error(`raw write: HTTP ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`);
		items++;
	}
	return { items, errors: 0, clientRateLimited: counters.rateLimited };
}

// ---------------------------------------------------------------- measurement
const SIDES = {
	read: { node: nodeRead, raw: rawRead, http: httpRead },
	get: { node: nodeGet, raw: rawGet, http: httpGet, httpcred: httpGet },
	write: { node: nodeWrite, raw: rawWrite },
};

async function main() {
	const fn = SIDES[config.kind][config.side];
	if (config.side !== 'raw') {
		wf();
		if (config.side.startsWith('http')) registerHttpNode();
	}
	// warm-up outside the measurement: loads the code paths, opens the keep-alive socket, JIT-compiles the hot path
	if (config.kind === 'read') {
		if (config.side === 'raw') await rawRequest('GET', `${config.baseUrl}/orders-received/?limit=1`);
		else if (config.side === 'node') await nodeGet(config.warmupNumbers);
		else await httpGet(config.warmupNumbers);
		// (the warm-up runs single Gets through the same engine, transport and HTTP stack)
	} else if (config.warmupNumbers && config.warmupNumbers.length) {
		const warm = config.kind === 'write' ? SIDES.get[config.side] : fn;
		await warm(config.warmupNumbers);
	}
	if (global.gc) global.gc();
	// the parent marks the emulator's counters now, then says go
	await new Promise((resolve) => {
		process.once('message', resolve);
		process.send({ ready: true });
	});
	const arg = config.kind === 'read' ? config.pageSize : config.numbers;
	const rssBefore = process.memoryUsage().rss;
	const cpu0 = process.cpuUsage();
	const t0 = process.hrtime.bigint();
	const outcome = await fn(arg);
	const wallMs = Number(process.hrtime.bigint() - t0) / 1e6;
	const cpu = process.cpuUsage(cpu0);
	const usage = process.resourceUsage();
	process.send({
		ok: true,
		wallMs,
		cpuMs: (cpu.user + cpu.system) / 1000,
		rssBeforeMb: rssBefore / 1048576,
		peakRssMb: usage.maxRSS / 1024,
		...outcome,
	});
}

main().then(
	() => setTimeout(() => process.exit(0), 10),
	(error) => {
		process.send({ ok: false, error: String(error && error.stack ? error.stack : error) });
		setTimeout(() => process.exit(1), 10);
	},
);
