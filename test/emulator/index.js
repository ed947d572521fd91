// @ts-check
'use strict';

/**
 * LeafLink Marketplace V2 sandbox emulator: a stateful in-memory HTTP server that validates every
 * request against LeafLink's own OpenAPI description (see ./spec.js for the validator and the
 * in-memory spec repairs) and answers like LeafLink does (see test/contract/README.md).
 *
 * This file is the core: state, routing, the request pipeline and the test API. Per request, in this order:
 * latency -> trailing slash (400) -> route match (404 / 405) -> auth (401) -> rate limit (429, ./auth.js) ->
 * validation (400, ./validation.js) -> scope (403) -> fault injection (./faults.js) -> handler. Handlers live per
 * resource family in ./resources/ (orders, order lines, products, catalog; the rest is ./resources/generic.js).
 */

const http = require('http');
const { loadContract, matchRoute } = require('./spec');
const seed = require('./seed');
const { HttpError, Collection } = require('./store');
const { API_PREFIX } = require('./query');
const { createAuth } = require('./auth');
const { validateRequest, validateResponse } = require('./validation');
const { parseMultipart, readBody } = require('./multipart');
const { createFaults, answerWithFault } = require('./faults');
const { createGeneric } = require('./resources/generic');
const { createOrders, TRANSITIONS } = require('./resources/orders');
const { createOrderLines } = require('./resources/order-lines');
const { createCatalog } = require('./resources/catalog');
const { createProducts } = require('./resources/products');

const DEFAULT_KEYS = Object.freeze({
	app: 'app-key-3f9c1e7a5b2d4c6e',
	token: 'token-key-8a1b2c3d4e5f6a7b',
	readOnly: 'readonly-key-0c9d8e7f6a5b4c3d',
});

/**
 * @typedef {import('./auth').RateLimitOptions} RateLimitOptions
 * @typedef {import('./faults').FaultSpec} FaultSpec
 * @typedef {import('./store').Ctx} Ctx
 * @typedef {import('./store').Reply} Reply
 * @typedef {{ port?: number, host?: string, latencyMs?: number, rateLimit?: false | RateLimitOptions,
 *   seed?: boolean, requireUserAgent?: boolean, keys?: Partial<typeof DEFAULT_KEYS>, specFile?: string,
 *   onContractViolation?: (violation: string) => void }} EmulatorOptions
 * @typedef {{ method: string, path: string, template: string | null, query: Record<string, string | string[]>,
 *   body: any, status: number, userAgent: string | null, authScheme: string | null, at: string, fault?: string }} LoggedRequest
 */

/** Template base (`/inventory/items/`) -> collection name; key field where it is not `id`. */
const COLLECTION_OVERRIDES = /** @type {Record<string,string>} */ ({
	'/inventory/items/': 'inventory-items',
	'/inventory/facilities/': 'facilities',
	'/orders-received/': 'orders',
	'/buyer/orders/': 'buyer-orders',
});
const KEY_FIELDS = /** @type {Record<string,string>} */ ({ orders: 'number', reports: 'number' });
const EXTRA_COLLECTIONS = ['order-comments', 'delivery-information'];

/**
 * Starts an emulator.
 * @param {EmulatorOptions} [options]
 */
async function startEmulator(options = {}) {
	const contract = await loadContract(options.specFile);
	const opts = {
		port: options.port ?? 0,
		host: options.host ?? '127.0.0.1',
		latencyMs: options.latencyMs ?? 0,
		rateLimit: /** @type {false | RateLimitOptions} */ (options.rateLimit || false),
		seed: options.seed !== false,
		requireUserAgent: Boolean(options.requireUserAgent),
	};
	const keys = { ...DEFAULT_KEYS, ...(options.keys || {}) };

	// ---------- state ----------
	/** @type {Record<string, Collection>} */
	const db = {};
	/** @type {Map<string, string>} template base -> collection */
	const baseToCollection = new Map();
	for (const route of contract.routes) {
		const base = route.template.replace(/\{[^}]+\}\/.*$/, '');
		if (base === route.template && route.paramNames.length) continue;
		const name = COLLECTION_OVERRIDES[base] || base.slice(1, -1).replace(/\//g, '-');
		baseToCollection.set(base, name);
	}
	const allNames = new Set([...baseToCollection.values(), ...EXTRA_COLLECTIONS]);
	for (const name of allNames)
		db[name] = new Collection(
			name,
			KEY_FIELDS[name] || 'id',
			name === 'orders' ? 'created_on' : undefined,
		);

	const generic = createGeneric(db);
	const orders = createOrders(db);
	/** @type {Record<string, (ctx: Ctx) => Reply>} */
	const handlers = {
		...orders.handlers,
		...createOrderLines(db, orders, generic),
		...createProducts(db, generic),
		...createCatalog(db, generic),
	};
	const auth = createAuth(keys, opts.rateLimit);
	const faults = createFaults();

	/** @type {LoggedRequest[]} */
	let requests = [];
	/** @type {Set<string>} */
	let served = new Set();
	/** @type {string[]} the emulator's own answers that broke the contract, until a test takes them */
	let violations = [];
	const stats = { requests: 0, rateLimited: 0 };

	function reseed() {
		for (const c of Object.values(db)) {
			c.clear();
			c.nextId = 1;
		}
		if (opts.seed) {
			const s = /** @type {Record<string, any[]>} */ (seed.buildSeed());
			for (const [name, rows] of Object.entries(s)) {
				const c = db[name];
				if (!c) throw new Error(`seed collection ${name} has no route`);
				for (const r of rows) c.insert(r);
			}
		}
		orders.reindex();
		if (!opts.seed) return;
		for (const c of Object.values(db)) {
			if (c.keyField !== 'id') continue;
			let max = 0;
			for (const r of c.values()) if (typeof r.id === 'number' && r.id > max) max = r.id;
			c.nextId = Math.max(max + 1, 10000);
		}
	}

	/** @param {Ctx} ctx @returns {Reply} */
	function dispatch(ctx) {
		const h = handlers[`${ctx.method} ${ctx.route.template}`];
		if (h) return h(ctx);
		const isItem = ctx.route.paramNames.length > 0;
		switch (ctx.method) {
			case 'GET':
				return isItem ? generic.genericRead(ctx) : generic.genericList(ctx);
			case 'POST':
				return generic.genericCreate(ctx);
			case 'PATCH':
				return generic.genericPatch(ctx);
			case 'DELETE':
				return generic.genericDelete(ctx);
			default:
				throw new HttpError(405, { detail: `Method "${ctx.method}" not allowed.` });
		}
	}

	// ---------- HTTP ----------
	/** @type {Set<import('net').Socket>} */
	const sockets = new Set();
	/** @type {Set<NodeJS.Timeout>} */
	const timers = new Set();
	let stopped = false;
	/** @param {number} ms */
	const wait = (ms) =>
		new Promise((resolve) => {
			const t = setTimeout(() => {
				timers.delete(t);
				resolve(undefined);
			}, ms);
			timers.add(t);
		});

	const server = http.createServer({ keepAlive: true }, (req, res) => {
		handle(req, res).catch((err) => {
			if (!res.headersSent && !res.destroyed) {
				const body = JSON.stringify({ detail: `Emulator error: ${err && err.message}` });
				res.writeHead(500, {
					'Content-Type': 'application/json',
					'Content-Length': Buffer.byteLength(body),
				});
				res.end(body);
			}
		});
	});
	server.keepAliveTimeout = 65_000;
	server.headersTimeout = 66_000;
	server.on('connection', (s) => {
		sockets.add(s);
		s.on('close', () => sockets.delete(s));
	});

	/**
	 * @param {http.IncomingMessage} req
	 * @param {http.ServerResponse} res
	 */
	async function handle(req, res) {
		stats.requests++;
		const method = String(req.method || 'GET').toUpperCase();
		const u = new URL(req.url || '/', 'http://emulator.local');
		const pathname = u.pathname;
		/** @type {Record<string, string | string[]>} */
		const query = {};
		for (const [k, v] of u.searchParams) {
			const prev = query[k];
			query[k] = prev === undefined ? v : Array.isArray(prev) ? [...prev, v] : [prev, v];
		}
		const ua = req.headers['user-agent'];
		/** @type {LoggedRequest} */
		const entry = {
			method,
			path: pathname,
			template: null,
			query,
			body: undefined,
			status: 0,
			userAgent: ua ? String(ua) : null,
			authScheme: null,
			at: new Date().toISOString(),
		};
		requests.push(entry);
		/** @type {Record<string,string>} */
		let extraHeaders = {};

		/** @param {number} status @param {any} [body] @param {Record<string,string>} [headers] */
		const send = (status, body, headers = {}) => {
			entry.status = status;
			if (status >= 200 && status < 300 && entry.template) served.add(entry.template);
			if (res.destroyed || stopped) return;
			const payload = body === undefined || status === 204 ? '' : JSON.stringify(body);
			res.writeHead(status, {
				...(payload ? { 'Content-Type': 'application/json' } : {}),
				'Content-Length': String(Buffer.byteLength(payload)),
				...extraHeaders,
				...headers,
			});
			res.end(payload);
		};
		/** @param {any} err */
		const sendError = (err) => {
			if (err instanceof HttpError) return send(err.status, err.body);
			throw err;
		};

		const raw = await readBody(req);
		if (opts.latencyMs > 0) await wait(opts.latencyMs);

		if (!pathname.endsWith('/')) {
			return send(400, {
				detail: `Request paths must end in a slash character ('/'). Did you mean ${pathname}/ ?`,
			});
		}
		if (!pathname.startsWith(`${API_PREFIX}/`)) return send(404, { detail: 'Not found.' });
		const rel = pathname.slice(API_PREFIX.length);
		const m = matchRoute(contract, rel);
		if (!m) return send(404, { detail: 'Not found.' });
		const op = m.route.ops[method];
		if (!op) {
			return send(
				405,
				{ detail: `Method "${method}" not allowed.` },
				{ Allow: Object.keys(m.route.ops).join(', ') },
			);
		}
		entry.template = `${method} ${m.route.template}`;

		const who = auth.authenticate(
			typeof req.headers.authorization === 'string' ? req.headers.authorization : undefined,
		);
		entry.authScheme = who.scheme;
		if (!who.ok) return send(401, { detail: who.detail }, { 'WWW-Authenticate': 'App' });

		if (opts.rateLimit) {
			const rl = auth.rateCheck(who.key);
			extraHeaders = rl.headers;
			if (!rl.allowed) {
				stats.rateLimited++;
				return send(429, {
					detail: `Request was throttled. Expected available in ${Math.max(1, Math.ceil(rl.waitSeconds || 1))} seconds.`,
				});
			}
		}

		if (opts.requireUserAgent && !entry.userAgent) {
			return send(400, {
				detail: 'A User-Agent header naming the integrating system is required.',
			});
		}

		// parse body
		const ct = String(req.headers['content-type'] || '')
			.split(';')[0]
			.trim()
			.toLowerCase();
		/** @type {any} */
		let body;
		/** @type {Ctx['files']} */
		let files = {};
		try {
			if (raw.length) {
				if (ct === 'multipart/form-data') {
					const parsed = /** @type {any} */ (await parseMultipart(req, raw, op));
					body = parsed.fields;
					files = parsed.files;
					entry.body = {
						...parsed.fields,
						files: Object.fromEntries(
							Object.entries(files).map(([k, f]) => [k, { filename: f.filename, size: f.size }]),
						),
					};
				} else {
					try {
						body = JSON.parse(raw.toString('utf8'));
					} catch (err) {
						throw new HttpError(400, {
							detail: `JSON parse error - ${/** @type {Error} */ (err).message}`,
						});
					}
					entry.body = body;
				}
			}
		} catch (err) {
			return sendError(err);
		}

		/** @type {Ctx} */
		const ctx = {
			req,
			method,
			rel,
			pathname,
			host: String(req.headers.host || `${opts.host}:${port}`),
			search: u.searchParams,
			query,
			params: m.params,
			route: m.route,
			op,
			collection: baseToCollection.get(m.route.template.replace(/\{[^}]+\}\/.*$/, '')) || '',
			body,
			files,
		};
		try {
			const v = validateRequest(contract, ctx);
			if (v) return send(v.status, v.body);
		} catch (err) {
			return sendError(err);
		}

		if (who.readOnly && method !== 'GET' && method !== 'HEAD' && method !== 'OPTIONS') {
			return send(403, { detail: 'You do not have permission to perform this action.' });
		}

		// fault injection
		const fault = faults.take(method, pathname, rel, body);
		if (fault) {
			entry.fault = fault.fault;
			const io = {
				res,
				entry,
				extraHeaders,
				send,
				wait,
				apply: () => dispatch(ctx),
				rateLimited: () => stats.rateLimited++,
			};
			if (await answerWithFault(fault, io)) return;
		}

		/** @type {Reply} */
		let reply;
		try {
			reply = dispatch(ctx);
		} catch (err) {
			if (!(err instanceof HttpError)) throw err;
			reply = { status: err.status, body: err.body };
		}
		// every answer a handler gives is held to the contract; faults (above) break it on purpose
		for (const violation of validateResponse(contract, ctx, reply.status, reply.body)) {
			violations.push(violation);
			options.onContractViolation?.(violation);
		}
		return send(reply.status, reply.body, reply.headers);
	}

	reseed();
	await new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(opts.port, opts.host, () => resolve(undefined));
	});
	const addr = /** @type {import('net').AddressInfo} */ (server.address());
	const port = addr.port;
	const url = `http://${opts.host}:${port}`;

	const emulator = {
		url,
		baseUrl: `${url}${API_PREFIX}`,
		port,
		keys: Object.freeze({ ...keys }),
		db,
		stats,
		/** IDs of seeded records (see seed.js). */
		ids: seed.IDS,
		get requests() {
			return requests;
		},
		requestsWithoutUserAgent() {
			return requests.filter((r) => !r.userAgent).length;
		},
		servedOperations() {
			return new Set(served);
		},
		/**
		 * The emulator's answers that broke LeafLink's contract since the last call, and forgets them: a test fails on
		 * any (test/helpers/leaflink.ts does it after every test).
		 */
		takeContractViolations() {
			const taken = violations;
			violations = [];
			return taken;
		},
		/** @param {FaultSpec} spec */
		inject(spec) {
			faults.inject(spec);
		},
		/** @param {string} key */
		revokeKey(key) {
			auth.revoke(key);
		},
		reset() {
			requests = [];
			served = new Set();
			faults.reset();
			auth.reset();
			stats.requests = 0;
			stats.rateLimited = 0;
			reseed();
		},
		/**
		 * Adds `n` simple orders quickly (one line item each, statuses cycling Submitted/Accepted/
		 * Fulfilled/Complete, created_on one second apart after the seed orders). Answers the new order numbers.
		 * @param {number} n
		 */
		seedBulkOrders(n) {
			return orders.seedBulkOrders(n);
		},
		stop() {
			stopped = true;
			for (const t of timers) clearTimeout(t);
			timers.clear();
			return new Promise((resolve) => {
				server.close(() => resolve(undefined));
				server.closeAllConnections();
				for (const s of sockets) s.destroy();
			});
		},
	};
	return emulator;
}

module.exports = { startEmulator, DEFAULT_KEYS, IDS: seed.IDS, TRANSITIONS };
