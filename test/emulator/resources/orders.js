// @ts-check
'use strict';

/**
 * Orders: the order model (line-item, payment and comment indexes, totals, the status machine, the event log) and
 * the `/orders-received/` endpoints, with their bare-array children and delivery information. Line items, payments
 * and sales reps as their own endpoints are in ./order-lines.js, on this model.
 */

const crypto = require('crypto');
const seed = require('../seed');
const {
	HttpError,
	notFound,
	fieldError,
	doesNotExist,
	nowIso,
	toMoney,
	num,
	applyPatch,
} = require('../store');
const { applyFilters, shapeFields, includeSet, paginate } = require('../query');

/** @typedef {import('../store').Handler} Handler */

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

/** @param {Record<string, import('../store').Collection>} db */
function createOrders(db) {
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
	let bulkCounter = 0;

	/** @param {string} number */
	const lineItemsOf = (number) =>
		[...(idx.lineItems.get(number) || [])].map((id) => db['line-items'].get(id)).filter(Boolean);
	/** @param {string} number */
	const paymentsOf = (number) =>
		[...(idx.payments.get(number) || [])].map((id) => db['order-payments'].get(id)).filter(Boolean);
	/** @param {string} number */
	const commentsOf = (number) =>
		[...(idx.comments.get(number) || [])].map((id) => db['order-comments'].get(id)).filter(Boolean);

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
		db['order-event-logs'].insert({
			order: number,
			author_name: 'API',
			by: 'api',
			event_type: eventType,
			description,
			created_on: t,
			modified: t,
			timestamp: t,
			changed_fields: changed,
			source: 'api',
			source_detail: 'emulator',
		});
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
		if (include.has('customer') && o.customer)
			out.customer = db.customers.get(o.customer.id) || o.customer;
		// include_children=sales_reps keeps the light {id, user} shape: LeafLink's OrderResponse declares no other
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
		Object.assign(li, body, {
			order: orderNumber,
			order_id: orderNumber,
			product: String(product.id),
		});
		li.quantity = num(body.quantity).toFixed(4);
		return db['line-items'].insert(li);
	}

	/** @param {any} body @param {string} field */
	function resolveProduct(body, field = 'product') {
		const p = db.products.get(String(body.product));
		if (!p) throw fieldError(field, doesNotExist(body.product));
		return p;
	}

	/** Rebuilds the indexes and totals after the collections were (re)seeded. */
	function reindex() {
		idx.lineItems.clear();
		idx.payments.clear();
		idx.comments.clear();
		bulkCounter = 0;
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
	}

	/** @type {Record<string, Handler>} */
	const handlers = {
		'GET /orders-received/': (ctx) => {
			const inc = includeSet(ctx.query);
			// the spec's `customer` is the customer's name or nickname, not its ID
			const { customer, ...query } = ctx.query;
			const named = customer === undefined ? null : String(customer).toLowerCase();
			const rows = applyFilters(db.orders.all(), query).filter((o) => {
				if (named === null) return true;
				const c = o.customer && (db.customers.get(o.customer.id) || o.customer);
				return !!c && [c.name, c.nickname].some((n) => String(n ?? '').toLowerCase() === named);
			});
			return { status: 200, body: paginate(ctx, rows, (o) => serializeOrder(o, inc)) };
		},
		'GET /orders-received/{number}/': (ctx) => ({
			status: 200,
			body: shapeFields(
				serializeOrder(getOrder(ctx.params.number), includeSet(ctx.query)),
				ctx.query,
			),
		}),
		'POST /orders-received/': (ctx) => {
			const b = ctx.body;
			const cust = db.customers.get(b.customer.id);
			if (!cust) throw new HttpError(400, { customer: [doesNotExist(b.customer.id)] });
			const products = b.line_items.map((/** @type {any} */ li, /** @type {number} */ i) => {
				const p = db.products.get(String(li.product));
				if (!p)
					throw new HttpError(400, { line_items: [`[${i}].product: ${doesNotExist(li.product)}`] });
				return p;
			});
			for (const r of b.sales_reps || [])
				if (!db['company-staff'].has(r.id))
					throw new HttpError(400, { sales_reps: [doesNotExist(r.id)] });
			const number = crypto.randomUUID();
			const t = nowIso();
			const short = number.slice(-8);
			/** @type {any} */
			const o = {
				number,
				short_id: short,
				external_id_seller: b.external_id_seller ?? null,
				external_id_buyer: null,
				ext_acct_id: b.ext_acct_id ?? cust.ext_acct_id ?? null,
				created_on: t,
				user: 'api',
				buyer: cust.partner || null,
				seller: b.seller,
				customer: {
					id: cust.id,
					display_name: cust.name,
					ext_acct_id: cust.ext_acct_id,
					delinquent: cust.delinquent,
				},
				brand: b.brand ?? null,
				status: b.status,
				manual: false,
				discount: b.discount ?? 0,
				discount_type: b.discount_type ?? '%',
				tax_amount: b.tax_amount ?? 0,
				tax_type: b.tax_type ?? '%',
				final_tax: '0.00',
				shipping_charge: b.shipping_charge ? toMoney(num(b.shipping_charge)) : toMoney(0),
				total: toMoney(0),
				payment_term: b.payment_term ?? null,
				payment_methods: [],
				selected_payment_option: null,
				payment_due_date: b.payment_due_date ?? null,
				paid: b.paid ?? false,
				paid_date: b.paid_date ?? null,
				ship_date: b.ship_date ?? null,
				shipping_details: b.shipping_details ?? null,
				notes: b.notes ?? '',
				internal_notes: b.internal_notes ?? null,
				delivery_preferences: b.delivery_preferences ?? cust.delivery_preferences ?? null,
				sales_reps: (b.sales_reps || []).map((/** @type {any} */ r) => staffRef(r.id)),
				classification: 'Adult Use',
				payment_balance: '0.00',
				available_transitions: [],
				modified: t,
				has_special_requests: false,
				delivery_provider: b.delivery_provider ?? null,
				order_taxes: [],
				delivery_info: b.delivery_info ?? null,
				is_combination: false,
				llf_payment_method: false,
				credits: '0.00',
				// LeafLink declares facility_id an integer, never null: without one, the seller's first facility
				facility_id: b.facility_id ?? (db.facilities.all()[0] ? db.facilities.all()[0].id : 71),
				order_number: number,
				order_seller_number: short,
				order_buyer_number: short,
				order_short_number: short,
				distributor: '',
				external_ids: {},
				corporate_address: { ...(cust.corporate_address || {}) },
				delivery_address: { ...(cust.delivery_address || {}) },
			};
			db.orders.insert(o);
			b.line_items.forEach((/** @type {any} */ li, /** @type {number} */ i) =>
				indexAdd(idx.lineItems, number, buildLineItem(number, li, products[i]).id),
			);
			for (const r of b.sales_reps || [])
				db['order-sales-reps'].insert({ order: number, rep: r.id, created_on: t });
			recomputeOrder(o, false);
			logEvent(number, 'created', 'Order created via API');
			return { status: 201, body: serializeOrder(o, new Set()) };
		},
		'PATCH /orders-received/{number}/': (ctx) => {
			const o = getOrder(ctx.params.number);
			const b = { ...ctx.body };
			if (b.sales_reps) {
				for (const r of b.sales_reps)
					if (!db['company-staff'].has(r.id))
						throw new HttpError(400, { sales_reps: [doesNotExist(r.id)] });
				o.sales_reps = b.sales_reps.map((/** @type {any} */ r) => staffRef(r.id));
				delete b.sales_reps;
			}
			if (b.shipping_charge !== undefined) b.shipping_charge = toMoney(num(b.shipping_charge));
			applyPatch(o, b, [
				'id',
				'number',
				'created_on',
				'modified',
				'short_id',
				'status',
				'available_transitions',
				'payment_balance',
				'order_number',
			]);
			recomputeOrder(o);
			logEvent(
				o.number,
				'edited',
				'Order edited via API',
				Object.fromEntries(Object.keys(ctx.body).map((k) => [k, null])),
			);
			return { status: 200, body: serializeOrder(o, new Set()) };
		},
		'DELETE /orders-received/{number}/': (ctx) => {
			const o = getOrder(ctx.params.number);
			if (o.status !== 'Draft')
				throw new HttpError(400, {
					detail: `Only draft orders can be deleted. This order is ${o.status}.`,
				});
			for (const id of idx.lineItems.get(o.number) || []) db['line-items'].delete(id);
			for (const id of idx.payments.get(o.number) || []) db['order-payments'].delete(id);
			for (const id of idx.comments.get(o.number) || []) db['order-comments'].delete(id);
			for (const r of [...db['order-sales-reps'].values()])
				if (r.order === o.number) db['order-sales-reps'].delete(r.id);
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
					errors: [
						{
							title: 'Invalid transition',
							detail: `Unknown transition "${action}". Valid transitions: ${Object.keys(TRANSITIONS).join(', ')}.`,
							source: { pointer: '/data/attributes/action' },
						},
					],
				});
			}
			const [from, to, eventType] = t;
			if (!from.includes(o.status)) {
				throw new HttpError(400, {
					errors: [
						{
							title: 'Invalid transition',
							detail: `Cannot ${action} an order whose status is ${o.status}.`,
							source: { pointer: '/data/attributes/status' },
						},
					],
				});
			}
			const prev = o.status;
			o.status = to;
			if (to === 'Shipped' && !o.ship_date) o.ship_date = nowIso();
			o.modified = nowIso();
			logEvent(o.number, eventType, `Order ${action}: ${prev} -> ${to}`, { status: [prev, to] });
			return { status: 200, body: serializeOrder(o, new Set()) };
		},
		'GET /orders-received/{number}/line-items/': (ctx) => ({
			status: 200,
			body: lineItemsOf(getOrder(ctx.params.number).number),
		}),
		'GET /orders-received/{number}/payments/': (ctx) => ({
			status: 200,
			body: paymentsOf(getOrder(ctx.params.number).number),
		}),
		'GET /orders-received/{number}/comments/': (ctx) => ({
			status: 200,
			body: commentsOf(getOrder(ctx.params.number).number),
		}),
		'GET /orders/{order_number}/delivery-information/': (ctx) => {
			const o = getOrder(ctx.params.order_number);
			const info = db['delivery-information'].all().find((d) => d.order === o.number);
			const {
				id: _id,
				order: _o,
				...rest
			} = info || {
				id: 0,
				order: '',
				acquire_date: null,
				acquire_type: null,
				get_acquire_type_display: '',
				manifest_number: null,
			};
			return {
				status: 200,
				body: { order_number: o.number, delivery_provider: o.delivery_provider, ...rest },
			};
		},
	};

	/**
	 * Adds `n` simple orders quickly (one line item each, statuses cycling Submitted/Accepted/
	 * Fulfilled/Complete, created_on one second apart after the seed orders).
	 * @param {number} n
	 * @returns {string[]} the new order numbers
	 */
	function seedBulkOrders(n) {
		const statuses = ['Submitted', 'Accepted', 'Fulfilled', 'Complete'];
		const customers = db.customers.all();
		const products = db.products.all();
		const staff = db['company-staff'].all();
		const base = Date.UTC(2024, 5, 1);
		const out = [];
		for (let i = 0; i < n; i++) {
			const k = ++bulkCounter;
			const number = `b0000000-0000-4000-8000-${k.toString(16).padStart(12, '0')}`;
			const cust = customers[k % customers.length] || {
				id: 0,
				name: 'Bulk',
				ext_acct_id: null,
				delinquent: false,
			};
			const p = products[k % products.length];
			const t = new Date(base + k * 1000).toISOString();
			const short = number.slice(-8);
			const o = {
				number,
				short_id: short,
				external_id_seller: null,
				external_id_buyer: null,
				ext_acct_id: cust.ext_acct_id ?? null,
				created_on: t,
				user: 'bulk',
				buyer: null,
				seller: seed.COMPANY_ID,
				customer: {
					id: cust.id,
					display_name: cust.name,
					ext_acct_id: cust.ext_acct_id ?? null,
					delinquent: Boolean(cust.delinquent),
				},
				brand: null,
				status: statuses[k % statuses.length],
				manual: false,
				discount: 0,
				discount_type: '%',
				tax_amount: 0,
				tax_type: '%',
				final_tax: '0.00',
				shipping_charge: toMoney(0),
				total: toMoney(0),
				payment_term: 'Net 30',
				payment_methods: ['ACH'],
				selected_payment_option: null,
				payment_due_date: null,
				paid: false,
				paid_date: null,
				ship_date: null,
				shipping_details: null,
				notes: '',
				internal_notes: null,
				delivery_preferences: null,
				sales_reps: staff.length ? [staffRef(staff[k % staff.length].id)] : [],
				classification: 'Adult Use',
				payment_balance: '0.00',
				available_transitions: [],
				modified: t,
				has_special_requests: false,
				delivery_provider: null,
				order_taxes: [],
				delivery_info: null,
				is_combination: false,
				llf_payment_method: false,
				credits: '0.00',
				facility_id: 71,
				order_number: number,
				order_seller_number: short,
				order_buyer_number: short,
				order_short_number: short,
				distributor: '',
				external_ids: { bulk: String(k) },
				corporate_address: { ...(cust.corporate_address || {}) },
				delivery_address: { ...(cust.delivery_address || {}) },
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
	}

	return {
		idx,
		indexAdd,
		handlers,
		reindex,
		seedBulkOrders,
		lineItemsOf,
		paymentsOf,
		recomputeOrder,
		logEvent,
		staffRef,
		getOrder,
		buildLineItem,
		resolveProduct,
	};
}

module.exports = { createOrders, TRANSITIONS };
