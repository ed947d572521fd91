// @ts-check
'use strict';

/**
 * The children of an order as their own endpoints: line items (which change the order's totals), payments (which
 * change its balance and paid state) and sales-rep assignments, on the order model of ./orders.js.
 */

const { fieldError, doesNotExist, nowIso, toMoney, num, applyPatch } = require('../store');

/** @typedef {import('../store').Handler} Handler */

/**
 * @param {Record<string, import('../store').Collection>} db
 * @param {ReturnType<typeof import('./orders').createOrders>} orders
 * @param {ReturnType<typeof import('./generic').createGeneric>} generic
 * @returns {Record<string, Handler>}
 */
function createOrderLines(db, orders, generic) {
	const { idx, indexAdd, recomputeOrder, logEvent, staffRef, buildLineItem, resolveProduct } =
		orders;
	const { genericGetRecord } = generic;
	return {
		'POST /line-items/': (ctx) => {
			const b = ctx.body;
			if (b.order === undefined || b.order === null)
				throw fieldError('order', 'This field is required.');
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
				created_on: t,
				modified: t,
				order: o.number,
				recorded_by: b.recorded_by,
				recorder_name: staff.display_name,
				total: toMoney(num(b.total)),
				payment_date: b.payment_date,
				reason: b.reason ?? '',
				payment_type: b.payment_type ?? 'other',
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
			const rec = db['order-sales-reps'].insert({
				order: o.number,
				rep: b.rep,
				created_on: nowIso(),
			});
			if (!o.sales_reps.some((/** @type {any} */ r) => r.id === b.rep))
				o.sales_reps.push(staffRef(b.rep));
			o.modified = nowIso();
			return { status: 201, body: rec };
		},
		'DELETE /order-sales-reps/{id}/': (ctx) => {
			const rec = genericGetRecord(ctx);
			db['order-sales-reps'].delete(rec.id);
			const o = db.orders.get(rec.order);
			if (
				o &&
				![...db['order-sales-reps'].values()].some((r) => r.order === o.number && r.rep === rec.rep)
			) {
				o.sales_reps = o.sales_reps.filter((/** @type {any} */ r) => r.id !== rec.rep);
				o.modified = nowIso();
			}
			return { status: 204 };
		},
	};
}

module.exports = { createOrderLines };
