// @ts-check
'use strict';

/**
 * Deterministic seed data for the LeafLink emulator: one seller company (id 1, Greenleaf Farms) and
 * everything it needs. Field names and value types follow the spec's response schemas (money as
 * `{amount: "12.50", currency: "USD"}`, quantities as decimal strings, order `number` as a UUID,
 * line-item `product` as a string id as the spec declares). All dates are fixed. Orders and what hangs off them
 * are in ./seed-orders.js; IDs and helpers in ./seed-common.js.
 */

const { COMPANY_ID, IDS, ts, money, dec4, STAFF, staffRef, makeLineItem } = require('./seed-common');
const { buildOrderSeed } = require('./seed-orders');

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
		...buildOrderSeed(customers, products),
	};
}

module.exports = { buildSeed, IDS, COMPANY_ID, STAFF, staffRef, makeLineItem, money, dec4, ts };
