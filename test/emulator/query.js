// @ts-check
'use strict';

/**
 * How the emulator reads a list request as LeafLink (Django REST Framework) does: field filters with Django lookups
 * (`__gte`, `__in`, ...), external-ID and search filters, `fields_include`/`fields_exclude`, `include_children`,
 * ordering and limit/offset pages with absolute `next`/`previous` links.
 */

/** @typedef {import('./store').Ctx} Ctx */

const API_PREFIX = '/api/v2';
const DEFAULT_LIMIT = 50;

/** Query names that are not field filters. */
const RESERVED_QUERY = new Set([
	'limit',
	'offset',
	'fields_include',
	'fields_exclude',
	'fields_add',
	'include_children',
	'external_id_key',
	'external_id_values',
	'search',
	'ordering',
	'expand',
	'include_archived',
]);
const LOOKUP_RE = /^(.+?)__(gte|lte|gt|lt|icontains|iexact|in|not|startswith|isnull)$/;
const DATE_RE = /^\d{4}-\d{2}-\d{2}/;

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
		const values = query.external_id_values
			? String(query.external_id_values)
					.split(',')
					.map((s) => s.trim())
			: null;
		preds.push((r) => {
			const e = r.external_ids;
			if (!e || !(key in e)) return false;
			return !values || values.includes(String(e[key]));
		});
	}
	if (query.search) {
		const q = String(query.search).toLowerCase();
		preds.push((r) =>
			Object.values(r).some((v) => typeof v === 'string' && v.toLowerCase().includes(q)),
		);
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
			return r.includes(',') && !s.includes(',')
				? r
						.split(',')
						.map((x) => x.trim())
						.includes(s)
				: false;
		case 'iexact':
			return s === r;
		case 'not':
			return s !== r;
		case 'in':
			return r
				.split(',')
				.map((x) => x.trim())
				.includes(s);
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
	if (!Number.isNaN(x) && !Number.isNaN(y) && String(a).trim() !== '' && b.trim() !== '')
		return x - y;
	return String(a) < b ? -1 : String(a) > b ? 1 : 0;
}

/** @param {any} rec @param {Record<string, string | string[]>} query */
function shapeFields(rec, query) {
	if (query.fields_include) {
		const keep = String(query.fields_include)
			.split(',')
			.map((s) => s.trim());
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
const includeSet = (query) =>
	new Set(
		query.include_children
			? String(query.include_children)
					.split(',')
					.map((s) => s.trim())
			: [],
	);

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
		const keys = String(q.ordering)
			.split(',')
			.map((s) => s.trim())
			.filter(Boolean);
		rows = [...rows].sort((a, b) => {
			for (const k of keys) {
				const desc = k.startsWith('-');
				const f = desc ? k.slice(1) : k;
				const c =
					a[f] === b[f]
						? 0
						: a[f] === undefined || a[f] === null
							? -1
							: b[f] === undefined || b[f] === null
								? 1
								: a[f] < b[f]
									? -1
									: 1;
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

module.exports = { API_PREFIX, applyFilters, shapeFields, includeSet, paginate };
