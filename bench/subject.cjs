'use strict';
// One measured run, in a fresh process (clean peak RSS, CPU time of this side only; the emulator runs in its
// own process). Forked by bench/run.mjs with one JSON argument; answers one JSON message over IPC.
//   { kind: 'read' | 'write' | 'get', side: 'node' | 'raw' | 'rawpar' | 'http' | 'httpcred', baseUrl, key,
//     parallel?, pageSize?, numbers?, resource?, httpNodePath?, warmupNumbers?, batch? }
// `parallel`: the node's Parallel Requests (omitted: its default), and the raw concurrent client's concurrency.
// `batch`: the HTTP Request node's Batching option ({ batchSize, batchInterval }).
const http = require('node:http');
const path = require('node:path');

const config = JSON.parse(process.argv[2]);
const USER_AGENT = 'n8n_bench';

// ---------------------------------------------------------------- raw keep-alive client (the floor)
const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
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
					...(payload
						? { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(payload) }
						: {}),
				},
			},
			(res) => {
				const chunks = [];
				res.on('data', (c) => chunks.push(c));
				res.on('end', () => {
					const text = Buffer.concat(chunks).toString('utf8');
					resolve({
						status: res.statusCode,
						headers: res.headers,
						body: text ? JSON.parse(text) : undefined,
					});
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

/**
 * The raw client at the node's concurrency, with its own pacing: `parallel` workers share one account of LeafLink's
 * bucket (RateLimit-Remaining less the requests under way, refilled at the rate RateLimit-Reset implies) and one
 * pause on 429 (Retry-After). What a careful hand-written client would do; no engine, no per-item work.
 */
function rawPacer() {
	let underWay = 0;
	let pausedUntil = 0;
	let bucket;
	return {
		async send(method, url, body, counters) {
			for (;;) {
				for (;;) {
					const now = Date.now();
					let wait = pausedUntil - now;
					if (bucket) {
						const tokens = Math.min(
							bucket.capacity,
							bucket.tokens + (now - bucket.at) * bucket.perMs,
						);
						if (tokens < 1) wait = Math.max(wait, Math.ceil((1 - tokens) / bucket.perMs));
					}
					if (wait <= 0) break;
					await new Promise((r) => setTimeout(r, wait));
				}
				if (bucket) {
					const now = Date.now();
					bucket.tokens =
						Math.min(bucket.capacity, bucket.tokens + (now - bucket.at) * bucket.perMs) - 1;
					bucket.at = now;
				}
				underWay++;
				counters.requests++;
				const res = await rawRequest(method, url, body);
				const remaining = Number(res.headers['ratelimit-remaining']);
				if (Number.isFinite(remaining)) {
					const capacity = Number(res.headers['ratelimit-limit']) || remaining;
					const reset = Number(res.headers['ratelimit-reset']);
					const perMs =
						reset > 0 && remaining < capacity
							? (capacity - remaining) / (reset * 1000)
							: (bucket?.perMs ?? 5 / 1000);
					bucket = { tokens: remaining - (underWay - 1), at: Date.now(), capacity, perMs };
				}
				underWay--;
				if (res.status !== 429) return res;
				counters.rateLimited++;
				pausedUntil = Math.max(
					pausedUntil,
					Date.now() + Number(res.headers['retry-after'] ?? 1) * 1000,
				);
			}
		},
	};
}

/** Runs `work(i)` for i in 0..n-1 with `parallel` workers, in order of i. */
async function pool(n, parallel, work) {
	let next = 0;
	await Promise.all(
		Array.from({ length: Math.min(parallel, n) }, async () => {
			while (next < n) await work(next++);
		}),
	);
}

async function rawParRead(pageSize) {
	const counters = { requests: 0, rateLimited: 0 };
	const pacer = rawPacer();
	const first = await pacer.send(
		'GET',
		`${config.baseUrl}/orders-received/?limit=${pageSize}&offset=0`,
		undefined,
		counters,
	);
	if (first.status !== 200) throw new Error(`raw read: HTTP ${first.status}`);
	const pages = [first.body.results];
	const rest = Math.ceil((first.body.count - first.body.results.length) / pageSize);
	await pool(rest, config.parallel, async (i) => {
		const res = await pacer.send(
			'GET',
			`${config.baseUrl}/orders-received/?limit=${pageSize}&offset=${(i + 1) * pageSize}`,
			undefined,
			counters,
		);
		if (res.status !== 200) throw new Error(`raw read: HTTP ${res.status}`);
		pages[i + 1] = res.body.results;
	});
	const records = pages.flat();
	return {
		items: records.length,
		errors: 0,
		clientRequests: counters.requests,
		clientRateLimited: counters.rateLimited,
	};
}

async function rawParGet(numbers) {
	const counters = { requests: 0, rateLimited: 0 };
	const pacer = rawPacer();
	let items = 0;
	await pool(numbers.length, config.parallel, async (i) => {
		const res = await pacer.send(
			'GET',
			`${config.baseUrl}/orders-received/${numbers[i]}/`,
			undefined,
			counters,
		);
		if (res.status !== 200) throw new Error(`raw get: HTTP ${res.status}`);
		items++;
	});
	return { items, errors: 0, clientRateLimited: counters.rateLimited };
}

async function rawParWrite(ids) {
	const counters = { requests: 0, rateLimited: 0 };
	const pacer = rawPacer();
	let items = 0;
	await pool(ids.length, config.parallel, async (index) => {
		const url =
			config.resource === 'product'
				? `${config.baseUrl}/products/${ids[index]}/`
				: `${config.baseUrl}/orders-received/${ids[index]}/`;
		const body =
			config.resource === 'product'
				? { description: `bench update ${index}` }
				: { notes: `bench update ${index}` };
		const res = await pacer.send('PATCH', url, body, counters);
		if (res.status !== 200) throw new Error(`raw write: HTTP ${res.status}`);
		items++;
	});
	return { items, errors: 0, clientRateLimited: counters.rateLimited };
}

async function rawRead(pageSize) {
	const counters = { requests: 0, rateLimited: 0 };
	const records = [];
	let offset = 0;
	for (;;) {
		const res = await rawWithRetry(
			'GET',
			`${config.baseUrl}/orders-received/?limit=${pageSize}&offset=${offset}`,
			undefined,
			counters,
		);
		if (res.status !== 200)
			throw new Error(`raw read: HTTP ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`);
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
/** The node's Request Options for this run: Parallel Requests when the run sets it, else the node's default. */
function requestOptions() {
	return config.parallel === undefined
		? {}
		: { requestOptions: { parallelRequests: config.parallel } };
}
/** The HTTP Request node's Batching option, when the run sets one. */
function batching() {
	return config.batch
		? {
				batching: {
					batch: { batchSize: config.batch.batchSize, batchInterval: config.batch.batchInterval },
				},
			}
		: {};
}
function errorsOf(result) {
	let errors = result.error ? 1 : 0;
	for (const item of result.items) if (item.json && item.json.error !== undefined) errors++;
	return {
		errors,
		errorText: result.error
			? String(result.error.message ?? result.error).slice(0, 300)
			: undefined,
	};
}

async function nodeRead(pageSize) {
	const result = await wf().runWorkflow({
		nodeType: 'n8n-nodes-leaflink.leafLink',
		parameters: {
			resource: 'order',
			operation: 'getMany',
			returnAll: true,
			pageSize,
			simplify: false,
			...requestOptions(),
		},
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
						parameters: {
							parameters: [
								{ type: 'qs', name: 'offset', value: `={{ $pageCount * ${pageSize} }}` },
							],
						},
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
	for (const item of result.items)
		records += Array.isArray(item.json.results) ? item.json.results.length : 0;
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
			...requestOptions(),
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
			options: { ...batching() },
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
		const res = await rawWithRetry(
			'GET',
			`${config.baseUrl}/orders-received/${number}/`,
			undefined,
			counters,
		);
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
			...requestOptions(),
		};
	}
	return {
		resource: 'order',
		operation: 'update',
		orderNumber: { __rl: true, mode: 'id', value: '={{ $json.id }}' },
		updateFields: { notes: '={{ "bench update " + $itemIndex }}' },
		simplify: true,
		...requestOptions(),
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
/** n8n's HTTP Request node sending the same update per item (PATCH, JSON body), with its Batching option. */
async function httpWrite(ids) {
	const product = config.resource === 'product';
	const result = await wf().runWorkflow({
		nodeType: HTTP_TYPE,
		typeVersion: HTTP_VERSION,
		parameters: {
			method: 'PATCH',
			url: product
				? `=${config.baseUrl}/products/{{ $json.id }}/`
				: `=${config.baseUrl}/orders-received/{{ $json.id }}/`,
			authentication: 'none',
			...httpHeaders(),
			sendBody: true,
			specifyBody: 'json',
			jsonBody: product
				? '={{ JSON.stringify({ description: "bench update " + $itemIndex }) }}'
				: '={{ JSON.stringify({ notes: "bench update " + $itemIndex }) }}',
			options: { ...batching() },
		},
		items: ids.map((id) => ({ id })),
	});
	return { items: result.items.length, ...errorsOf(result) };
}
async function rawWrite(ids) {
	const counters = { requests: 0, rateLimited: 0 };
	let items = 0;
	for (let index = 0; index < ids.length; index++) {
		const id = ids[index];
		const url =
			config.resource === 'product'
				? `${config.baseUrl}/products/${id}/`
				: `${config.baseUrl}/orders-received/${id}/`;
		const body =
			config.resource === 'product'
				? { description: `bench update ${index}` }
				: { notes: `bench update ${index}` };
		const res = await rawWithRetry('PATCH', url, body, counters);
		if (res.status !== 200)
			throw new Error(`raw write: HTTP ${res.status} ${JSON.stringify(res.body).slice(0, 300)}`);
		items++;
	}
	return { items, errors: 0, clientRateLimited: counters.rateLimited };
}

// ---------------------------------------------------------------- measurement
const SIDES = {
	read: { node: nodeRead, raw: rawRead, rawpar: rawParRead, http: httpRead },
	get: { node: nodeGet, raw: rawGet, rawpar: rawParGet, http: httpGet, httpcred: httpGet },
	write: { node: nodeWrite, raw: rawWrite, rawpar: rawParWrite, http: httpWrite },
};

async function main() {
	const fn = SIDES[config.kind][config.side];
	if (config.side !== 'raw') {
		wf();
		if (config.side.startsWith('http')) registerHttpNode();
	}
	// warm-up outside the measurement: loads the code paths, opens the keep-alive socket, JIT-compiles the hot path
	if (config.kind === 'read') {
		if (config.side.startsWith('raw'))
			await rawRequest('GET', `${config.baseUrl}/orders-received/?limit=1`);
		else if (config.side === 'node') await nodeGet(config.warmupNumbers);
		else await httpGet(config.warmupNumbers);
		// (the warm-up runs single Gets through the same engine, transport and HTTP stack)
	} else if (config.warmupNumbers && config.warmupNumbers.length) {
		// single Gets through the same engine, transport and HTTP stack (a write warm-up would change the data)
		const warm = SIDES.get[config.side];
		// under the rate limit it runs on another key (its own bucket), so the measured run starts with a full burst
		const { batch, key } = config;
		config.batch = undefined;
		config.key = config.warmupKey ?? key;
		await warm(config.warmupNumbers);
		config.batch = batch;
		config.key = key;
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
