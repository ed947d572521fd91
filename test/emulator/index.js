// @ts-check
'use strict';

/**
 * LeafLink Marketplace V2 sandbox emulator: a stateful in-memory HTTP server that validates every
 * request against LeafLink's own OpenAPI description (see ./spec.js for the validator and the
 * in-memory spec repairs) and answers like LeafLink does (see test/contract/README.md).
 *
 * Per request, in this order: latency -> trailing slash (400) -> route match (404 / 405) ->
 * auth (401) -> rate limit (429) -> validation (400) -> scope (403) -> fault injection -> handler.
 */

const http = require('http');
const crypto = require('crypto');
const Busboy = require('busboy');
const { loadContract, matchRoute } = require('./spec');
const seed = require('./seed');

const API_PREFIX = '/api/v2';
const DEFAULT_LIMIT = 50;
const DEFAULT_KEYS = Object.freeze({
	app: 'app-key-3f9c1e7a5b2d4c6e',
	token: 'token-key-8a1b2c3d4e5f6a7b',
	readOnly: 'readonly-key-0c9d8e7f6a5b4c3d',
});

/**
 * @typedef {{ perMinute?: number, burstPerMinute?: number, timeScale?: number }} RateLimitOptions
 * @typedef {{ port?: number, host?: string, latencyMs?: number, rateLimit?: false | RateLimitOptions,
 *   seed?: boolean, requireUserAgent?: boolean, keys?: Partial<typeof DEFAULT_KEYS>, specFile?: string }} EmulatorOptions
 * @typedef {{ method: string, path: string, template: string | null, query: Record<string, string | string[]>,
 *   body: any, status: number, userAgent: string | null, authScheme: string | null, at: string, fault?: string }} LoggedRequest
 * @typedef {{ method?: string, path?: RegExp | string, times?: number,
 *   fault: 'status' | 'reset' | 'delay' | 'malformed' | 'rateLimit', status?: number, body?: any,
 *   headers?: Record<string, string>, ms?: number, contentType?: string, retryAfter?: number,
 *   applyThenFail?: boolean }} FaultSpec
 * @typedef {{ status: number, body?: any, headers?: Record<string, string> }} Reply
 */

/** Error thrown by handlers to answer with a LeafLink-style error body. */
class HttpError extends Error {
	/** @param {number} status @param {any} body */
	constructor(status, body) {
		super(typeof body === 'object' && body && body.detail ? body.detail : `HTTP ${status}`);
		this.status = status;
		this.body = body;
	}
}
const notFound = () => new HttpError(404, { detail: 'Not found.' });
/** @param {string} field @param {string} msg */
const fieldError = (field, msg) => new HttpError(400, { [field]: [msg] });
/** @param {any} v */
const doesNotExist = (v) => `Invalid pk "${v}" - object does not exist.`;

/**
 * A Map that caches its values as an array (invalidated on every write) so that list endpoints over
 * 20,000 orders do not copy the map on every page. `sortBy` keeps a collection sorted (orders by
 * created_on); otherwise insertion order (= id order) is kept.
 * @extends {Map<string, any>}
 */
class Collection extends Map {
	/** @param {string} name @param {string} key @param {string} [sortBy] */
	constructor(name, key, sortBy) {
		super();
		this.collectionName = name;
		this.keyField = key;
		this.sortBy = sortBy;
		/** @type {any[] | null} */
		this.cache = null;
		this.nextId = 1;
	}
	/** @param {string} k @param {any} v */
	set(k, v) {
		this.cache = null;
		if (this.keyField === 'id' && typeof v.id === 'number' && v.id >= this.nextId) this.nextId = v.id + 1;
		return super.set(String(k), v);
	}
	/** @param {any} k */
	get(k) {
		return super.get(String(k));
	}
	/** @param {any} k */
	has(k) {
		return super.has(String(k));
	}
	/** @param {any} k */
	delete(k) {
		this.cache = null;
		return super.delete(String(k));
	}
	clear() {
		this.cache = null;
		super.clear();
	}
	/** Marks cached list as stale (call after mutating a record in place if sort keys changed). */
	touch() {
		this.cache = null;
	}
	/** @returns {any[]} */
	all() {
		if (!this.cache) {
			const arr = Array.from(super.values());
			if (this.sortBy) {
				const f = this.sortBy;
				arr.sort((a, b) => (a[f] < b[f] ? -1 : a[f] > b[f] ? 1 : 0));
			}
			this.cache = arr;
		}
		return this.cache;
	}
	/** @param {any} rec */
	insert(rec) {
		if (this.keyField === 'id' && rec.id === undefined) rec.id = this.nextId++;
		this.set(rec[this.keyField], rec);
		return rec;
	}
}

/** Template base (`/inventory/items/`) -> collection name; key field where it is not `id`. */
const COLLECTION_OVERRIDES = /** @type {Record<string,string>} */ ({
	'/inventory/items/': 'inventory-items',
	'/inventory/facilities/': 'facilities',
	'/orders-received/': 'orders',
	'/buyer/orders/': 'buyer-orders',
});
const KEY_FIELDS = /** @type {Record<string,string>} */ ({ orders: 'number', reports: 'number' });
const EXTRA_COLLECTIONS = ['order-comments', 'delivery-information'];

/** Order state machine: action -> [allowed from-statuses, to-status, event_type]. */
const TRANSITIONS = /** @type {Record<string, [string[], string, string]>} */ ({
	submit: [['Draft'], 'Submitted', 'edited'],
	accept: [['Submitted', 'Backorder'], 'Accepted', 'accepted'],
	reject: [['Submitted'], 'Rejected', 'edited'],
	backorder: [['Submitted', 'Accepted'], 'Backorder', 'backordered'],
	fulfill: [['Accepted', 'Backorder'], 'Fulfilled', 'edited'],
	ship: [['Fulfilled'], 'Shipped', 'edited'],
	complete: [['Fulfilled', 'Shipped'], 'Complete', 'completed'],
	cancel: [['Draft', 'Submitted', 'Accepted', 'Backorder', 'Fulfilled'], 'Cancelled', 'cancelled'],
});
/** @param {string} status */
function availableTransitions(status) {
	return Object.entries(TRANSITIONS)
		.filter(([, [from]]) => from.includes(status))
		.map(([a]) => a);
}

/** Query names that are not field filters. */
const RESERVED_QUERY = new Set([
	'limit', 'offset', 'fields_include', 'fields_exclude', 'fields_add', 'include_children',
	'external_id_key', 'external_id_values', 'search', 'ordering', 'expand', 'include_archived',
]);
const LOOKUP_RE = /^(.+?)__(gte|lte|gt|lt|icontains|iexact|in|not|startswith|isnull)$/;
const DATE_RE = /^\d{4}-\d{2}-\d{2}/;

const nowIso = () => new Date().toISOString();
/** @param {any} n */
const toMoney = (n) => ({ amount: (Math.round(Number(n) * 100) / 100).toFixed(2), currency: 'USD' });
/** @param {any} v */
const num = (v) => {
	if (v && typeof v === 'object' && 'amount' in v) v = v.amount;
	const n = Number(v);
	return Number.isFinite(n) ? n : 0;
};

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
		rateLimit: options.rateLimit || false,
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
	for (const name of allNames) db[name] = new Collection(name, KEY_FIELDS[name] || 'id', name === 'orders' ? 'created_on' : undefined);

	/** order number -> Set of child ids, for the bare-array sub-resources */
	const idx = {
		lineItems: /** @type {Map<string, Set<number>>} */ (new Map()),
		payments: /** @type {Map<string, Set<number>>} */ (new Map()),
		comments: /** @type {Map<string, Set<number>>} */ (new Map()),
	};
	/** @param {Map<string, Set<number>>} m @param {string} order @param {number} id */
	const indexAdd = (m, order, id) => {
		let s = m.get(order);
		if (!s) m.set(order, (s = new Set()));
		s.add(id);
	};

	/** @type {LoggedRequest[]} */
	let requests = [];
	/** @type {Set<string>} */
	let served = new Set();
	/** @type {(FaultSpec & {remaining: number})[]} */
	let faults = [];
	/** @type {Set<string>} */
	let revoked = new Set();
	/** @type {Map<string, {tokens: number, last: number}>} */
	let buckets = new Map();
	const stats = { requests: 0, rateLimited: 0 };
	let bulkCounter = 0;

	function reseed() {
		for (const c of Object.values(db)) {
			c.clear();
			c.nextId = 1;
		}
		idx.lineItems.clear();
		idx.payments.clear();
		idx.comments.clear();
		bulkCounter = 0;
		if (!opts.seed) return;
		const s = /** @type {Record<string, any[]>} */ (seed.buildSeed());
		for (const [name, rows] of Object.entries(s)) {
			const c = db[name];
			if (!c) throw new Error(`seed collection ${name} has no route`);
			for (const r of rows) c.insert(r);
		}
		for (const li of db['line-items'].values()) indexAdd(idx.lineItems, li.order, li.id);
		for (const p of db['order-payments'].values()) indexAdd(idx.payments, p.order, p.id);
		for (const c of db['order-comments'].values()) indexAdd(idx.comments, c.order, c.id);
		for (const o of db.orders.values()) recomputeOrder(o, false);
		// the seeded Complete order is fully paid
		const complete = db.orders.get(seed.IDS.orders.complete);
		const pay = db['order-payments'].get(1102);
		if (complete && pay) {
			pay.total = toMoney(complete.total.amount);
			recomputeOrder(complete, false);
		}
		for (const name of Object.keys(db)) {
			const c = db[name];
			if (c.keyField === 'id') {
				let max = 0;
				for (const r of c.values()) if (typeof r.id === 'number' && r.id > max) max = r.id;
				c.nextId = Math.max(max + 1, 10000);
			}
		}
	}

	// ---------- order helpers ----------
	/** @param {string} number */
	const lineItemsOf = (number) => [...(idx.lineItems.get(number) || [])].map((id) => db['line-items'].get(id)).filter(Boolean);
	/** @param {string} number */
	const paymentsOf = (number) => [...(idx.payments.get(number) || [])].map((id) => db['order-payments'].get(id)).filter(Boolean);
	/** @param {string} number */
	const commentsOf = (number) => [...(idx.comments.get(number) || [])].map((id) => db['order-comments'].get(id)).filter(Boolean);

	/** @param {any} o @param {boolean} [touch] */
	function recomputeOrder(o, touch = true) {
		let subtotal = 0;
		for (const li of lineItemsOf(o.number)) {
			const sale = num(li.sale_price);
			const unit = sale > 0 ? sale : num(li.ordered_unit_price);
			subtotal += unit * num(li.quantity);
		}
		const discount = o.discount_type === '$' ? num(o.discount) : (subtotal * num(o.discount)) / 100;
		const taxable = subtotal - discount;
		const tax = o.tax_type === '$' ? num(o.tax_amount) : (taxable * num(o.tax_amount)) / 100;
		const total = taxable + tax + num(o.shipping_charge);
		o.final_tax = tax.toFixed(2);
		o.total = toMoney(total);
		const paid = paymentsOf(o.number).reduce((s, p) => s + num(p.total), 0);
		o.payment_balance = Math.max(0, total - paid).toFixed(2);
		if (touch) o.modified = nowIso();
	}

	/** @param {string} number @param {string} eventType @param {string} description @param {any} [changed] */
	function logEvent(number, eventType, description, changed = {}) {
		const t = nowIso();
		db['order-event-logs'].insert({ order: number, author_name: 'API', by: 'api', event_type: eventType, description, created_on: t, modified: t, timestamp: t, changed_fields: changed, source: 'api', source_detail: 'emulator' });
	}

	/** @param {number} id */
	function staffRef(id) {
		const s = db['company-staff'].get(id);
		return { id, user: s ? s.display_name : `Staff ${id}` };
	}

	/** @param {any} o @param {Set<string>} include */
	function serializeOrder(o, include) {
		const out = { ...o, available_transitions: availableTransitions(o.status) };
		let items = lineItemsOf(o.number);
		if (include.has('line_items')) {
			items = items.map((li) => ({ ...li, product: db.products.get(li.product) || li.product }));
		}
		out.line_items = items;
		if (include.has('customer') && o.customer) out.customer = db.customers.get(o.customer.id) || o.customer;
		if (include.has('sales_reps')) out.sales_reps = o.sales_reps.map((/** @type {any} */ r) => db['company-staff'].get(r.id) || r);
		return out;
	}

	/** @param {string} number */
	function getOrder(number) {
		const o = db.orders.get(number);
		if (!o) throw notFound();
		return o;
	}

	/** @param {string} orderNumber @param {any} body @param {any} product */
	function buildLineItem(orderNumber, body, product) {
		/** @type {any} */
		const li = seed.makeLineItem(0, orderNumber, product, num(body.quantity));
		delete li.id;
		Object.assign(li, body, { order: orderNumber, order_id: orderNumber, product: String(product.id) });
		li.quantity = num(body.quantity).toFixed(4);
		return db['line-items'].insert(li);
	}

	/** @param {any} body @param {string} field */
	function resolveProduct(body, field = 'product') {
		const p = db.products.get(String(body.product));
		if (!p) throw fieldError(field, doesNotExist(body.product));
		return p;
	}

	/** external_ids merge: keys set, `null` removes; values at most 36 characters. */
	function mergeExternalIds(/** @type {any} */ current, /** @type {any} */ patch) {
		if (patch === null) return {};
		if (typeof patch !== 'object' || Array.isArray(patch)) throw fieldError('external_ids', 'Expected a dictionary of items.');
		const out = { ...(current || {}) };
		for (const [k, v] of Object.entries(patch)) {
			if (v === null) delete out[k];
			else if (typeof v !== 'string' && typeof v !== 'number') throw fieldError('external_ids', `Value for "${k}" must be a string.`);
			else if (String(v).length > 36) throw fieldError('external_ids', 'Ensure this field has no more than 36 characters.');
			else out[k] = String(v);
		}
		return out;
	}

	// ---------- generic collection handlers ----------
	/**
	 * @param {any[]} rows
	 * @param {Record<string, string | string[]>} query
	 */
	function applyFilters(rows, query) {
		/** @type {((r: any) => boolean)[]} */
		const preds = [];
		const sample = rows[0];
		if (!sample) return rows;
		for (const [name, rawV] of Object.entries(query)) {
			if (RESERVED_QUERY.has(name)) continue;
			const raw = String(Array.isArray(rawV) ? rawV[rawV.length - 1] : rawV);
			let field = name;
			let op = 'eq';
			const m = LOOKUP_RE.exec(name);
			if (m) {
				field = m[1];
				op = m[2];
			}
			if (!(field in sample)) {
				if (field.endsWith('_id') && field.slice(0, -3) in sample) field = field.slice(0, -3);
				else if (field === 'sales_rep' && 'sales_reps' in sample) field = 'sales_reps';
				else if (field === 'order_id' && 'number' in sample) field = 'number';
				else if (field === 'company' && 'seller' in sample) field = 'seller';
				else if (field === 'is_archived' && 'archived' in sample) field = 'archived';
				else continue; // declared by the spec but not a field we hold: accepted and ignored
			}
			const f = field;
			preds.push((r) => matchValue(r[f], op, raw));
		}
		if (query.external_id_key) {
			const key = String(query.external_id_key);
			const values = query.external_id_values ? String(query.external_id_values).split(',').map((s) => s.trim()) : null;
			preds.push((r) => {
				const e = r.external_ids;
				if (!e || !(key in e)) return false;
				return !values || values.includes(String(e[key]));
			});
		}
		if (query.search) {
			const q = String(query.search).toLowerCase();
			preds.push((r) => Object.values(r).some((v) => typeof v === 'string' && v.toLowerCase().includes(q)));
		}
		if (!preds.length) return rows;
		return rows.filter((r) => preds.every((p) => p(r)));
	}

	/**
	 * @param {any} v record value
	 * @param {string} op
	 * @param {string} raw query value
	 * @returns {boolean}
	 */
	function matchValue(v, op, raw) {
		if (Array.isArray(v)) {
			if (op === 'not') return !v.some((x) => matchValue(x, 'eq', raw));
			if (op === 'isnull') return (raw === 'true') === (v.length === 0);
			return v.some((x) => matchValue(x, op, raw));
		}
		if (v && typeof v === 'object' && 'id' in v) v = v.id;
		const s = v === null || v === undefined ? '' : String(v).toLowerCase();
		const r = raw.toLowerCase();
		switch (op) {
			case 'eq':
				if (s === r) return true;
				return r.includes(',') && !s.includes(',') ? r.split(',').map((x) => x.trim()).includes(s) : false;
			case 'iexact':
				return s === r;
			case 'not':
				return s !== r;
			case 'in':
				return r.split(',').map((x) => x.trim()).includes(s);
			case 'icontains':
				return s.includes(r);
			case 'startswith':
				return v !== null && v !== undefined && String(v).startsWith(raw);
			case 'isnull':
				return (r === 'true' || r === '1') === (v === null || v === undefined);
			default: {
				if (v === null || v === undefined) return false;
				const c = compare(v, raw);
				return op === 'gt' ? c > 0 : op === 'gte' ? c >= 0 : op === 'lt' ? c < 0 : c <= 0;
			}
		}
	}

	/** @param {any} a @param {string} b */
	function compare(a, b) {
		if (typeof a === 'string' && DATE_RE.test(a) && DATE_RE.test(b)) {
			const x = Date.parse(a);
			const y = Date.parse(b);
			if (!Number.isNaN(x) && !Number.isNaN(y)) return x - y;
		}
		const x = Number(a);
		const y = Number(b);
		if (!Number.isNaN(x) && !Number.isNaN(y) && String(a).trim() !== '' && b.trim() !== '') return x - y;
		return String(a) < b ? -1 : String(a) > b ? 1 : 0;
	}

	/** @param {any} rec @param {Record<string, string | string[]>} query */
	function shapeFields(rec, query) {
		if (query.fields_include) {
			const keep = String(query.fields_include).split(',').map((s) => s.trim());
			/** @type {any} */
			const out = {};
			for (const k of keep) if (k in rec) out[k] = rec[k];
			rec = out;
		}
		if (query.fields_exclude) {
			rec = { ...rec };
			for (const k of String(query.fields_exclude).split(',')) delete rec[k.trim()];
		}
		return rec;
	}

	/** @param {Record<string, string | string[]>} query */
	const includeSet = (query) => new Set(query.include_children ? String(query.include_children).split(',').map((s) => s.trim()) : []);

	/**
	 * @param {Ctx} ctx
	 * @param {any[]} rows
	 * @param {(r: any) => any} [serialize]
	 */
	function paginate(ctx, rows, serialize = (r) => r) {
		const q = ctx.query;
		let limit = parseInt(String(q.limit ?? ''), 10);
		if (!Number.isFinite(limit) || limit <= 0) limit = DEFAULT_LIMIT;
		let offset = parseInt(String(q.offset ?? ''), 10);
		if (!Number.isFinite(offset) || offset < 0) offset = 0;
		if (q.ordering) {
			const keys = String(q.ordering).split(',').map((s) => s.trim()).filter(Boolean);
			rows = [...rows].sort((a, b) => {
				for (const k of keys) {
					const desc = k.startsWith('-');
					const f = desc ? k.slice(1) : k;
					const c = a[f] === b[f] ? 0 : a[f] === undefined || a[f] === null ? -1 : b[f] === undefined || b[f] === null ? 1 : a[f] < b[f] ? -1 : 1;
					if (c) return desc ? -c : c;
				}
				return 0;
			});
		}
		const count = rows.length;
		const page = rows.slice(offset, offset + limit);
		/** @param {number | null} off */
		const link = (off) => {
			const sp = new URLSearchParams(ctx.search);
			sp.set('limit', String(limit));
			if (off) sp.set('offset', String(off));
			else sp.delete('offset');
			return `http://${ctx.host}${API_PREFIX}${ctx.rel}?${sp.toString()}`;
		};
		return {
			count,
			next: offset + limit < count ? link(offset + limit) : null,
			previous: offset > 0 ? link(Math.max(0, offset - limit)) : null,
			results: page.map((r) => shapeFields(serialize(r), q)),
		};
	}

	/** @param {Ctx} ctx @returns {Reply} */
	function genericList(ctx) {
		const c = db[ctx.collection];
		let rows = c.all();
		if (ctx.collection === 'inventory-items' && String(ctx.query.include_archived) !== 'true') rows = rows.filter((r) => !r.is_archived);
		if (ctx.collection === 'activity-entries' && ctx.query.delete === undefined && ctx.query.is_deleted === undefined) rows = rows.filter((r) => !r.delete);
		rows = applyFilters(rows, ctx.query);
		return { status: 200, body: paginate(ctx, rows) };
	}

	/** @param {Ctx} ctx */
	function genericGetRecord(ctx) {
		const c = db[ctx.collection];
		const key = ctx.params[ctx.route.paramNames[0]];
		const r = c.get(key);
		if (!r) throw notFound();
		return r;
	}

	/** @param {Ctx} ctx @returns {Reply} */
	function genericRead(ctx) {
		return { status: 200, body: shapeFields(genericGetRecord(ctx), ctx.query) };
	}

	/** @param {Ctx} ctx @returns {Reply} */
	function genericCreate(ctx) {
		const c = db[ctx.collection];
		const body = { ...(ctx.body || {}) };
		const sample = c.all()[0] || {};
		const t = nowIso();
		/** @type {any} */
		const rec = {};
		if (c.keyField === 'id') rec.id = c.nextId++;
		if (c.keyField === 'number') rec.number = crypto.randomUUID();
		if ('created_on' in sample || ['contacts', 'activity-entries', 'customers', 'products', 'retailer-inventory'].includes(ctx.collection)) rec.created_on = t;
		if ('modified' in sample || ['contacts', 'activity-entries', 'customers', 'products', 'retailer-inventory'].includes(ctx.collection)) rec.modified = t;
		if (ctx.collection === 'products' || ctx.collection === 'customers') rec.external_ids = {};
		if (ctx.collection === 'products') Object.assign(rec, { last_edit: t, display_name: body.name, reserved_qty: '0.0000', archived: false });
		if (ctx.collection === 'customers') Object.assign(rec, { archived: false, delinquent: false });
		if (ctx.collection === 'reports') Object.assign(rec, { status: 'completed', request_time: t, complete_time: t, export: `https://files.emulator.local/reports/${rec.number}.csv`, query: {} });
		if (ctx.collection === 'activity-entries') rec.delete = false;
		if (ctx.collection === 'contacts') rec.delete = false;
		for (const [k, v] of Object.entries(body)) {
			if (k === 'external_ids') rec.external_ids = mergeExternalIds({}, v);
			else if (k !== 'id' && k !== 'number') rec[k] = v;
		}
		c.insert(rec);
		return { status: 201, body: rec };
	}

	/** @param {Ctx} ctx @returns {Reply} */
	function genericPatch(ctx) {
		const rec = genericGetRecord(ctx);
		applyPatch(rec, ctx.body || {});
		db[ctx.collection].touch();
		return { status: 200, body: rec };
	}

	/** @param {any} rec @param {any} body @param {string[]} [readOnly] */
	function applyPatch(rec, body, readOnly = ['id', 'number', 'created_on', 'modified', 'short_id']) {
		for (const [k, v] of Object.entries(body)) {
			if (readOnly.includes(k)) continue;
			if (k === 'external_ids') rec.external_ids = mergeExternalIds(rec.external_ids, v);
			else rec[k] = v;
		}
		if ('modified' in rec) rec.modified = nowIso();
		if ('last_edit' in rec) rec.last_edit = rec.modified || nowIso();
	}

	/** @param {Ctx} ctx @returns {Reply} */
	function genericDelete(ctx) {
		const c = db[ctx.collection];
		const rec = genericGetRecord(ctx);
		const declares200 = ctx.op.responses && ctx.op.responses['200'] && !ctx.op.responses['204'];
		if (declares200) {
			// soft delete, answering the record (spec: 200 with the object)
			if (ctx.collection === 'products') Object.assign(rec, { listing_state: 'Archived', display_listing_state: 'Archived' });
			else if (ctx.collection === 'activity-entries') rec.delete = true;
			else rec.archived = true;
			if ('modified' in rec) rec.modified = nowIso();
			c.touch();
			return { status: 200, body: rec };
		}
		c.delete(rec[c.keyField]);
		return { status: 204 };
	}

	// ---------- specific handlers ----------
	/** @type {Record<string, (ctx: Ctx) => Reply>} */
	const handlers = {
		'GET /orders-received/': (ctx) => {
			const inc = includeSet(ctx.query);
			const rows = applyFilters(db.orders.all(), ctx.query);
			return { status: 200, body: paginate(ctx, rows, (o) => serializeOrder(o, inc)) };
		},
		'GET /orders-received/{number}/': (ctx) => ({
			status: 200,
			body: shapeFields(serializeOrder(getOrder(ctx.params.number), includeSet(ctx.query)), ctx.query),
		}),
		'POST /orders-received/': (ctx) => {
			const b = ctx.body;
			const cust = db.customers.get(b.customer.id);
			if (!cust) throw new HttpError(400, { customer: [doesNotExist(b.customer.id)] });
			const products = b.line_items.map((/** @type {any} */ li, /** @type {number} */ i) => {
				const p = db.products.get(String(li.product));
				if (!p) throw new HttpError(400, { line_items: [`[${i}].product: ${doesNotExist(li.product)}`] });
				return p;
			});
			for (const r of b.sales_reps || []) if (!db['company-staff'].has(r.id)) throw new HttpError(400, { sales_reps: [doesNotExist(r.id)] });
			const number = crypto.randomUUID();
			const t = nowIso();
			const short = number.slice(-8);
			/** @type {any} */
			const o = {
				number, short_id: short, external_id_seller: b.external_id_seller ?? null, external_id_buyer: null,
				ext_acct_id: b.ext_acct_id ?? cust.ext_acct_id ?? null, created_on: t, user: 'api', buyer: cust.partner || null,
				seller: b.seller, customer: { id: cust.id, display_name: cust.name, ext_acct_id: cust.ext_acct_id, delinquent: cust.delinquent },
				brand: b.brand ?? null, status: b.status, manual: false, discount: b.discount ?? 0, discount_type: b.discount_type ?? '%',
				tax_amount: b.tax_amount ?? 0, tax_type: b.tax_type ?? '%', final_tax: '0.00', shipping_charge: b.shipping_charge ? toMoney(num(b.shipping_charge)) : toMoney(0),
				total: toMoney(0), payment_term: b.payment_term ?? null, payment_methods: [], selected_payment_option: null,
				payment_due_date: b.payment_due_date ?? null, paid: b.paid ?? false, paid_date: b.paid_date ?? null, ship_date: b.ship_date ?? null,
				shipping_details: b.shipping_details ?? null, notes: b.notes ?? '', internal_notes: b.internal_notes ?? null,
				delivery_preferences: b.delivery_preferences ?? cust.delivery_preferences ?? null,
				sales_reps: (b.sales_reps || []).map((/** @type {any} */ r) => staffRef(r.id)), classification: 'Adult Use', payment_balance: '0.00',
				available_transitions: [], modified: t, has_special_requests: false, delivery_provider: b.delivery_provider ?? null, order_taxes: [],
				delivery_info: b.delivery_info ?? null, is_combination: false, llf_payment_method: false, credits: '0.00', facility_id: b.facility_id ?? null,
				order_number: number, order_seller_number: short, order_buyer_number: short, order_short_number: short, distributor: '',
				external_ids: {}, corporate_address: { ...(cust.corporate_address || {}) }, delivery_address: { ...(cust.delivery_address || {}) },
			};
			db.orders.insert(o);
			b.line_items.forEach((/** @type {any} */ li, /** @type {number} */ i) => indexAdd(idx.lineItems, number, buildLineItem(number, li, products[i]).id));
			for (const r of b.sales_reps || []) db['order-sales-reps'].insert({ order: number, rep: r.id, created_on: t });
			recomputeOrder(o, false);
			logEvent(number, 'created', 'Order created via API');
			return { status: 201, body: serializeOrder(o, new Set()) };
		},
		'PATCH /orders-received/{number}/': (ctx) => {
			const o = getOrder(ctx.params.number);
			const b = { ...ctx.body };
			if (b.sales_reps) {
				for (const r of b.sales_reps) if (!db['company-staff'].has(r.id)) throw new HttpError(400, { sales_reps: [doesNotExist(r.id)] });
				o.sales_reps = b.sales_reps.map((/** @type {any} */ r) => staffRef(r.id));
				delete b.sales_reps;
			}
			if (b.shipping_charge !== undefined) b.shipping_charge = toMoney(num(b.shipping_charge));
			applyPatch(o, b, ['id', 'number', 'created_on', 'modified', 'short_id', 'status', 'available_transitions', 'payment_balance', 'order_number']);
			recomputeOrder(o);
			logEvent(o.number, 'edited', 'Order edited via API', Object.fromEntries(Object.keys(ctx.body).map((k) => [k, null])));
			return { status: 200, body: serializeOrder(o, new Set()) };
		},
		'DELETE /orders-received/{number}/': (ctx) => {
			const o = getOrder(ctx.params.number);
			if (o.status !== 'Draft') throw new HttpError(400, { detail: `Only draft orders can be deleted. This order is ${o.status}.` });
			for (const id of idx.lineItems.get(o.number) || []) db['line-items'].delete(id);
			for (const id of idx.payments.get(o.number) || []) db['order-payments'].delete(id);
			for (const id of idx.comments.get(o.number) || []) db['order-comments'].delete(id);
			for (const r of [...db['order-sales-reps'].values()]) if (r.order === o.number) db['order-sales-reps'].delete(r.id);
			idx.lineItems.delete(o.number);
			idx.payments.delete(o.number);
			idx.comments.delete(o.number);
			db.orders.delete(o.number);
			return { status: 204 };
		},
		'POST /orders-received/{number}/transition/{action}/': (ctx) => {
			const o = getOrder(ctx.params.number);
			const action = ctx.params.action;
			const t = TRANSITIONS[action];
			if (!t) {
				throw new HttpError(400, {
					errors: [{ title: 'Invalid transition', detail: `Unknown transition "${action}". Valid transitions: ${Object.keys(TRANSITIONS).join(', ')}.`, source: { pointer: '/data/attributes/action' } }],
				});
			}
			const [from, to, eventType] = t;
			if (!from.includes(o.status)) {
				throw new HttpError(400, {
					errors: [{ title: 'Invalid transition', detail: `Cannot ${action} an order whose status is ${o.status}.`, source: { pointer: '/data/attributes/status' } }],
				});
			}
			const prev = o.status;
			o.status = to;
			if (to === 'Shipped' && !o.ship_date) o.ship_date = nowIso().slice(0, 10);
			o.modified = nowIso();
			logEvent(o.number, eventType, `Order ${action}: ${prev} -> ${to}`, { status: [prev, to] });
			return { status: 200, body: serializeOrder(o, new Set()) };
		},
		'GET /orders-received/{number}/line-items/': (ctx) => ({ status: 200, body: lineItemsOf(getOrder(ctx.params.number).number) }),
		'GET /orders-received/{number}/payments/': (ctx) => ({ status: 200, body: paymentsOf(getOrder(ctx.params.number).number) }),
		'GET /orders-received/{number}/comments/': (ctx) => ({ status: 200, body: commentsOf(getOrder(ctx.params.number).number) }),
		'GET /orders/{order_number}/delivery-information/': (ctx) => {
			const o = getOrder(ctx.params.order_number);
			const info = db['delivery-information'].all().find((d) => d.order === o.number);
			const { id: _id, order: _o, ...rest } = info || { id: 0, order: '', acquire_date: null, acquire_type: null, get_acquire_type_display: '', manifest_number: null };
			return { status: 200, body: { order_number: o.number, delivery_provider: o.delivery_provider, ...rest } };
		},
		'POST /line-items/': (ctx) => {
			const b = ctx.body;
			if (b.order === undefined || b.order === null) throw fieldError('order', 'This field is required.');
			const o = db.orders.get(String(b.order));
			if (!o) throw fieldError('order', doesNotExist(b.order));
			const p = resolveProduct(b);
			const li = buildLineItem(o.number, b, p);
			indexAdd(idx.lineItems, o.number, li.id);
			recomputeOrder(o);
			logEvent(o.number, 'edited', 'Line item added', { line_items: null });
			return { status: 201, body: li };
		},
		'PATCH /line-items/{id}/': (ctx) => {
			const li = genericGetRecord(ctx);
			const b = { ...ctx.body };
			if (b.quantity !== undefined) b.quantity = num(b.quantity).toFixed(4);
			applyPatch(li, b, ['id', 'order', 'order_id', 'product']);
			const o = db.orders.get(li.order);
			if (o) recomputeOrder(o);
			return { status: 200, body: li };
		},
		'DELETE /line-items/{id}/': (ctx) => {
			const li = genericGetRecord(ctx);
			db['line-items'].delete(li.id);
			const s = idx.lineItems.get(li.order);
			if (s) s.delete(li.id);
			const o = db.orders.get(li.order);
			if (o) recomputeOrder(o);
			return { status: 204 };
		},
		'POST /order-payments/': (ctx) => {
			const b = ctx.body;
			const o = db.orders.get(String(b.order));
			if (!o) throw fieldError('order', doesNotExist(b.order));
			const staff = db['company-staff'].get(b.recorded_by);
			if (!staff) throw fieldError('recorded_by', doesNotExist(b.recorded_by));
			const t = nowIso();
			const p = db['order-payments'].insert({
				created_on: t, modified: t, order: o.number, recorded_by: b.recorded_by, recorder_name: staff.display_name,
				total: toMoney(num(b.total)), payment_date: b.payment_date, reason: b.reason ?? '', payment_type: b.payment_type ?? 'other',
			});
			indexAdd(idx.payments, o.number, p.id);
			recomputeOrder(o);
			if (num(o.payment_balance) <= 0 && !o.paid) {
				o.paid = true;
				o.paid_date = String(b.payment_date).slice(0, 10);
			}
			return { status: 201, body: p };
		},
		'POST /order-sales-reps/': (ctx) => {
			const b = ctx.body;
			const o = db.orders.get(String(b.order));
			if (!o) throw fieldError('order', doesNotExist(b.order));
			if (!db['company-staff'].has(b.rep)) throw fieldError('rep', doesNotExist(b.rep));
			const rec = db['order-sales-reps'].insert({ order: o.number, rep: b.rep, created_on: nowIso() });
			if (!o.sales_reps.some((/** @type {any} */ r) => r.id === b.rep)) o.sales_reps.push(staffRef(b.rep));
			o.modified = nowIso();
			return { status: 201, body: rec };
		},
		'DELETE /order-sales-reps/{id}/': (ctx) => {
			const rec = genericGetRecord(ctx);
			db['order-sales-reps'].delete(rec.id);
			const o = db.orders.get(rec.order);
			if (o && ![...db['order-sales-reps'].values()].some((r) => r.order === o.number && r.rep === rec.rep)) {
				o.sales_reps = o.sales_reps.filter((/** @type {any} */ r) => r.id !== rec.rep);
				o.modified = nowIso();
			}
			return { status: 204 };
		},
		'POST /product-images/': (ctx) => {
			const b = ctx.body;
			const file = ctx.files.image;
			if (!file) throw fieldError('image', 'No file was submitted.');
			if (!db.products.has(b.product)) throw fieldError('product', doesNotExist(b.product));
			const id = db['product-images'].nextId;
			const rec = db['product-images'].insert({
				id, image: `https://files.emulator.local/product-images/${id}/${encodeURIComponent(file.filename)}`, product: b.product, position: b.position,
				filename: file.filename, content_type: file.mimeType, size: file.size, sha256: file.sha256,
			});
			const p = db.products.get(b.product);
			p.image_count = String(db['product-images'].all().filter((i) => i.product === b.product).length);
			return { status: 201, body: rec };
		},
		'POST /batch-documents/': (ctx) => {
			const b = ctx.body;
			const file = ctx.files.document;
			if (!file) throw fieldError('document', 'No file was submitted.');
			const batch = db.batches.get(b.batch);
			if (!batch) throw fieldError('batch', doesNotExist(b.batch));
			const t = nowIso();
			const id = db['batch-documents'].nextId;
			const rec = db['batch-documents'].insert({
				id, batch: b.batch, created_on: t, modified: t, summary: b.summary ?? '',
				document: `https://files.emulator.local/batch-documents/${id}/${encodeURIComponent(file.filename)}`,
				filename: file.filename, content_type: file.mimeType, size: file.size, sha256: file.sha256,
			});
			return { status: 201, body: rec };
		},
		'GET /batches/': (ctx) => {
			let rows = applyFilters(db.batches.all(), ctx.query);
			// `products` is not a batch field: a batch matches through its product assignments
			if (ctx.query.products !== undefined) {
				const wanted = String(ctx.query.products).split(',').map((s) => s.trim());
				const ids = new Set(db['product-batches'].all().filter((a) => wanted.includes(String(a.product))).map((a) => a.batch));
				rows = rows.filter((b) => ids.has(b.id));
			}
			return { status: 200, body: paginate(ctx, rows, withDocuments) };
		},
		'GET /batches/{id}/': (ctx) => ({ status: 200, body: shapeFields(withDocuments(genericGetRecord(ctx)), ctx.query) }),
	};

	/** @param {any} batch */
	function withDocuments(batch) {
		if (!batch || batch.id === undefined) return batch;
		const documents = db['batch-documents'].all()
			.filter((d) => d.batch === batch.id)
			.map((d) => ({ id: d.id, created_on: d.created_on, modified: d.modified, summary: d.summary, document: d.document }));
		return { ...batch, documents };
	}

	/**
	 * @typedef {{ req: http.IncomingMessage, method: string, rel: string, pathname: string, host: string,
	 *   search: URLSearchParams, query: Record<string, string | string[]>, params: Record<string,string>,
	 *   route: import('./spec').Route, op: any, collection: string, body: any,
	 *   files: Record<string, {filename: string, mimeType: string, size: number, sha256: string}> }} Ctx
	 */

	/** @param {Ctx} ctx @returns {Reply} */
	function dispatch(ctx) {
		const key = `${ctx.method} ${ctx.route.template}`;
		const h = handlers[key];
		if (h) return h(ctx);
		const isItem = ctx.route.paramNames.length > 0;
		switch (ctx.method) {
			case 'GET':
				return isItem ? genericRead(ctx) : genericList(ctx);
			case 'POST':
				return genericCreate(ctx);
			case 'PATCH':
				return genericPatch(ctx);
			case 'DELETE':
				return genericDelete(ctx);
			default:
				throw new HttpError(405, { detail: `Method "${ctx.method}" not allowed.` });
		}
	}

	// ---------- auth, rate limit ----------
	/**
	 * @param {string | undefined} header
	 * @returns {{ ok: true, key: string, scheme: string, readOnly: boolean } | { ok: false, scheme: string | null, detail: string }}
	 */
	function authenticate(header) {
		if (!header) return { ok: false, scheme: null, detail: 'Authentication credentials were not provided.' };
		const m = /^(App|Token)( +)(.*)$/.exec(header);
		if (!m) {
			const word = /^(\S+)/.exec(header);
			return { ok: false, scheme: word ? word[1] : null, detail: 'Authentication credentials were not provided.' };
		}
		const [, scheme, spaces, key] = m;
		if (spaces.length !== 1 || /\s/.test(key) || !key) {
			return { ok: false, scheme, detail: key ? 'Invalid token header. Token string should not contain spaces.' : 'Invalid token header. No credentials provided.' };
		}
		if (revoked.has(key)) return { ok: false, scheme, detail: 'Invalid token.' };
		if (key === keys.app && scheme === 'App') return { ok: true, key, scheme, readOnly: false };
		if (key === keys.token && scheme === 'Token') return { ok: true, key, scheme, readOnly: false };
		if (key === keys.readOnly) return { ok: true, key, scheme, readOnly: true };
		return { ok: false, scheme, detail: 'Invalid token.' };
	}

	/**
	 * Rate-limit model (per key owner): a token bucket of capacity `burstPerMinute - perMinute`
	 * (at least 1), starting full, refilled continuously at `perMinute / 60` tokens per second.
	 * Sustained throughput is therefore `perMinute`, and no rolling minute can exceed
	 * `(burst - perMinute) + perMinute = burstPerMinute` requests. `timeScale` speeds time up:
	 * with timeScale 60 a "minute" lasts one real second (refill x60, all reported seconds /60).
	 * Headers: RateLimit-Limit = bucket capacity, RateLimit-Remaining = whole tokens left,
	 * RateLimit-Reset = real seconds until the bucket is full again; Retry-After on 429 = real
	 * seconds until one token is available (fractional when timeScale > 1).
	 * @param {string} key
	 */
	function rateCheck(key) {
		const rl = /** @type {RateLimitOptions} */ (opts.rateLimit);
		const perMinute = rl.perMinute ?? 300;
		const burst = rl.burstPerMinute ?? 1000;
		const scale = rl.timeScale ?? 1;
		const capacity = Math.max(1, burst - perMinute);
		const ratePerMs = (perMinute / 60 / 1000) * scale;
		const now = Date.now();
		let b = buckets.get(key);
		if (!b) buckets.set(key, (b = { tokens: capacity, last: now }));
		b.tokens = Math.min(capacity, b.tokens + (now - b.last) * ratePerMs);
		b.last = now;
		/** @param {number} secs */
		const fmt = (secs) => (scale === 1 ? String(Math.ceil(secs)) : String(Math.ceil(secs * 1000) / 1000));
		let allowed = false;
		if (b.tokens >= 1) {
			b.tokens -= 1;
			allowed = true;
		}
		const headers = {
			'RateLimit-Limit': String(capacity),
			'RateLimit-Remaining': String(Math.floor(b.tokens)),
			'RateLimit-Reset': fmt((capacity - b.tokens) / ratePerMs / 1000),
		};
		if (allowed) return { allowed, headers };
		const wait = (1 - b.tokens) / ratePerMs / 1000;
		return { allowed, headers: { ...headers, 'Retry-After': fmt(wait) }, waitSeconds: wait };
	}

	// ---------- validation ----------
	/**
	 * @param {Ctx} ctx
	 * @returns {any | null} error body or null
	 */
	function validate(ctx) {
		const op = ctx.op;
		const ct = String(ctx.req.headers['content-type'] || '').split(';')[0].trim().toLowerCase();
		const declared = op.requestBody && op.requestBody.content ? Object.keys(op.requestBody.content) : [];
		const hasBody = ctx.body !== undefined;
		if (hasBody && declared.length && !declared.includes(ct)) {
			return { status: 415, body: { detail: `Unsupported media type "${ct || 'none'}" in request.` } };
		}
		if (!declared.length && hasBody && (typeof ctx.body !== 'object' || ctx.body === null || Array.isArray(ctx.body))) {
			return { status: 400, body: { non_field_errors: [`Invalid data. Expected a dictionary, but got ${pyType(ctx.body)}.`] } };
		}
		// An operation that declares a body but got none is validated (and handled) as `{}`, so the
		// required fields show up in the field map instead of the handler failing.
		if (!hasBody && declared.length) ctx.body = {};
		/** @type {any} */
		let body = ctx.body;
		if (ct === 'multipart/form-data' && body) {
			body = { ...body };
			for (const f of Object.keys(ctx.files)) body[f] = `(binary ${ctx.files[f].size} bytes)`;
		}
		const result = contract.api.validateRequest(
			{
				method: ctx.method.toLowerCase(),
				path: ctx.rel,
				query: { ...ctx.query },
				headers: /** @type {any} */ (ctx.req.headers),
				body: declared.length ? body : undefined,
			},
			op,
		);
		if (!result.errors || !result.errors.length) return null;
		return { status: 400, body: errorBody(result.errors, ctx) };
	}

	/** @param {any} v */
	function pyType(v) {
		if (Array.isArray(v)) return 'list';
		if (v === null) return 'NoneType';
		return { string: 'str', number: Number.isInteger(v) ? 'int' : 'float', boolean: 'bool', object: 'dict' }[/** @type {string} */ (typeof v)] || typeof v;
	}

	/**
	 * Maps Ajv errors to LeafLink's shapes: query/path problems -> `{"errors": [...]}` (JSON:API style),
	 * body problems -> DRF field map `{"field": ["message"]}`.
	 * @param {any[]} errors
	 * @param {Ctx} ctx
	 */
	function errorBody(errors, ctx) {
		const paramErrs = errors.filter((e) => /^\/(query|path)/.test(e.instancePath));
		if (paramErrs.some((e) => e.instancePath.startsWith('/path'))) throw notFound();
		if (paramErrs.length) {
			const seen = new Set();
			const list = [];
			for (const e of paramErrs) {
				const name = e.keyword === 'additionalProperties' ? e.params.additionalProperty : e.instancePath.split('/')[2];
				if (seen.has(name)) continue;
				seen.add(name);
				const value = ctx.query[name];
				let title = 'Invalid query parameter';
				let detail;
				if (e.keyword === 'additionalProperties') {
					title = 'Unknown query parameter';
					detail = `"${name}" is not a valid filter for this endpoint.`;
				} else if (e.keyword === 'enum') {
					detail = `Select a valid choice. "${value}" is not one of the available choices for ${name}: ${e.params.allowedValues.join(', ')}.`;
				} else if (e.keyword === 'type') {
					detail = `"${value}" is not a valid ${e.params.type} for ${name}.`;
				} else {
					detail = `${name} ${e.message}.`;
				}
				list.push({ title, detail, source: { pointer: `/query/${name}` } });
			}
			return { errors: list };
		}
		/** @type {Record<string, string[]>} */
		const map = {};
		for (const e of errors) {
			/** @type {string[]} */
			const segs = e.instancePath.split('/').slice(1);
			if (segs[0] === 'requestBody') segs.shift();
			else if (e.keyword === 'required' && e.params.missingProperty === 'requestBody') {
				(map.non_field_errors = map.non_field_errors || []).push('No data provided');
				continue;
			}
			if (e.keyword === 'required') segs.push(e.params.missingProperty);
			const field = segs[0] || 'non_field_errors';
			const rest = segs.slice(1).map((s) => (/^\d+$/.test(s) ? `[${s}]` : `.${s}`)).join('').replace(/^\./, '');
			const value = segs.reduce((/** @type {any} */ o, /** @type {string} */ k) => (o && typeof o === 'object' ? o[k] : undefined), ctx.body);
			const msg = drfMessage(e, value);
			const full = rest ? `${rest}: ${msg}` : msg;
			const arr = (map[field] = map[field] || []);
			if (!arr.includes(full)) arr.push(full);
		}
		return map;
	}

	/** @param {any} e @param {any} value */
	function drfMessage(e, value) {
		switch (e.keyword) {
			case 'required':
				return 'This field is required.';
			case 'type':
				if (value === null) return 'This field may not be null.';
				switch (e.params.type) {
					case 'integer': return 'A valid integer is required.';
					case 'number': return 'A valid number is required.';
					case 'string': return 'Not a valid string.';
					case 'boolean': return 'Must be a valid boolean.';
					case 'array': return `Expected a list of items but got type "${pyType(value)}".`;
					case 'object': return `Invalid data. Expected a dictionary, but got ${pyType(value)}.`;
					default: return `Expected ${e.params.type}.`;
				}
			case 'enum':
				return `"${value}" is not a valid choice.`;
			case 'maxLength':
				return `Ensure this field has no more than ${e.params.limit} characters.`;
			case 'minLength':
				return e.params.limit === 1 ? 'This field may not be blank.' : `Ensure this field has at least ${e.params.limit} characters.`;
			case 'minimum':
				return `Ensure this value is greater than or equal to ${e.params.limit}.`;
			case 'maximum':
				return `Ensure this value is less than or equal to ${e.params.limit}.`;
			case 'minItems':
				return `Ensure this field has at least ${e.params.limit} elements.`;
			case 'maxItems':
				return `Ensure this field has no more than ${e.params.limit} elements.`;
			case 'format':
				switch (e.params.format) {
					case 'date-time': return 'Datetime has wrong format. Use one of these formats instead: YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z].';
					case 'date': return 'Date has wrong format. Use one of these formats instead: YYYY-MM-DD.';
					case 'decimal': return 'A valid number is required.';
					case 'email': return 'Enter a valid email address.';
					case 'uri': return 'Enter a valid URL.';
					default: return `Invalid ${e.params.format}.`;
				}
			default:
				return String(e.message || 'Invalid value.');
		}
	}

	// ---------- multipart ----------
	/**
	 * Parses a multipart body with busboy; coerces integer/number fields per the operation's schema.
	 * @param {http.IncomingMessage} req
	 * @param {Buffer} raw
	 * @param {any} op
	 */
	function parseMultipart(req, raw, op) {
		return new Promise((resolve, reject) => {
			/** @type {Record<string, any>} */
			const fields = {};
			/** @type {Record<string, any>} */
			const files = {};
			let bb;
			try {
				bb = Busboy({ headers: req.headers, limits: { fileSize: 50 * 1024 * 1024 } });
			} catch (err) {
				reject(new HttpError(400, { detail: `Multipart form parse error - ${/** @type {Error} */ (err).message}` }));
				return;
			}
			const props = (op.requestBody && op.requestBody.content['multipart/form-data'] && op.requestBody.content['multipart/form-data'].schema.properties) || {};
			bb.on('field', (name, val) => {
				const t = props[name] && props[name].type;
				fields[name] = (t === 'integer' || t === 'number') && /^-?\d+(\.\d+)?$/.test(val.trim()) ? Number(val) : val;
			});
			bb.on('file', (name, stream, info) => {
				const hash = crypto.createHash('sha256');
				let size = 0;
				stream.on('data', (/** @type {Buffer} */ d) => {
					size += d.length;
					hash.update(d);
				});
				stream.on('end', () => {
					files[name] = { filename: info.filename, mimeType: info.mimeType, size, sha256: hash.digest('hex') };
				});
			});
			bb.on('error', (err) => reject(new HttpError(400, { detail: `Multipart form parse error - ${/** @type {Error} */ (err).message}` })));
			bb.on('close', () => resolve({ fields, files }));
			bb.end(raw);
		});
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

	/** @param {http.IncomingMessage} req @returns {Promise<Buffer>} */
	function readBody(req) {
		return new Promise((resolve, reject) => {
			/** @type {Buffer[]} */
			const chunks = [];
			req.on('data', (c) => chunks.push(c));
			req.on('end', () => resolve(Buffer.concat(chunks)));
			req.on('error', reject);
		});
	}

	const server = http.createServer({ keepAlive: true }, (req, res) => {
		handle(req, res).catch((err) => {
			if (!res.headersSent && !res.destroyed) {
				const body = JSON.stringify({ detail: `Emulator error: ${err && err.message}` });
				res.writeHead(500, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) });
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
			method, path: pathname, template: null, query, body: undefined, status: 0,
			userAgent: ua ? String(ua) : null, authScheme: null, at: new Date().toISOString(),
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
			return send(400, { detail: `Request paths must end in a slash character ('/'). Did you mean ${pathname}/ ?` });
		}
		if (!pathname.startsWith(`${API_PREFIX}/`)) return send(404, { detail: 'Not found.' });
		const rel = pathname.slice(API_PREFIX.length);
		const m = matchRoute(contract, rel);
		if (!m) return send(404, { detail: 'Not found.' });
		const op = m.route.ops[method];
		if (!op) {
			return send(405, { detail: `Method "${method}" not allowed.` }, { Allow: Object.keys(m.route.ops).join(', ') });
		}
		entry.template = `${method} ${m.route.template}`;

		const auth = authenticate(typeof req.headers.authorization === 'string' ? req.headers.authorization : undefined);
		entry.authScheme = auth.scheme;
		if (!auth.ok) return send(401, { detail: auth.detail }, { 'WWW-Authenticate': 'App' });

		if (opts.rateLimit) {
			const rl = rateCheck(auth.key);
			extraHeaders = rl.headers;
			if (!rl.allowed) {
				stats.rateLimited++;
				return send(429, { detail: `Request was throttled. Expected available in ${Math.max(1, Math.ceil(rl.waitSeconds || 1))} seconds.` });
			}
		}

		if (opts.requireUserAgent && !entry.userAgent) {
			return send(400, { detail: 'A User-Agent header naming the integrating system is required.' });
		}

		// parse body
		const ct = String(req.headers['content-type'] || '').split(';')[0].trim().toLowerCase();
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
					entry.body = { ...parsed.fields, files: Object.fromEntries(Object.entries(files).map(([k, f]) => [k, { filename: f.filename, size: f.size }])) };
				} else {
					try {
						body = JSON.parse(raw.toString('utf8'));
					} catch (err) {
						throw new HttpError(400, { detail: `JSON parse error - ${/** @type {Error} */ (err).message}` });
					}
					entry.body = body;
				}
			}
		} catch (err) {
			return sendError(err);
		}

		/** @type {Ctx} */
		const ctx = {
			req, method, rel, pathname, host: String(req.headers.host || `${opts.host}:${port}`), search: u.searchParams, query,
			params: m.params, route: m.route, op, collection: baseToCollection.get(m.route.template.replace(/\{[^}]+\}\/.*$/, '')) || '',
			body, files,
		};
		try {
			const v = validate(ctx);
			if (v) return send(v.status, v.body);
		} catch (err) {
			return sendError(err);
		}

		if (auth.readOnly && method !== 'GET' && method !== 'HEAD' && method !== 'OPTIONS') {
			return send(403, { detail: 'You do not have permission to perform this action.' });
		}

		// fault injection
		const fault = takeFault(method, pathname, rel);
		if (fault) {
			entry.fault = fault.fault;
			if (fault.applyThenFail && fault.fault !== 'delay') {
				try {
					dispatch(ctx);
				} catch {
					/* the answer is lost anyway */
				}
			}
			switch (fault.fault) {
				case 'reset':
					entry.status = 0;
					res.socket?.destroy();
					res.destroy();
					return;
				case 'delay':
					await wait(fault.ms ?? 1000);
					break; // then answer normally (the change is applied once, by the handler below)
				case 'status': {
					const st = fault.status ?? 503;
					const b = fault.body !== undefined ? fault.body : { detail: st >= 500 ? 'Service temporarily unavailable, try again later.' : `Injected ${st}.` };
					if (typeof b === 'string') {
						entry.status = st;
						if (!res.destroyed) {
							res.writeHead(st, { 'Content-Type': fault.contentType || 'text/html', 'Content-Length': String(Buffer.byteLength(b)), ...extraHeaders, ...(fault.headers || {}) });
							res.end(b);
						}
						return;
					}
					return send(st, b, fault.headers || {});
				}
				case 'rateLimit': {
					stats.rateLimited++;
					const ra = fault.retryAfter ?? 1;
					return send(429, { detail: `Request was throttled. Expected available in ${Math.max(1, Math.ceil(ra))} seconds.` }, { 'Retry-After': String(ra), ...(fault.headers || {}) });
				}
				case 'malformed': {
					const st = fault.status ?? 200;
					const b = fault.body !== undefined ? String(fault.body) : '{"count": 12, "next": null, "results": [{"number": "5b0f3e8a-';
					const type = fault.contentType || (b.trim().startsWith('<') ? 'text/html' : 'application/json');
					entry.status = st;
					if (!res.destroyed) {
						res.writeHead(st, { 'Content-Type': type, 'Content-Length': String(Buffer.byteLength(b)), ...extraHeaders, ...(fault.headers || {}) });
						res.end(b);
					}
					return;
				}
				default:
					break;
			}
		}

		try {
			const r = dispatch(ctx);
			return send(r.status, r.body, r.headers);
		} catch (err) {
			return sendError(err);
		}
	}

	/** @param {string} method @param {string} pathname @param {string} rel */
	function takeFault(method, pathname, rel) {
		for (const f of faults) {
			if (f.remaining <= 0) continue;
			if (f.method && f.method.toUpperCase() !== method) continue;
			if (f.path !== undefined) {
				const ok = f.path instanceof RegExp ? f.path.test(pathname) || f.path.test(rel) : f.path === pathname || f.path === rel;
				if (!ok) continue;
			}
			f.remaining--;
			faults = faults.filter((x) => x.remaining > 0);
			return f;
		}
		return null;
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
		/** @param {FaultSpec} spec */
		inject(spec) {
			if (!spec || !spec.fault) throw new Error('inject: fault is required');
			faults.push({ ...spec, remaining: spec.times ?? 1 });
		},
		/** @param {string} key */
		revokeKey(key) {
			revoked.add(key);
		},
		reset() {
			requests = [];
			served = new Set();
			faults = [];
			revoked = new Set();
			buckets = new Map();
			stats.requests = 0;
			stats.rateLimited = 0;
			reseed();
		},
		/**
		 * Adds `n` simple orders quickly (one line item each, statuses cycling Submitted/Accepted/
		 * Fulfilled/Complete, created_on one second apart after the seed orders).
		 * @param {number} n
		 * @returns {string[]} the new order numbers
		 */
		seedBulkOrders(n) {
			const statuses = ['Submitted', 'Accepted', 'Fulfilled', 'Complete'];
			const customers = db.customers.all();
			const products = db.products.all();
			const staff = db['company-staff'].all();
			const base = Date.UTC(2024, 5, 1);
			const out = [];
			for (let i = 0; i < n; i++) {
				const k = ++bulkCounter;
				const number = `b0000000-0000-4000-8000-${k.toString(16).padStart(12, '0')}`;
				const cust = customers[k % customers.length] || { id: 0, name: 'Bulk', ext_acct_id: null, delinquent: false };
				const p = products[k % products.length];
				const t = new Date(base + k * 1000).toISOString();
				const short = number.slice(-8);
				const o = {
					number, short_id: short, external_id_seller: null, external_id_buyer: null, ext_acct_id: cust.ext_acct_id ?? null,
					created_on: t, user: 'bulk', buyer: null, seller: seed.COMPANY_ID,
					customer: { id: cust.id, display_name: cust.name, ext_acct_id: cust.ext_acct_id ?? null, delinquent: Boolean(cust.delinquent) },
					brand: null, status: statuses[k % statuses.length], manual: false, discount: 0, discount_type: '%', tax_amount: 0, tax_type: '%',
					final_tax: '0.00', shipping_charge: toMoney(0), total: toMoney(0), payment_term: 'Net 30', payment_methods: ['ACH'],
					selected_payment_option: null, payment_due_date: null, paid: false, paid_date: null, ship_date: null, shipping_details: null,
					notes: '', internal_notes: null, delivery_preferences: null,
					sales_reps: staff.length ? [staffRef(staff[k % staff.length].id)] : [], classification: 'Adult Use', payment_balance: '0.00',
					available_transitions: [], modified: t, has_special_requests: false, delivery_provider: null, order_taxes: [], delivery_info: null,
					is_combination: false, llf_payment_method: false, credits: '0.00', facility_id: 71, order_number: number,
					order_seller_number: short, order_buyer_number: short, order_short_number: short, distributor: '',
					external_ids: { bulk: String(k) }, corporate_address: null, delivery_address: null,
				};
				db.orders.insert(o);
				if (p) {
					const li = buildLineItem(number, { quantity: String(1 + (k % 10)) }, p);
					indexAdd(idx.lineItems, number, li.id);
				}
				recomputeOrder(o, false);
				out.push(number);
			}
			return out;
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
