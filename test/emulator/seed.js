// @ts-check
'use strict';

/**
 * Deterministic seed data for the LeafLink emulator: one seller company (id 1, Greenleaf Farms) and
 * everything it needs. Field names and value types follow the spec's response schemas (money as
 * `{amount: "12.50", currency: "USD"}`, quantities as decimal strings, order `number` as a UUID,
 * line-item `product` as a string id as the spec declares). All dates are fixed.
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
	{ id: 21, user: 9021, company: COMPANY_ID, is_admin: true, is_active: true, is_poc: true, email: 'alice@greenleaffarms.example', phone: '303-555-0121', identification_number: 'EMP-001', display_name: 'Alice Rivera', username: 'alice.rivera' },
	{ id: 22, user: 9022, company: COMPANY_ID, is_admin: false, is_active: true, is_poc: false, email: 'ben@greenleaffarms.example', phone: '303-555-0122', identification_number: 'EMP-002', display_name: 'Ben Okafor', username: 'ben.okafor' },
	{ id: 23, user: 9023, company: COMPANY_ID, is_admin: false, is_active: true, is_poc: false, email: 'carla@greenleaffarms.example', phone: '303-555-0123', identification_number: 'EMP-003', display_name: 'Carla Nguyen', username: 'carla.nguyen' },
];

/** Builds a fresh seeded state: `{ collectionName: Array<record> }`. */
function buildSeed() {
	const companies = [
		{ id: 1, name: 'Greenleaf Farms', slug: 'greenleaf-farms', dba: 'Greenleaf', address: '1200 Larimer St', city: 'Denver', state: 'CO', zipcode: '80204', description: 'Craft cannabis cultivator and manufacturer.', announcement: '', apply_ancillary_tax: false, apply_arms_length_tax: false, batch_enabled: true, business_identifier: 'GF-001', business_license_name: 'Greenleaf Farms LLC', buyer: false, seller: true, has_accting: true, hide_attached_packages: false, image: 'https://cdn.example/greenleaf.png', sts_enabled: false },
		{ id: 2, name: 'Mile High Dispensary', slug: 'mile-high-dispensary', dba: 'Mile High', address: '55 Colfax Ave', city: 'Denver', state: 'CO', zipcode: '80203', description: 'Retail dispensary.', announcement: '', apply_ancillary_tax: false, apply_arms_length_tax: false, batch_enabled: false, business_identifier: 'MHD-002', business_license_name: 'Mile High Retail LLC', buyer: true, seller: false, has_accting: false, hide_attached_packages: false, image: 'https://cdn.example/companies/2.png', sts_enabled: false },
		{ id: 3, name: 'Coastal Extracts', slug: 'coastal-extracts', dba: 'Coastal', address: '9 Harbor Rd', city: 'Boulder', state: 'CO', zipcode: '80301', description: 'Extraction lab.', announcement: '', apply_ancillary_tax: false, apply_arms_length_tax: false, batch_enabled: true, business_identifier: 'CE-003', business_license_name: 'Coastal Extracts Inc', buyer: false, seller: true, has_accting: false, hide_attached_packages: false, image: 'https://cdn.example/companies/3.png', sts_enabled: false },
	];
	const brands = [
		{ id: 11, name: 'Greenleaf Reserve', company: 1, description: 'Top-shelf flower and pre-rolls.', image: 'https://cdn.example/brands/11.png', banner: 'https://cdn.example/brands/11-banner.png' },
		{ id: 12, name: 'Greenleaf Kitchen', company: 1, description: 'Edibles and concentrates.', image: 'https://cdn.example/brands/12.png', banner: 'https://cdn.example/brands/12-banner.png' },
	];
	const staff = STAFF.map((s) => ({ ...s }));
	const categories = [
		{ id: 1, name: 'Flower', slug: 'flower', description: 'Dried flower' },
		{ id: 2, name: 'Edibles', slug: 'edibles', description: 'Infused foods' },
		{ id: 3, name: 'Concentrates', slug: 'concentrates', description: 'Extracts' },
		{ id: 4, name: 'Pre-Rolls', slug: 'pre-rolls', description: 'Pre-rolled joints' },
	];
	const subcategories = [
		{ id: 11, name: 'Indoor', slug: 'indoor', description: 'Indoor flower', category: 1 },
		{ id: 12, name: 'Chocolate', slug: 'chocolate', description: 'Chocolate bars', category: 2 },
		{ id: 13, name: 'Gummies', slug: 'gummies', description: 'Gummies', category: 2 },
		{ id: 14, name: 'Live Resin', slug: 'live-resin', description: 'Live resin', category: 3 },
		{ id: 15, name: 'Singles', slug: 'singles', description: 'Single pre-rolls', category: 4 },
	];
	const strains = [
		{ id: 31, name: 'Blue Dream', parents: [], company: 1, strain_classification: 'hybrid' },
		{ id: 32, name: 'Sour Diesel', parents: [], company: 1, strain_classification: 'sativa' },
		{ id: 33, name: 'Granddaddy Purple', parents: [], company: 1, strain_classification: 'indica' },
		{ id: 34, name: 'Harlequin', parents: [], company: 1, strain_classification: 'high-cbd' },
	];
	const productLines = [
		{ id: 41, name: 'Reserve Flower', brand: 11, menu_position: 1 },
		{ id: 42, name: 'Kitchen Classics', brand: 12, menu_position: 2 },
	];
	const licenseTypes = [
		{ id: 51, type: 'Cultivator', display_type: 'Adult Use Cultivator', classification: 'Adult Use', state: 6, require_ein: true, has_medical_line_items: false, active_for_registration: true, description: 'Recreational cultivation', pre_2018_CA: false, post_2018_CA: false, created_on: ts(-300), modified: ts(-300), state_abbr: 'CO' },
		{ id: 52, type: 'Retailer', display_type: 'Adult Use Retailer', classification: 'Adult Use', state: 6, require_ein: true, has_medical_line_items: false, active_for_registration: true, description: 'Recreational retail', pre_2018_CA: false, post_2018_CA: false, created_on: ts(-300), modified: ts(-300), state_abbr: 'CO' },
	];
	const licenses = [
		{ id: 61, number: '403R-00123', type: 'Cultivator', display_type: 'Adult Use Cultivator', classification: 'Adult Use' },
		{ id: 62, number: '404R-00456', type: 'Manufacturer', display_type: 'Adult Use Manufacturer', classification: 'MIPS' },
	];
	const facilities = [
		{ id: 71, name: 'Denver Warehouse', description: 'Main vault' },
		{ id: 72, name: 'Pueblo Grow', description: 'Cultivation site' },
	];
	const unitDenom = { id: 1, value: '1.00000', name: 'One', label: '1' };
	/** @type {Array<[number,string,string,number,number,number,string,number,number,number|null,number,string, Record<string,string>]>} */
	const productRows = [
		// id, name, sku, brand, category, sub_category, uom, wholesale, retail, strain, line, strain_class, external_ids
		[201, 'Blue Dream 3.5g', 'GLF-FLW-BD-35', 11, 1, 11, 'Gram', 18, 35, 31, 41, 'hybrid', { erp: 'ITEM-1001' }],
		[202, 'Sour Diesel 3.5g', 'GLF-FLW-SD-35', 11, 1, 11, 'Gram', 17.5, 34, 32, 41, 'sativa', { erp: 'ITEM-1002' }],
		[203, 'Granddaddy Purple 7g', 'GLF-FLW-GDP-7', 11, 1, 11, 'Gram', 32, 60, 33, 41, 'indica', {}],
		[204, 'Blue Dream Pre-Roll 1g', 'GLF-PR-BD-1', 11, 4, 15, 'Unit', 6, 12, 31, 41, 'hybrid', { erp: 'ITEM-1004' }],
		[205, 'Dark Chocolate Bar 100mg', 'GLF-EDB-DCB-100', 12, 2, 12, 'Unit', 9, 20, null, 42, 'na', { erp: 'ITEM-1005', pos: 'SKU-5' }],
		[206, 'Milk Chocolate Bar 100mg', 'GLF-EDB-MCB-100', 12, 2, 12, 'Unit', 9, 20, null, 42, 'na', {}],
		[207, 'Watermelon Gummies 100mg', 'GLF-EDB-WMG-100', 12, 2, 13, 'Unit', 8.25, 18, null, 42, 'na', { erp: 'ITEM-1007' }],
		[208, 'Harlequin CBD Gummies', 'GLF-EDB-HCG-50', 12, 2, 13, 'Unit', 7.5, 16, 34, 42, 'high-cbd', {}],
		[209, 'Sour Diesel Live Resin 1g', 'GLF-CON-SDLR-1', 12, 3, 14, 'Gram', 22, 45, 32, 42, 'sativa', { erp: 'ITEM-1009' }],
		[210, 'Blue Dream Live Resin 1g', 'GLF-CON-BDLR-1', 12, 3, 14, 'Gram', 22, 45, 31, 42, 'hybrid', {}],
	];
	const products = productRows.map(([id, name, sku, brand, category, sub, uom, wholesale, retail, strain, line, sc, ext], i) => ({
		id,
		created_on: ts(-200 + i),
		last_edit: ts(-20 + i),
		drop_date: null,
		dropped: null,
		name,
		sku,
		description: `<p>${name} from Greenleaf Farms.</p>`,
		quantity: dec4(500 - i * 25),
		reserved_qty: dec4(i * 3),
		available_inventory: dec4(500 - i * 25 - i * 3),
		display_name: name,
		unit_multiplier: uom === 'Unit' ? 12 : 1,
		retail_price: money(retail),
		wholesale_price: money(wholesale),
		sale_price: money(0),
		minimum_order: dec4(1),
		maximum_order: null,
		is_medical_line_item: false,
		AVAILABLE_FOR_SAMPLES: i % 3 === 0,
		extern_acct_id: null,
		extern_income_acct_id: '',
		featured: i === 0,
		tagline: null,
		featured_on_deals: false,
		allow_fractional_quantities: false,
		parent: null,
		listing_state: i === 9 ? 'Unavailable' : 'Available',
		display_listing_state: i === 9 ? 'Unavailable' : 'Available',
		inventory_management: 'manual',
		unit_of_measure: uom,
		sell_in_unit_of_measure: 'Case',
		unit_denomination: { ...unitDenom },
		category,
		sub_category: sub,
		grow_type: null,
		seller: COMPANY_ID,
		seller_internal_id: `PROD-${id}`,
		brand,
		product_line: line,
		manufacturer: COMPANY_ID,
		strain_classification: sc,
		license: { ...licenses[category === 1 || category === 4 ? 0 : 1] },
		children_count: '0',
		strains: strain ? [strain] : [],
		price_schedule_price: money(wholesale),
		image_count: i < 2 ? '1' : '0',
		is_ancillary: false,
		s2s_conversion_amount: '1.0000',
		extern_sts_ids: [],
		strain_classification_display: sc === 'na' ? 'N/A' : sc.charAt(0).toUpperCase() + sc.slice(1),
		modified: ts(-20 + i, 12),
		has_deals_eligible_children: 'false',
		discount_percent: 0,
		base_units_per_unit: uom === 'Unit' ? '1.0000' : '3.5000',
		external_ids: ext,
		threshold_value: 0,
		threshold_action: 'unavailable',
		reverse_threshold_value: 1,
		reverse_threshold_action: 'available',
		show_quantity: true,
		product_data_items: [],
	}));

	const address = (/** @type {string} */ a, /** @type {string} */ city, /** @type {string} */ zip) => ({ address: a, unit_number: '', city, county: 'Denver', state: 'CO', zipcode: zip });
	/** @type {Array<[number,string,string,string,Record<string,string>,number]>} */
	const customerRows = [
		[101, 'Mile High Dispensary', 'Mile High', 'C-0001', { erp: 'CUST-9001' }, 2],
		[102, 'Rocky Mountain Remedies', 'RMR', 'C-0002', { erp: 'CUST-9002', crm: 'acc_77' }, 0],
		[103, 'Boulder Botanicals', 'Boulder Bots', 'C-0003', {}, 0],
		[104, 'Colfax Cannabis Co', 'Colfax Co', 'C-0004', { erp: 'CUST-9004' }, 0],
		[105, 'Pueblo Green Market', 'Pueblo Green', 'C-0005', {}, 0],
		[106, 'Aspen Leaf Collective', 'Aspen Leaf', 'C-0006', {}, 0],
	];
	const customers = customerRows.map(([id, name, nickname, ext, extIds, partner], i) => ({
		id,
		state: 'CO',
		managers: [i % 2 === 0 ? 22 : 23],
		created_on: ts(-250 + i * 5),
		modified: ts(-30 + i, 10),
		next_contact_date: '2024-06-15',
		nickname,
		external_id: '',
		ext_acct_id: ext,
		license_number: `402R-0${1000 + id}`,
		old_license_number: null,
		license_inactive: false,
		business_identifier: `BID-${id}`,
		ein: `84-00${id}00`,
		directions: '',
		delivery_preferences: 'Weekdays 9-5',
		currency: 'USD',
		shipping_charge: '0.00',
		brand: '',
		name,
		dba: nickname,
		business_license_name: `${name} LLC`,
		description: '',
		website: `https://${nickname.toLowerCase().replace(/[^a-z]+/g, '')}.example`,
		address: `${100 + i} Main St`,
		unit_number: '',
		zipcode: '8020' + i,
		city: 'Denver',
		county: 'Denver',
		country: 'US',
		lat: '39.7392',
		long: '-104.9903',
		phone: `720-555-01${10 + i}`,
		phone_extension: '',
		email: `buyer@${nickname.toLowerCase().replace(/[^a-z]+/g, '')}.example`,
		notes: '',
		leaflink_last_views: ts(-30 + i),
		leaflink_source: false,
		archived: i === 5,
		delinquent: i === 4,
		discount_percent: i === 1 ? '5.00' : '0.00',
		owner: COMPANY_ID,
		// LeafLink declares partner, price_schedule and service_zone as integers, never null: a customer without them
		// is answered without the fields
		...(partner ? { partner } : {}),
		tier: i % 2 === 0 ? 711 : 712,
		license_type: 52,
		payment_term: 2,
		payment_methods: [1, 2],
		available_payment_options: [],
		status: 701,
		external_ids: extIds,
		corporate_address: address(`${100 + i} Main St`, 'Denver', '8020' + i),
		delivery_address: address(`${100 + i} Main St`, 'Denver', '8020' + i),
	}));

	const batches = [
		{ id: 301, owner: '1', production_batch_number: 'BD-2024-04', batch_date: '2024-04-02', thc: '22.1000', thca: '24.0000', total_thc: '23.1000', cbd: '0.1000', cbda: '0.1000', cbg: '0.8000', cbn: '0.1000', total_cannabinoids: '25.0000', cannabinoid_unit: '%', testing_source: 'SC Labs', is_from_api: true },
		{ id: 302, owner: '1', production_batch_number: 'SD-2024-04', batch_date: '2024-04-09', thc: '24.5000', thca: '26.0000', total_thc: '25.3000', cbd: '0.0500', cbda: '0.0500', cbg: '1.0000', cbn: '0.2000', total_cannabinoids: '27.1000', cannabinoid_unit: '%', testing_source: 'SC Labs', is_from_api: true },
		{ id: 303, owner: '1', production_batch_number: 'CHOC-2024-05', batch_date: '2024-05-01', thc: '100.0000', thca: '0.0000', total_thc: '100.0000', cbd: '0.0000', cbda: '0.0000', cbg: '0.0000', cbn: '0.0000', total_cannabinoids: '100.0000', cannabinoid_unit: 'mg', testing_source: 'Steep Hill', is_from_api: false },
	];
	const productBatches = [
		{ id: 311, product: '201', batch: 301 },
		{ id: 312, product: '202', batch: 302 },
		{ id: 313, product: '205', batch: 303 },
	];
	const batchDocuments = [
		{ id: 321, batch: 301, created_on: ts(-25), modified: ts(-25), summary: 'Certificate of analysis', document: 'https://cdn.example/docs/coa-bd-2024-04.pdf', filename: 'coa-bd-2024-04.pdf', size: 48213, sha256: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855' },
	];
	const inventoryItems = [
		{ id: 401, facility: 71, inventory: 1, product: 201, quantity: 250, quantity_in_product_uom: '250.0000', reserved_qty: '0.0000', reserved_qty_in_product_uom: '0.0000', batch: 301, is_archived: false },
		{ id: 402, facility: 71, inventory: 1, product: 202, quantity: 180, quantity_in_product_uom: '180.0000', reserved_qty: '6.0000', reserved_qty_in_product_uom: '6.0000', batch: 302, is_archived: false },
		{ id: 403, facility: 72, inventory: 2, product: 205, quantity: 600, quantity_in_product_uom: '600.0000', reserved_qty: '24.0000', reserved_qty_in_product_uom: '24.0000', batch: 303, is_archived: false },
		{ id: 404, facility: 72, inventory: 2, product: 209, quantity: 40, quantity_in_product_uom: '40.0000', reserved_qty: '0.0000', reserved_qty_in_product_uom: '0.0000', batch: 302, is_archived: true },
	];
	const productImages = [
		{ id: 961, image: 'https://cdn.example/products/201-1.jpg', product: 201, position: 1 },
		{ id: 962, image: 'https://cdn.example/products/202-1.jpg', product: 202, position: 1 },
	];
	const contacts = [
		{ id: 501, created_on: ts(-90), modified: ts(-10), owner: 101, first_name: 'Dana', last_name: 'Price', email: 'dana@milehigh.example', secondary_email: null, role: 'Purchasing Manager', description: null, phone: '720-555-0199', phone_extension: null, secondary_phone: null, secondary_phone_extension: null, delete: false },
		{ id: 502, created_on: ts(-80), modified: ts(-9), owner: 102, first_name: 'Eli', last_name: 'Stone', email: 'eli@rmr.example', secondary_email: null, role: 'Owner', description: null, phone: '720-555-0188', phone_extension: '12', secondary_phone: null, secondary_phone_extension: null, delete: false },
		{ id: 503, created_on: ts(-70), modified: ts(-8), owner: 104, first_name: 'Fran', last_name: 'Lee', email: null, secondary_email: null, role: 'Budtender', description: 'Prefers texts', phone: null, phone_extension: null, secondary_phone: null, secondary_phone_extension: null, delete: false },
	];
	const activityEntries = [
		{ id: 601, type: 'call', created_on: ts(-14), modified: ts(-14), date: ts(-14, 15), entry: 'Called about restock of Blue Dream.', delete: false, owner: 1, author: 22, company: 1, customer: 101, staff: 22, brand: 11, contact: 501 },
		{ id: 602, type: 'email', created_on: ts(-7), modified: ts(-7), date: ts(-7, 16), entry: 'Sent new edibles menu.', delete: false, owner: 1, author: 23, company: 1, customer: 102, staff: 23, brand: 12, contact: 502 },
	];
	const customerStatuses = [
		{ id: 701, state: 'Active', order: 1, description: 'Ordering regularly', owner: 1, is_stock: true, hex_color: '#2e7d32' },
		{ id: 702, state: 'Prospect', order: 2, description: null, owner: 1, is_stock: true, hex_color: '#f9a825' },
	];
	const customerTiers = [
		{ id: 711, created_on: ts(-365), modified: ts(-365), rank: 'Gold', sort: 1 },
		{ id: 712, created_on: ts(-365), modified: ts(-365), rank: 'Silver', sort: 2 },
	];
	const promocodes = [
		{ id: 901, brand: 11, code: 'SPRING10', discount_type: '%', discount_amount: '10.00', start_date: '2024-03-01T00:00:00Z', end_date: '2024-06-30T23:59:59Z' },
		{ id: 902, brand: 12, code: 'CHOC5', discount_type: '%', discount_amount: '5.00', start_date: '2024-04-01T00:00:00Z', end_date: '2024-12-31T23:59:59Z' },
	];
	const reports = [
		{ number: IDS.reports[0], user: 9021, status: 'completed', report_type: 'orders-received', request_time: ts(-3), complete_time: ts(-3, 10), company: 1, export: 'https://cdn.example/reports/orders-received.csv', query: {}, to_email: 'alice@greenleaffarms.example' },
	];
	const retailerInventory = [
		{ id: 951, is_low: false, source: 'pos', name: 'Blue Dream 3.5g', sku: 'GLF-FLW-BD-35', brand: 'Greenleaf Reserve', quantity: 42, company: 2, unit_of_measure: 'Unit', created_on: ts(-5), modified: ts(-1) },
		{ id: 952, is_low: true, source: 'pos', name: 'Dark Chocolate Bar 100mg', sku: 'GLF-EDB-DCB-100', brand: 'Greenleaf Kitchen', quantity: 3, company: 2, unit_of_measure: 'Unit', created_on: ts(-5), modified: ts(-1) },
	];

	// ---- orders ----
	const O = IDS.orders;
	/** @type {Array<[string,string,number,Array<[number,number]>,number[],Record<string,string>]>} */
	const orderRows = [
		// key, status, customer, [product, qty], sales reps, external_ids
		['draft', 'Draft', 101, [[201, 10], [205, 24]], [22], {}],
		['draft2', 'Draft', 103, [[203, 4]], [], {}],
		['submitted', 'Submitted', 102, [[202, 12], [207, 36]], [23], { erp: 'SO-5003' }],
		['submitted2', 'Submitted', 104, [[204, 48]], [22], {}],
		['accepted', 'Accepted', 101, [[201, 20], [209, 10]], [22], { erp: 'SO-5005' }],
		['accepted2', 'Accepted', 105, [[206, 24]], [23], {}],
		['backorder', 'Backorder', 102, [[208, 12]], [23], {}],
		['fulfilled', 'Fulfilled', 103, [[210, 6], [205, 12]], [22], {}],
		['shipped', 'Shipped', 104, [[202, 8]], [22, 23], { erp: 'SO-5009' }],
		['complete', 'Complete', 101, [[201, 30], [204, 24]], [22], { erp: 'SO-5010' }],
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
		for (const r of reps) orderSalesReps.push({ id: rep++, order: number, rep: r, created_on: created });
		eventLogs.push({ id: ev++, order: number, author_name: 'Alice Rivera', by: 'alice.rivera', event_type: 'created', description: 'Order created', created_on: created, modified: created, timestamp: created, changed_fields: {}, source: 'api', source_detail: 'seed' });
		if (['Accepted', 'Fulfilled', 'Shipped', 'Complete'].includes(status)) {
			eventLogs.push({ id: ev++, order: number, author_name: 'Ben Okafor', by: 'ben.okafor', event_type: 'accepted', description: 'Order accepted', created_on: modified, modified, timestamp: modified, changed_fields: { status: ['Submitted', 'Accepted'] }, source: 'app', source_detail: '' });
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
			customer: cust ? { id: cust.id, display_name: cust.name, ext_acct_id: cust.ext_acct_id, delinquent: cust.delinquent } : null,
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
	payments.push({ id: 1101, created_on: ts(8), modified: ts(8), order: O.accepted, recorded_by: 21, recorder_name: 'Alice Rivera', total: money(100), payment_date: '2024-05-09T15:30:00Z', reason: 'Deposit', payment_type: 'check' });
	payments.push({ id: 1102, created_on: ts(19), modified: ts(19), order: O.complete, recorded_by: 21, recorder_name: 'Alice Rivera', total: money(0), payment_date: '2024-05-20T15:30:00Z', reason: 'Paid in full', payment_type: 'ach' });
	comments.push({ id: 1201, order: O.submitted, author: 22, author_name: 'Ben Okafor', message: 'Customer asked for delivery on Tuesday.', created_on: ts(3, 12), modified: ts(3, 12) });
	comments.push({ id: 1202, order: O.accepted, author: 21, author_name: 'Alice Rivera', message: 'Deposit received.', created_on: ts(8, 12), modified: ts(8, 12) });

	const credits = [
		{ id: 801, company: 1, customer: { id: 101, display_name: 'Mile High Dispensary', ext_acct_id: 'C-0001', delinquent: false }, amount: { amount: 50, currency: 'USD' }, credit_date: '2024-05-10', status: 'active', status_display: 'Active', reason: 'return_defective', reason_display: 'Return - Defective', brand: 11, order: O.complete, order_display: O.complete.slice(-8), notes: 'Two damaged units', applied_to: null, applied_to_display: '', read_only: false, archived: false },
		{ id: 802, company: 1, customer: { id: 102, display_name: 'Rocky Mountain Remedies', ext_acct_id: 'C-0002', delinquent: false }, amount: { amount: 25, currency: 'USD' }, credit_date: '2024-05-12', status: 'used', status_display: 'Used', reason: 'promo_existing_customer', reason_display: 'Promo - Existing customer', brand: 12, order: null, order_display: '', notes: '', applied_to: O.submitted, applied_to_display: O.submitted.slice(-8), read_only: true, archived: false },
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
		line_items: [{ id: 5001 + i, product: { id: 7001 + i, name: i === 0 ? 'Distillate Cartridge 1g' : 'Bulk Trim 1lb', brand: { id: 31, name: 'Coastal' } }, quantity: 10 * (i + 1), unit_price: 15, total: 150 * (i + 1) }],
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
		delivery_address: { address: '1200 Larimer St', unit_number: '', city: 'Denver', state: 'CO', zipcode: '80204' },
		seller_id: 3,
		buyer_id: 1,
	}));

	const deliveryInformation = [
		{ id: 1, order: O.shipped, acquire_date: '2024-05-15', acquire_type: 1, get_acquire_type_display: 'Pickup', manifest_number: 'MAN-0009' },
		{ id: 2, order: O.complete, acquire_date: '2024-05-16', acquire_type: 2, get_acquire_type_display: 'Delivery', manifest_number: 'MAN-0010' },
	];

	return {
		companies,
		brands,
		'company-staff': staff,
		'product-categories': categories,
		'product-subcategories': subcategories,
		strains,
		'product-lines': productLines,
		'license-types': licenseTypes,
		licenses,
		facilities,
		products,
		customers,
		batches,
		'product-batches': productBatches,
		'batch-documents': batchDocuments,
		'inventory-items': inventoryItems,
		'product-images': productImages,
		contacts,
		'activity-entries': activityEntries,
		'customer-statuses': customerStatuses,
		'customer-tiers': customerTiers,
		promocodes,
		reports,
		'retailer-inventory': retailerInventory,
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

module.exports = { buildSeed, IDS, COMPANY_ID, STAFF, staffRef, makeLineItem, money, dec4, ts };
