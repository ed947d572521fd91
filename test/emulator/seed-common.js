// @ts-check
'use strict';

/**
 * What the emulator's seed files (./seed.js, ./seed-orders.js) share: the fixed IDs tests rely on, dates, money,
 * the company's staff, and the shape of a line item.
 */

const COMPANY_ID = 1;
const BUYER_COMPANY_ID = 2;
const OTHER_SELLER_ID = 3;

/** Fixed IDs tests can rely on. */
const IDS = {
	company: COMPANY_ID,
	buyerCompany: BUYER_COMPANY_ID,
	otherSeller: OTHER_SELLER_ID,
	brands: [11, 12],
	staff: { admin: 21, salesRep1: 22, salesRep2: 23 },
	customers: [101, 102, 103, 104, 105, 106],
	products: [201, 202, 203, 204, 205, 206, 207, 208, 209, 210],
	batches: [301, 302, 303],
	facilities: [71, 72],
	orders: {
		draft: '5b0f3e8a-1c2d-4e5f-8a9b-0c1d2e3f4001',
		draft2: '5b0f3e8a-1c2d-4e5f-8a9b-0c1d2e3f4002',
		submitted: '5b0f3e8a-1c2d-4e5f-8a9b-0c1d2e3f4003',
		submitted2: '5b0f3e8a-1c2d-4e5f-8a9b-0c1d2e3f4004',
		accepted: '5b0f3e8a-1c2d-4e5f-8a9b-0c1d2e3f4005',
		accepted2: '5b0f3e8a-1c2d-4e5f-8a9b-0c1d2e3f4006',
		backorder: '5b0f3e8a-1c2d-4e5f-8a9b-0c1d2e3f4007',
		fulfilled: '5b0f3e8a-1c2d-4e5f-8a9b-0c1d2e3f4008',
		shipped: '5b0f3e8a-1c2d-4e5f-8a9b-0c1d2e3f4009',
		complete: '5b0f3e8a-1c2d-4e5f-8a9b-0c1d2e3f4010',
		rejected: '5b0f3e8a-1c2d-4e5f-8a9b-0c1d2e3f4011',
		cancelled: '5b0f3e8a-1c2d-4e5f-8a9b-0c1d2e3f4012',
	},
	buyerOrders: ['9c8d7e6f-5a4b-4c3d-9e2f-1a0b9c8d0001', '9c8d7e6f-5a4b-4c3d-9e2f-1a0b9c8d0002'],
	reports: ['7a6b5c4d-3e2f-4a1b-8c9d-0e1f2a3b0001'],
};

/** @param {number} dayOffset @param {number} [hour] */
function ts(dayOffset, hour = 9) {
	return new Date(Date.UTC(2024, 4, 1 + dayOffset, hour, 0, 0)).toISOString();
}
/** @param {number|string} n */
const money = (n) => ({ amount: Number(n).toFixed(2), currency: 'USD' });
/** @param {number|string} n */
const dec4 = (n) => Number(n).toFixed(4);

const STAFF = [
	{
		id: 21,
		user: 9021,
		company: COMPANY_ID,
		is_admin: true,
		is_active: true,
		is_poc: true,
		email: 'alice@greenleaffarms.example',
		phone: '303-555-0121',
		identification_number: 'EMP-001',
		display_name: 'Alice Rivera',
		username: 'alice.rivera',
	},
	{
		id: 22,
		user: 9022,
		company: COMPANY_ID,
		is_admin: false,
		is_active: true,
		is_poc: false,
		email: 'ben@greenleaffarms.example',
		phone: '303-555-0122',
		identification_number: 'EMP-002',
		display_name: 'Ben Okafor',
		username: 'ben.okafor',
	},
	{
		id: 23,
		user: 9023,
		company: COMPANY_ID,
		is_admin: false,
		is_active: true,
		is_poc: false,
		email: 'carla@greenleaffarms.example',
		phone: '303-555-0123',
		identification_number: 'EMP-003',
		display_name: 'Carla Nguyen',
		username: 'carla.nguyen',
	},
];

/** @param {number} id */
function staffRef(id) {
	const s = STAFF.find((x) => x.id === id);
	return { id, user: s ? s.display_name : `Staff ${id}` };
}

/**
 * @param {number} id
 * @param {string} orderNumber
 * @param {any} product
 * @param {number} qty
 */
function makeLineItem(id, orderNumber, product, qty) {
	return {
		id,
		ordered_unit_price: { ...product.wholesale_price },
		quantity: dec4(qty),
		order: orderNumber,
		product: String(product.id),
		notes: null,
		is_sample: false,
		sale_price: money(0),
		unit_multiplier: product.unit_multiplier,
		is_medical_line_item: false,
		is_packed: false,
		packed_at: null,
		packed_by: null,
		unit_of_measure: product.unit_of_measure,
		position: null,
		bulk_units: 0,
		on_sale: false,
		is_backorder: false,
		order_id: orderNumber,
		batch: null,
		package_tags: '',
		frozen_data: { product: { id: product.id, name: product.name, sku: product.sku } },
		wholesale_price: product.wholesale_price.amount,
	};
}

module.exports = {
	COMPANY_ID,
	BUYER_COMPANY_ID,
	OTHER_SELLER_ID,
	IDS,
	ts,
	money,
	dec4,
	STAFF,
	staffRef,
	makeLineItem,
};
