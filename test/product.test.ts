import type { IDataObject } from 'n8n-workflow';
import { productCreateParams } from './helpers/fixtures';
import { useLeafLink } from './helpers/leaflink';

const h = useLeafLink();
const rl = (value: string | number, mode = 'id') => ({ __rl: true, mode, value: String(value) });

const createParams = productCreateParams;

const productBySku = (sku: string) =>
	h.emu.db.products.all().find((p: { sku: string }) => p.sku === sku);

describe('Product: Get Many', () => {
	it('sends SKU lists, IDs, listing states, date ranges and external IDs as LeafLink reads them', async () => {
		const result = await h.run({
			resource: 'product',
			operation: 'getMany',
			returnAll: true,
			filters: {
				sku: 'GLF-FLW-BD-35, GLF-FLW-SD-35, GLF-EDB-DCB-100',
				category: 1,
				brand: 11,
				subCategory: 11,
				productLine: 41,
				listingState: ['Available', 'Unavailable'],
				modifiedAfter: '2024-01-01T00:00:00Z',
				modifiedBefore: '2030-01-01',
				externalIdKey: 'erp',
				externalIdValues: 'ITEM-1001, ITEM-1002',
				parentIsNull: 'true',
			},
			options: { includeChildren: ['images', 'strains'] },
		});
		expect(result.error).toBeUndefined();
		const out = h.json(result);
		expect(out.map((p) => p.sku).sort()).toEqual(['GLF-FLW-BD-35', 'GLF-FLW-SD-35']);
		expect(out[0]).toEqual(
			expect.objectContaining({
				id: expect.any(Number),
				wholesale_price: expect.any(Number),
				quantity: expect.any(Number),
			}),
		);
		const q = h.emu.requests[0].query;
		expect(h.emu.requests[0].template).toBe('GET /products/');
		expect(q).toEqual(
			expect.objectContaining({
				sku: 'GLF-FLW-BD-35,GLF-FLW-SD-35,GLF-EDB-DCB-100',
				category: '1',
				brand: '11',
				sub_category: '11',
				product_line: '41',
				listing_state: 'Available,Unavailable',
				modified__gte: '2024-01-01T00:00:00Z',
				modified__lte: '2030-01-01T00:00:00Z',
				external_id_key: 'erp',
				external_id_values: 'ITEM-1001,ITEM-1002',
				parent__isnull: 'true',
				include_children: 'images,strains',
			}),
		);
	});

	it('pages with a limit, raw when Simplify is off, and filters by parent, strain, license and dates', async () => {
		const result = await h.run({
			resource: 'product',
			operation: 'getMany',
			returnAll: false,
			limit: 2,
			simplify: false,
			filters: {
				strain: 31,
				license: 61,
				parent: 0,
				createdAfter: '2023-01-01',
				lastEditBefore: '2030-01-01',
				search: 'Blue',
			},
		});
		expect(result.error).toBeUndefined();
		expect(h.json(result)).toHaveLength(2);
		expect(h.json(result)[0].AVAILABLE_FOR_SAMPLES).toBeDefined();
		expect(h.emu.requests[0].query).toEqual(
			expect.objectContaining({
				strains: '31',
				license: '61',
				created_on__gte: '2023-01-01T00:00:00Z',
				last_edit__lte: '2030-01-01T00:00:00Z',
				search: 'Blue',
				limit: '2',
			}),
		);
		expect(h.emu.requests[0].query.parent).toBeUndefined();
	});

	it('refuses a list where the spec takes one ID, and a key without values, before any request', async () => {
		const list = await h.run({
			resource: 'product',
			operation: 'getMany',
			filters: { brand: '11,12' },
		});
		expect(list.error?.message).toMatch(/Brand takes one ID, not a list/);
		const key = await h.run({
			resource: 'product',
			operation: 'getMany',
			filters: { externalIdKey: 'erp' },
		});
		expect(key.error?.message).toMatch(/External ID Values is required/);
		const date = await h.run({
			resource: 'product',
			operation: 'getMany',
			filters: { modifiedAfter: 'last tuesday' },
		});
		expect(date.error?.message).toMatch(/Modified After is not a date/);
		expect(h.emu.requests).toHaveLength(0);
	});
});

describe('Product: Get', () => {
	it('gets a product by ID, from a URL, and from the searchable list', async () => {
		const byId = await h.run({
			resource: 'product',
			operation: 'get',
			productId: rl(201),
			options: { fieldsExclude: 'description' },
		});
		expect(h.json(byId)[0]).toEqual(
			expect.objectContaining({
				id: 201,
				sku: 'GLF-FLW-BD-35',
				strains: [31],
				license_id: 61,
				license_number: '403R-00123',
			}),
		);
		const byUrl = await h.run({
			resource: 'product',
			operation: 'get',
			productId: rl(h.webUrl(`/c/greenleaf-farms/products/205/`), 'url'),
			simplify: false,
		});
		expect(h.json(byUrl)[0]).toEqual(
			expect.objectContaining({ id: 205, name: 'Dark Chocolate Bar 100mg' }),
		);
		expect(h.emu.requests.map((r) => r.template)).toEqual([
			'GET /products/{id}/',
			'GET /products/{id}/',
		]);
		expect(h.emu.requests[0].query.fields_exclude).toBe('description');
	});

	it('says what was not found, and refuses a non-numeric ID before any request', async () => {
		const missing = await h.run({ resource: 'product', operation: 'get', productId: rl(999999) });
		expect(missing.error?.message).toMatch(/found nothing.*404/);
		const bad = await h.run({
			resource: 'product',
			operation: 'get',
			productId: rl('={{ $json.nothing }}'),
		});
		expect(bad.error?.message).toMatch(/Product is required/);
		expect(h.emu.requests).toHaveLength(1);
	});
});

describe('Product: Create', () => {
	it("fills LeafLink's recommended defaults for what was left empty", async () => {
		const result = await h.run(createParams());
		expect(result.error).toBeUndefined();
		const out = h.json(result)[0];
		expect(out).toEqual(
			expect.objectContaining({
				sku: 'GLF-EDB-MINT-100',
				wholesale_price: 9.5,
				retail_price: 0,
				sale_price: 0,
			}),
		);
		const post = h.emu.requests.find((r) => r.template === 'POST /products/');
		expect(post?.status).toBe(201);
		expect(post?.body).toEqual({
			seller: 1,
			name: 'Mint Chocolate Bar 100mg',
			sku: 'GLF-EDB-MINT-100',
			brand: 12,
			category: 2,
			sub_category: 12,
			unit_of_measure: 'Unit',
			license: 62,
			listing_state: 'Available',
			wholesale_price: { amount: '9.50', currency: 'USD' },
			base_units_per_unit: '100',
			description: 'Mint Chocolate Bar 100mg',
			unit_multiplier: 1,
			retail_price: { amount: '0.00', currency: 'USD' },
			sale_price: { amount: '0.00', currency: 'USD' },
			minimum_order: '0.01',
			maximum_order: '100000',
			AVAILABLE_FOR_SAMPLES: true,
			featured: false,
			inventory_management: '1',
			unit_denomination: 1,
			strain_classification: 'na',
			manufacturer: 1,
		});
		// the Flower rule needs the category's name; an edible passes
		expect(h.emu.requests.map((r) => r.template)).toEqual([
			'GET /product-categories/{id}/',
			'POST /products/',
		]);
		expect(productBySku('GLF-EDB-MINT-100')).toEqual(
			expect.objectContaining({ manufacturer: 1, listing_state: 'Available' }),
		);
	});

	it('keeps what the user gave over the defaults, with external IDs, strains and a case multiplier', async () => {
		const result = await h.run(
			createParams(
				{},
				{
					description: '<p>Cool mint.</p>',
					unit_multiplier: 12,
					sell_in_unit_of_measure: 'Case',
					retail_price: 20,
					minimum_order: 1,
					AVAILABLE_FOR_SAMPLES: false,
					strains: [31, 32],
					product_line: 42,
					quantity: 240,
					strain_classification: 'hybrid',
					threshold_value: 5,
					threshold_action: 'backorder',
					product_data_items: '[{"spec_type": "thc", "decimal_value": "100", "dosage_unit": "mg"}]',
					externalIds: { pair: [{ key: 'erp', value: 'ITEM-2001' }] },
					seller_internal_id: 'PROD-MINT',
					drop_date: '2030-01-01T09:00:00Z',
				},
			),
		);
		expect(result.error).toBeUndefined();
		const body = h.emu.requests.find((r) => r.template === 'POST /products/')?.body;
		expect(body).toEqual(
			expect.objectContaining({
				description: '<p>Cool mint.</p>',
				unit_multiplier: 12,
				sell_in_unit_of_measure: 'Case',
				retail_price: { amount: '20.00', currency: 'USD' },
				minimum_order: '1',
				AVAILABLE_FOR_SAMPLES: false,
				strains: [31, 32],
				product_line: 42,
				quantity: '240',
				strain_classification: 'hybrid',
				threshold_action: 'backorder',
				external_ids: { erp: 'ITEM-2001' },
				drop_date: '2030-01-01T09:00:00Z',
			}),
		);
		// strains given: no need to look the category up
		expect(h.emu.requests.map((r) => r.template)).toEqual(['POST /products/']);
		expect(productBySku('GLF-EDB-MINT-100').external_ids).toEqual({ erp: 'ITEM-2001' });
	});

	it('without the defaults, names every required field left empty, before any request', async () => {
		const result = await h.run(createParams({ applyDefaults: false }));
		expect(result.error?.message).toBe(
			'Retail Price, Sale Price, Description, Minimum Order, Maximum Order, Inventory Management, Unit Denomination, Manufacturer Company, Strain Classification are required to create a product',
		);
		expect(String(result.error?.description)).toMatch(/Apply LeafLink Recommended Defaults/);
		expect(h.emu.requests).toHaveLength(0);
	});

	it('with the defaults, still needs what has no default (an expression giving nothing counts as empty)', async () => {
		const result = await h.run(
			createParams({ name: '={{ $json.missing }}', sku: '={{ $json.sku }}' }),
			{ items: [{ sku: '' }] },
		);
		expect(result.error?.message).toBe('Name, SKU, Description are required to create a product');
		expect(h.emu.requests).toHaveLength(0);
	});

	it('requires Sell In Unit of Measure when Unit Multiplier is above 1', async () => {
		const result = await h.run(createParams({}, { unit_multiplier: 6 }));
		expect(result.error?.message).toMatch(
			/^Sell In Unit of Measure is required when Unit Multiplier is greater than 1/,
		);
		expect(h.emu.requests).toHaveLength(0);
	});

	it('requires Base Units Per Unit with the generic Unit measure', async () => {
		const result = await h.run(createParams({ base_units_per_unit: 0 }));
		expect(result.error?.message).toMatch(
			/^Base Units Per Unit is required with the generic "Unit" unit of measure/,
		);
		expect(h.emu.requests).toHaveLength(0);
		const grams = await h.run(
			createParams({ unit_of_measure: 'Gram', base_units_per_unit: undefined }),
		);
		expect(grams.error).toBeUndefined();
	});

	it('requires strains for the Flower category', async () => {
		const flower = createParams({
			category: 1,
			sub_category: 11,
			unit_of_measure: 'Gram',
			base_units_per_unit: undefined,
		});
		const result = await h.run(flower);
		expect(result.error?.message).toBe('Strains are required for products in the Flower category');
		// only the category was read; nothing was created
		expect(h.emu.requests.map((r) => r.template)).toEqual(['GET /product-categories/{id}/']);
		h.emu.reset();
		const withStrains = await h.run({ ...flower, additionalFields: { strains: [33] } });
		expect(withStrains.error).toBeUndefined();
		expect(h.json(withStrains)[0].strains).toEqual([33]);
	});

	it('refuses bad values with the field named, before any request', async () => {
		const cases: Array<[IDataObject, IDataObject, RegExp]> = [
			[{ sku: 'A,B' }, {}, /SKU may not contain commas/],
			[{ seller: 'greenleaf' }, {}, /Seller Company must be a numeric LeafLink ID/],
			[{ wholesale_price: -1 }, {}, /Wholesale Price must be at least 0/],
			[{}, { unit_multiplier: 1.5 }, /Unit Multiplier must be a whole number/],
			[{}, { product_data_items: '{"spec_type": "thc"}' }, /must be a JSON array/],
			[{}, { product_data_items: '[{"decimal_value": "1"}]' }, /item 1 needs a "spec_type"/],
			[{}, { externalIds: { pair: [{ key: 'erp', value: 'x'.repeat(37) }] } }, /at most 36/],
			[{}, { tagline: '={{ $json.nothing }}' }, /Tagline is empty/],
		];
		for (const [over, additional, message] of cases) {
			const result = await h.run(createParams(over, additional));
			expect(result.error?.message).toMatch(message);
		}
		expect(h.emu.requests).toHaveLength(0);
	});

	it('answers 403 for a read-only key with what to change', async () => {
		const result = await h.run(createParams({}, { strains: [31] }), {
			credential: { ...h.credential, apiKey: h.emu.keys.readOnly },
		});
		expect(result.error?.message).toMatch(/may not do this.*403/);
		expect(String(result.error?.description)).toMatch(/Read & Write/);
		expect(productBySku('GLF-EDB-MINT-100')).toBeUndefined();
	});
});

describe('Product: Update, Archive, Set Inventory, External IDs', () => {
	it('updates fields with PATCH; the license goes by its number, as ProductUpdate takes it', async () => {
		const result = await h.run({
			resource: 'product',
			operation: 'update',
			productId: rl(205),
			updateFields: {
				name: 'Dark Chocolate Bar 100mg (New)',
				wholesale_price: 10,
				license: 61,
				listing_state: 'Internal',
				featured: true,
				description: '',
			},
		});
		expect(result.error).toBeUndefined();
		const patch = h.emu.requests.find((r) => r.template === 'PATCH /products/{id}/');
		expect(patch?.body).toEqual({
			name: 'Dark Chocolate Bar 100mg (New)',
			wholesale_price: { amount: '10.00', currency: 'USD' },
			license: { number: '403R-00123' },
			listing_state: 'Internal',
			featured: true,
			description: '',
		});
		expect(h.emu.requests.map((r) => r.template)).toEqual([
			'GET /licenses/{id}/',
			'PATCH /products/{id}/',
		]);
		expect(h.emu.db.products.get(205)).toEqual(
			expect.objectContaining({
				name: 'Dark Chocolate Bar 100mg (New)',
				listing_state: 'Internal',
			}),
		);
		expect(h.json(result)[0]).toEqual(expect.objectContaining({ id: 205, wholesale_price: 10 }));
	});

	it("checks the guide's rules against the product as it is", async () => {
		// 201 already sells in cases: a multiplier of 6 is fine
		const ok = await h.run({
			resource: 'product',
			operation: 'update',
			productId: rl(201),
			updateFields: { unit_multiplier: 6 },
		});
		expect(ok.error).toBeUndefined();
		expect(h.emu.requests.map((r) => r.template)).toEqual([
			'GET /products/{id}/',
			'PATCH /products/{id}/',
		]);

		h.emu.reset();
		delete h.emu.db.products.get(202).sell_in_unit_of_measure;
		const cases = await h.run({
			resource: 'product',
			operation: 'update',
			productId: rl(202),
			updateFields: { unit_multiplier: 6 },
		});
		expect(cases.error?.message).toMatch(/^Sell In Unit of Measure is required/);

		h.emu.reset();
		h.emu.db.products.get(203).strains = [];
		const flower = await h.run({
			resource: 'product',
			operation: 'update',
			productId: rl(203),
			updateFields: { category: 1 },
		});
		expect(flower.error?.message).toBe('Strains are required for products in the Flower category');

		h.emu.reset();
		const unit = await h.run({
			resource: 'product',
			operation: 'update',
			productId: rl(202),
			updateFields: { unit_of_measure: 'Unit' },
		});
		expect(unit.error).toBeUndefined(); // 202 has base_units_per_unit already
		h.emu.reset();
		h.emu.db.products.get(202).base_units_per_unit = null;
		const noBase = await h.run({
			resource: 'product',
			operation: 'update',
			productId: rl(202),
			updateFields: { unit_of_measure: 'Unit' },
		});
		expect(noBase.error?.message).toMatch(/^Base Units Per Unit is required/);
		expect(h.emu.requests.every((r) => r.method === 'GET')).toBe(true);
	});

	it('needs at least one field, and answers 404 for an unknown product', async () => {
		const empty = await h.run({
			resource: 'product',
			operation: 'update',
			productId: rl(201),
			updateFields: {},
		});
		expect(empty.error?.message).toMatch(/add at least one field/);
		expect(h.emu.requests).toHaveLength(0);
		const missing = await h.run({
			resource: 'product',
			operation: 'update',
			productId: rl(999999),
			updateFields: { name: 'X' },
		});
		expect(missing.error?.message).toMatch(/found nothing.*404/);
	});

	it('archives a product (LeafLink answers the archived product)', async () => {
		const result = await h.run({ resource: 'product', operation: 'archive', productId: rl(206) });
		expect(result.error).toBeUndefined();
		expect(h.json(result)[0]).toEqual(
			expect.objectContaining({ id: 206, listing_state: 'Archived', is_archived: true }),
		);
		expect(h.emu.db.products.get(206).listing_state).toBe('Archived');
		expect(h.emu.requests[0]).toEqual(
			expect.objectContaining({ template: 'DELETE /products/{id}/', status: 200 }),
		);
		const readOnly = await h.run(
			{ resource: 'product', operation: 'archive', productId: rl(207) },
			{ credential: { ...h.credential, apiKey: h.emu.keys.readOnly } },
		);
		expect(readOnly.error?.message).toMatch(/403/);
	});

	it('sets inventory, optionally turning inventory management on', async () => {
		const result = await h.run({
			resource: 'product',
			operation: 'setInventory',
			productId: rl(204),
			quantity: 132.5,
			manageInventory: true,
		});
		expect(result.error).toBeUndefined();
		expect(h.emu.requests[0].body).toEqual({ quantity: '132.5', inventory_management: '1' });
		expect(h.emu.db.products.get(204)).toEqual(
			expect.objectContaining({ quantity: '132.5', inventory_management: '1' }),
		);
		expect(h.json(result)[0].quantity).toBe(132.5);

		const only = await h.run({
			resource: 'product',
			operation: 'setInventory',
			productId: rl(204),
			quantity: 0,
		});
		expect(only.error).toBeUndefined();
		expect(h.emu.requests[1].body).toEqual({ quantity: '0' });
	});

	it('sets inventory item by item; Continue On Fail gives an error item per failing item', async () => {
		const result = await h.run(
			{
				resource: 'product',
				operation: 'setInventory',
				productId: rl('={{ $json.id }}'),
				quantity: '={{ $json.qty }}',
			},
			{
				items: [{ id: 201, qty: 10 }, { id: 202, qty: -5 }, { id: 999999, qty: 1 }, { id: 203 }],
				continueOnFail: true,
			},
		);
		const out = h.json(result);
		expect(out).toHaveLength(4);
		expect(out[0]).toEqual(expect.objectContaining({ id: 201, quantity: 10 }));
		expect(out[1].error).toMatch(/Quantity must be at least 0/);
		expect(out[2].error).toMatch(/404/);
		expect(out[3].error).toMatch(/Quantity is required/);
		expect(result.items.map((i) => (i.pairedItem as { item: number }).item)).toEqual([0, 1, 2, 3]);
		expect(h.emu.requests).toHaveLength(2);
		const readOnly = await h.run(
			{ resource: 'product', operation: 'setInventory', productId: rl(201), quantity: 1 },
			{ credential: { ...h.credential, apiKey: h.emu.keys.readOnly } },
		);
		expect(readOnly.error?.message).toMatch(/may not do this.*403/);
	});

	it('sets and removes external IDs', async () => {
		const set = await h.run({
			resource: 'product',
			operation: 'setExternalId',
			productId: rl(203),
			externalIds: {
				pair: [
					{ key: 'erp', value: 'ITEM-1003' },
					{ key: 'pos', value: 'SKU-3' },
				],
			},
		});
		expect(set.error).toBeUndefined();
		expect(h.emu.db.products.get(203).external_ids).toEqual({ erp: 'ITEM-1003', pos: 'SKU-3' });
		const removed = await h.run({
			resource: 'product',
			operation: 'removeExternalId',
			productId: rl(203),
			externalIdKeys: 'pos',
		});
		expect(removed.error).toBeUndefined();
		expect(h.emu.requests[1].body).toEqual({ external_ids: { pos: null } });
		expect(h.emu.db.products.get(203).external_ids).toEqual({ erp: 'ITEM-1003' });
	});
});
