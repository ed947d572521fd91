// @ts-check
'use strict';

/**
 * The seeded orders and what hangs off them: line items, payments, comments, sales-rep assignments, event logs,
 * credits, delivery information, and the orders the company placed as a buyer.
 */

const {
	COMPANY_ID,
	BUYER_COMPANY_ID,
	IDS,
	ts,
	money,
	staffRef,
	makeLineItem,
} = require('./seed-common');

/**
 * @param {any[]} customers the seeded customers
 * @param {any[]} products the seeded products
 */
function buildOrderSeed(customers, products) {
	const O = IDS.orders;
	/** @type {Array<[string,string,number,Array<[number,number]>,number[],Record<string,string>]>} */
	const orderRows = [
		// key, status, customer, [product, qty], sales reps, external_ids
		[
			'draft',
			'Draft',
			101,
			[
				[201, 10],
				[205, 24],
			],
			[22],
			{},
		],
		['draft2', 'Draft', 103, [[203, 4]], [], {}],
		[
			'submitted',
			'Submitted',
			102,
			[
				[202, 12],
				[207, 36],
			],
			[23],
			{ erp: 'SO-5003' },
		],
		['submitted2', 'Submitted', 104, [[204, 48]], [22], {}],
		[
			'accepted',
			'Accepted',
			101,
			[
				[201, 20],
				[209, 10],
			],
			[22],
			{ erp: 'SO-5005' },
		],
		['accepted2', 'Accepted', 105, [[206, 24]], [23], {}],
		['backorder', 'Backorder', 102, [[208, 12]], [23], {}],
		[
			'fulfilled',
			'Fulfilled',
			103,
			[
				[210, 6],
				[205, 12],
			],
			[22],
			{},
		],
		['shipped', 'Shipped', 104, [[202, 8]], [22, 23], { erp: 'SO-5009' }],
		[
			'complete',
			'Complete',
			101,
			[
				[201, 30],
				[204, 24],
			],
			[22],
			{ erp: 'SO-5010' },
		],
		['rejected', 'Rejected', 105, [[207, 12]], [23], {}],
		['cancelled', 'Cancelled', 106, [[203, 2]], [], {}],
	];
	/** @type {any[]} */
	const orders = [];
	/** @type {any[]} */
	const lineItems = [];
	/** @type {any[]} */
	const payments = [];
	/** @type {any[]} */
	const comments = [];
	/** @type {any[]} */
	const orderSalesReps = [];
	/** @type {any[]} */
	const eventLogs = [];
	let li = 1001;
	let rep = 1301;
	let ev = 1401;
	orderRows.forEach(([key, status, customerId, items, reps, ext], i) => {
		const number = /** @type {Record<string,string>} */ (O)[key];
		const created = ts(i, 8);
		const modified = ts(i + 1, 11);
		const cust = customers.find((c) => c.id === customerId);
		for (const [pid, qty] of items) {
			const p = products.find((x) => x.id === pid);
			if (!p) continue;
			lineItems.push(makeLineItem(li++, number, p, qty));
		}
		for (const r of reps)
			orderSalesReps.push({ id: rep++, order: number, rep: r, created_on: created });
		eventLogs.push({
			id: ev++,
			order: number,
			author_name: 'Alice Rivera',
			by: 'alice.rivera',
			event_type: 'created',
			description: 'Order created',
			created_on: created,
			modified: created,
			timestamp: created,
			changed_fields: {},
			source: 'api',
			source_detail: 'seed',
		});
		if (['Accepted', 'Fulfilled', 'Shipped', 'Complete'].includes(status)) {
			eventLogs.push({
				id: ev++,
				order: number,
				author_name: 'Ben Okafor',
				by: 'ben.okafor',
				event_type: 'accepted',
				description: 'Order accepted',
				created_on: modified,
				modified,
				timestamp: modified,
				changed_fields: { status: ['Submitted', 'Accepted'] },
				source: 'app',
				source_detail: '',
			});
		}
		orders.push({
			number,
			short_id: number.slice(-8),
			external_id_seller: null,
			external_id_buyer: null,
			ext_acct_id: cust ? cust.ext_acct_id : null,
			created_on: created,
			user: 'alice.rivera',
			buyer: customerId === 101 ? BUYER_COMPANY_ID : null,
			seller: COMPANY_ID,
			customer: cust
				? {
						id: cust.id,
						display_name: cust.name,
						ext_acct_id: cust.ext_acct_id,
						delinquent: cust.delinquent,
					}
				: null,
			brand: null,
			status,
			manual: false,
			discount: 0,
			discount_type: '%',
			tax_amount: 0,
			tax_type: '%',
			final_tax: '0.00',
			shipping_charge: money(i === 4 ? 25 : 0),
			total: money(0),
			payment_term: 'Net 30',
			payment_methods: ['Check', 'ACH'],
			selected_payment_option: null,
			payment_due_date: null,
			paid: status === 'Complete',
			paid_date: status === 'Complete' ? '2024-05-20' : null,
			ship_date: ['Shipped', 'Complete'].includes(status) ? '2024-05-15T17:00:00Z' : null,
			shipping_details: null,
			notes: '',
			internal_notes: null,
			delivery_preferences: cust ? cust.delivery_preferences : null,
			sales_reps: reps.map((r) => staffRef(r)),
			classification: 'Adult Use',
			payment_balance: '0.00',
			available_transitions: [],
			modified,
			has_special_requests: false,
			delivery_provider: null,
			order_taxes: [],
			delivery_info: null,
			is_combination: false,
			llf_payment_method: false,
			credits: '0.00',
			facility_id: 71,
			order_number: number,
			order_seller_number: number.slice(-8),
			order_buyer_number: number.slice(-8),
			order_short_number: number.slice(-8),
			distributor: '',
			external_ids: ext,
			corporate_address: cust ? { ...cust.corporate_address } : null,
			delivery_address: cust ? { ...cust.delivery_address } : null,
		});
	});
	// payments on the accepted and complete orders (complete one fully paid later by recompute)
	payments.push({
		id: 1101,
		created_on: ts(8),
		modified: ts(8),
		order: O.accepted,
		recorded_by: 21,
		recorder_name: 'Alice Rivera',
		total: money(100),
		payment_date: '2024-05-09T15:30:00Z',
		reason: 'Deposit',
		payment_type: 'check',
	});
	payments.push({
		id: 1102,
		created_on: ts(19),
		modified: ts(19),
		order: O.complete,
		recorded_by: 21,
		recorder_name: 'Alice Rivera',
		total: money(0),
		payment_date: '2024-05-20T15:30:00Z',
		reason: 'Paid in full',
		payment_type: 'ach',
	});
	comments.push({
		id: 1201,
		order: O.submitted,
		author: 22,
		author_name: 'Ben Okafor',
		message: 'Customer asked for delivery on Tuesday.',
		created_on: ts(3, 12),
		modified: ts(3, 12),
	});
	comments.push({
		id: 1202,
		order: O.accepted,
		author: 21,
		author_name: 'Alice Rivera',
		message: 'Deposit received.',
		created_on: ts(8, 12),
		modified: ts(8, 12),
	});

	const credits = [
		{
			id: 801,
			company: 1,
			customer: {
				id: 101,
				display_name: 'Mile High Dispensary',
				ext_acct_id: 'C-0001',
				delinquent: false,
			},
			amount: { amount: 50, currency: 'USD' },
			credit_date: '2024-05-10',
			status: 'active',
			status_display: 'Active',
			reason: 'return_defective',
			reason_display: 'Return - Defective',
			brand: 11,
			order: O.complete,
			order_display: O.complete.slice(-8),
			notes: 'Two damaged units',
			applied_to: null,
			applied_to_display: '',
			read_only: false,
			archived: false,
		},
		{
			id: 802,
			company: 1,
			customer: {
				id: 102,
				display_name: 'Rocky Mountain Remedies',
				ext_acct_id: 'C-0002',
				delinquent: false,
			},
			amount: { amount: 25, currency: 'USD' },
			credit_date: '2024-05-12',
			status: 'used',
			status_display: 'Used',
			reason: 'promo_existing_customer',
			reason_display: 'Promo - Existing customer',
			brand: 12,
			order: null,
			order_display: '',
			notes: '',
			applied_to: O.submitted,
			applied_to_display: O.submitted.slice(-8),
			read_only: true,
			archived: false,
		},
	];

	const buyerOrders = IDS.buyerOrders.map((id, i) => ({
		id,
		short_id: id.slice(-8),
		status: i === 0 ? 'Submitted' : 'Accepted',
		type: 'wholesale',
		buyer: { id: 1, name: 'Greenleaf Farms', slug: 'greenleaf-farms' },
		seller: { id: 3, name: 'Coastal Extracts', slug: 'coastal-extracts' },
		source: 'marketplace',
		created_by: { id: 21, name: 'Alice Rivera' },
		created_on: ts(5 + i, 9),
		last_edited_on: ts(6 + i, 9),
		currency: 'USD',
		line_items: [
			{
				id: 5001 + i,
				product: {
					id: 7001 + i,
					name: i === 0 ? 'Distillate Cartridge 1g' : 'Bulk Trim 1lb',
					brand: { id: 31, name: 'Coastal' },
				},
				quantity: 10 * (i + 1),
				unit_price: 15,
				total: 150 * (i + 1),
			},
		],
		subtotal: 150 * (i + 1),
		shipping_charge: 0,
		discount: 0,
		tax: 0,
		total: 150 * (i + 1),
		payable_to: { id: 3, name: 'Coastal Extracts' },
		payment_term: 'Net 30',
		payment_methods: ['ACH'],
		payment_due_date: '2024-06-30',
		ship_date: '2024-05-20T17:00:00Z',
		shipping_details: '',
		is_delivered: i === 1,
		delivered_date: i === 1 ? '2024-05-21' : null,
		notes: '',
		sales_reps: [],
		delivery_address: {
			address: '1200 Larimer St',
			unit_number: '',
			city: 'Denver',
			state: 'CO',
			zipcode: '80204',
		},
		seller_id: 3,
		buyer_id: 1,
	}));

	const deliveryInformation = [
		{
			id: 1,
			order: O.shipped,
			acquire_date: '2024-05-15',
			acquire_type: 1,
			get_acquire_type_display: 'Pickup',
			manifest_number: 'MAN-0009',
		},
		{
			id: 2,
			order: O.complete,
			acquire_date: '2024-05-16',
			acquire_type: 2,
			get_acquire_type_display: 'Delivery',
			manifest_number: 'MAN-0010',
		},
	];

	return {
		orders,
		'line-items': lineItems,
		'order-payments': payments,
		'order-comments': comments,
		'order-sales-reps': orderSalesReps,
		'order-event-logs': eventLogs,
		credits,
		'buyer-orders': buyerOrders,
		'delivery-information': deliveryInformation,
	};
}

module.exports = { buildOrderSeed };
