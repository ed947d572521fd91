// @ts-check
'use strict';

/**
 * The generic list/get/create/update/delete that answers every collection without a handler of its own (customers,
 * contacts, activity entries, strains, product lines, reports, ...), as LeafLink's DRF viewsets do.
 */

const crypto = require('crypto');
const { notFound, nowIso, mergeExternalIds, applyPatch } = require('../store');
const { applyFilters, shapeFields, paginate } = require('../query');

/** @typedef {import('../store').Ctx} Ctx @typedef {import('../store').Reply} Reply */

/** @param {Record<string, import('../store').Collection>} db */
function createGeneric(db) {
	/** @param {Ctx} ctx @returns {Reply} */
	function genericList(ctx) {
		const c = db[ctx.collection];
		let rows = c.all();
		if (ctx.collection === 'inventory-items' && String(ctx.query.include_archived) !== 'true')
			rows = rows.filter((r) => !r.is_archived);
		if (
			ctx.collection === 'activity-entries' &&
			ctx.query.delete === undefined &&
			ctx.query.is_deleted === undefined
		)
			rows = rows.filter((r) => !r.delete);
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
		if (
			'created_on' in sample ||
			['contacts', 'activity-entries', 'customers', 'products', 'retailer-inventory'].includes(
				ctx.collection,
			)
		)
			rec.created_on = t;
		if (
			'modified' in sample ||
			['contacts', 'activity-entries', 'customers', 'products', 'retailer-inventory'].includes(
				ctx.collection,
			)
		)
			rec.modified = t;
		if (ctx.collection === 'products' || ctx.collection === 'customers') rec.external_ids = {};
		if (ctx.collection === 'products')
			Object.assign(rec, {
				last_edit: t,
				display_name: body.name,
				reserved_qty: '0.0000',
				archived: false,
			});
		if (ctx.collection === 'customers') Object.assign(rec, { archived: false, delinquent: false });
		if (ctx.collection === 'reports')
			Object.assign(rec, {
				status: 'completed',
				request_time: t,
				complete_time: t,
				export: `https://files.emulator.local/reports/${rec.number}.csv`,
				query: {},
			});
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

	/** @param {Ctx} ctx @returns {Reply} */
	function genericDelete(ctx) {
		const c = db[ctx.collection];
		const rec = genericGetRecord(ctx);
		const declares200 = ctx.op.responses && ctx.op.responses['200'] && !ctx.op.responses['204'];
		if (declares200) {
			// soft delete, answering the record (spec: 200 with the object)
			if (ctx.collection === 'products')
				Object.assign(rec, { listing_state: 'Archived', display_listing_state: 'Archived' });
			else if (ctx.collection === 'activity-entries') rec.delete = true;
			else rec.archived = true;
			if ('modified' in rec) rec.modified = nowIso();
			c.touch();
			return { status: 200, body: rec };
		}
		c.delete(rec[c.keyField]);
		return { status: 204 };
	}

	return { genericList, genericGetRecord, genericRead, genericCreate, genericPatch, genericDelete };
}

module.exports = { createGeneric };
