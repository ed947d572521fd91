// @ts-check
'use strict';

/**
 * The emulator's in-memory store and the small pieces every resource module shares: collections, LeafLink-style
 * errors, money and time helpers, external-ID merging and partial updates.
 */

/**
 * @typedef {{ req: import('http').IncomingMessage, method: string, rel: string, pathname: string, host: string,
 *   search: URLSearchParams, query: Record<string, string | string[]>, params: Record<string,string>,
 *   route: import('./spec').Route, op: any, collection: string, body: any,
 *   files: Record<string, {filename: string, mimeType: string, size: number, sha256: string}> }} Ctx
 * @typedef {{ status: number, body?: any, headers?: Record<string, string> }} Reply
 * @typedef {(ctx: Ctx) => Reply} Handler
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
		if (this.keyField === 'id' && typeof v.id === 'number' && v.id >= this.nextId)
			this.nextId = v.id + 1;
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

const sleep = (/** @type {number} */ ms) => new Promise((r) => setTimeout(r, ms));
const nowIso = () => new Date().toISOString();
/** @param {any} n */
const toMoney = (n) => ({
	amount: (Math.round(Number(n) * 100) / 100).toFixed(2),
	currency: 'USD',
});
/** @param {any} v */
const num = (v) => {
	if (v && typeof v === 'object' && 'amount' in v) v = v.amount;
	const n = Number(v);
	return Number.isFinite(n) ? n : 0;
};

function mergeExternalIds(/** @type {any} */ current, /** @type {any} */ patch) {
	if (patch === null) return {};
	if (typeof patch !== 'object' || Array.isArray(patch))
		throw fieldError('external_ids', 'Expected a dictionary of items.');
	const out = { ...(current || {}) };
	for (const [k, v] of Object.entries(patch)) {
		if (v === null) delete out[k];
		else if (typeof v !== 'string' && typeof v !== 'number')
			throw fieldError('external_ids', `Value for "${k}" must be a string.`);
		else if (String(v).length > 36)
			throw fieldError('external_ids', 'Ensure this field has no more than 36 characters.');
		else out[k] = String(v);
	}
	return out;
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

module.exports = {
	HttpError,
	notFound,
	fieldError,
	doesNotExist,
	Collection,
	sleep,
	nowIso,
	toMoney,
	num,
	mergeExternalIds,
	applyPatch,
};
