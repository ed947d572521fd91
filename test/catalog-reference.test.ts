import { useLeafLink } from './helpers/leaflink';

const h = useLeafLink();
const rl = (value: string | number, mode = 'id') => ({ __rl: true, mode, value: String(value) });
const readOnly = () => ({ credential: { ...h.credential, apiKey: h.emu.keys.readOnly } });

describe.each([
	['productCategory', 'categoryId', '/product-categories/', 3, { id: 3, name: 'Concentrates' }, 4],
	[
		'productSubcategory',
		'subcategoryId',
		'/product-subcategories/',
		13,
		{ id: 13, name: 'Gummies', category: 2 },
		5,
	],
	['license', 'licenseId', '/licenses/', 62, { id: 62, number: '404R-00456' }, 2],
	['licenseType', 'licenseTypeId', '/license-types/', 52, { id: 52, type: 'Retailer' }, 2],
	['brand', 'brandId', '/brands/', 12, { id: 12, name: 'Greenleaf Kitchen' }, 2],
	['strain', 'strainId', '/strains/', 32, { id: 32, name: 'Sour Diesel' }, 4],
	['productLine', 'productLineId', '/product-lines/', 42, { id: 42, name: 'Kitchen Classics' }, 2],
])('%s: Get Many and Get', (resource, locator, path, id, expected, count) => {
	it('lists every record across pages, gets one, and says what was not found', async () => {
		const list = await h.run({ resource, operation: 'getMany', returnAll: true, pageSize: 1 });
		expect(list.error).toBeUndefined();
		expect(h.json(list)).toHaveLength(count);
		expect(h.emu.requests).toHaveLength(count);
		expect(h.emu.requests[0].template).toBe(`GET ${path}`);
		const limited = await h.run({ resource, operation: 'getMany', returnAll: false, limit: 1 });
		expect(h.json(limited)).toHaveLength(1);
		const one = await h.run({ resource, operation: 'get', [locator]: rl(id) });
		expect(h.json(one)[0]).toEqual(expect.objectContaining(expected));
		const missing = await h.run(
			{ resource, operation: 'get', [locator]: rl(987654) },
			{ continueOnFail: true },
		);
		expect(h.json(missing)[0].error).toMatch(/found nothing.*404/);
		expect(missing.items[0].pairedItem).toEqual({ item: 0 });
	});
});

describe('filters of the reference lists', () => {
	it('licenses by number(s), brands by company, strains by name and classification, product lines by brand', async () => {
		const one = await h.run({
			resource: 'license',
			operation: 'getMany',
			returnAll: true,
			filters: { numbers: '403R-00123' },
		});
		expect(h.json(one).map((l) => l.id)).toEqual([61]);
		const two = await h.run({
			resource: 'license',
			operation: 'getMany',
			returnAll: true,
			filters: { numbers: '403R-00123, 404R-00456' },
		});
		expect(h.emu.requests[1].query).toEqual(
			expect.objectContaining({ number__in: '403R-00123,404R-00456' }),
		);
		expect(h.json(two)).toHaveLength(2);

		const brands = await h.run({
			resource: 'brand',
			operation: 'getMany',
			returnAll: true,
			filters: { companies: '1' },
		});
		expect(h.json(brands)).toHaveLength(2);
		expect(h.emu.requests[2].query).toEqual(expect.objectContaining({ company: '1' }));
		const badBrand = await h.run({
			resource: 'brand',
			operation: 'getMany',
			filters: { companies: '1, x' },
		});
		expect(badBrand.error?.message).toMatch(/Company IDs must be a numeric LeafLink ID, not "x"/);

		const strains = await h.run({
			resource: 'strain',
			operation: 'getMany',
			returnAll: true,
			filters: { classification: ['indica', 'sativa'], company: 1 },
		});
		expect(h.emu.requests[3].query).toEqual(
			expect.objectContaining({ strain_classification: 'indica,sativa', company: '1' }),
		);
		expect(
			h
				.json(strains)
				.map((s) => s.name)
				.sort(),
		).toEqual(['Granddaddy Purple', 'Sour Diesel']);

		const lines = await h.run({
			resource: 'productLine',
			operation: 'getMany',
			returnAll: true,
			filters: { brand: 12 },
		});
		expect(h.json(lines).map((l) => l.id)).toEqual([42]);
		expect(h.emu.requests[4].query).toEqual(expect.objectContaining({ brand: '12' }));
	});
});

describe('Strain: Create', () => {
	it('creates a strain with parents', async () => {
		const result = await h.run({
			resource: 'strain',
			operation: 'create',
			name: 'Blue Diesel',
			strain_classification: 'sativa-hybrid',
			additionalFields: { parents: [31, 32], company: 1 },
		});
		expect(result.error).toBeUndefined();
		expect(h.emu.requests[0].body).toEqual({
			name: 'Blue Diesel',
			strain_classification: 'sativa-hybrid',
			parents: [31, 32],
			company: 1,
		});
		expect(h.emu.db.strains.get(h.json(result)[0].id)).toEqual(
			expect.objectContaining({ name: 'Blue Diesel', parents: [31, 32] }),
		);
	});

	it('validates before any request; a read-only key gets a 403', async () => {
		const noName = await h.run({
			resource: 'strain',
			operation: 'create',
			name: '={{ $json.name }}',
			strain_classification: 'indica',
		});
		expect(noName.error?.message).toBe('Name is required');
		const bad = await h.run({
			resource: 'strain',
			operation: 'create',
			name: 'X',
			strain_classification: '={{ "kush" }}',
		});
		expect(bad.error?.message).toMatch(/Strain Classification must be one of/);
		expect(h.emu.requests).toHaveLength(0);
		const denied = await h.run(
			{ resource: 'strain', operation: 'create', name: 'X', strain_classification: 'indica' },
			readOnly(),
		);
		expect(denied.error?.message).toMatch(/may not do this.*403/);
	});
});

describe('Product Line: Create and Update', () => {
	it('creates a product line for a brand and updates it', async () => {
		const created = await h.run({
			resource: 'productLine',
			operation: 'create',
			name: 'Kitchen Gummies',
			brand: 12,
			additionalFields: { menu_position: 3 },
		});
		expect(created.error).toBeUndefined();
		expect(h.emu.requests[0].body).toEqual({
			name: 'Kitchen Gummies',
			brand: 12,
			menu_position: 3,
		});
		const id = h.json(created)[0].id as number;
		const updated = await h.run({
			resource: 'productLine',
			operation: 'update',
			productLineId: rl(id),
			updateFields: { name: 'Kitchen Gummies & Chews', menu_position: 1 },
		});
		expect(updated.error).toBeUndefined();
		expect(h.emu.requests[1].body).toEqual({ name: 'Kitchen Gummies & Chews', menu_position: 1 });
		expect(h.emu.db['product-lines'].get(id)).toEqual(
			expect.objectContaining({ name: 'Kitchen Gummies & Chews', brand: 12, menu_position: 1 }),
		);
	});

	it('validates before any request; unknown lines and read-only keys fail clearly', async () => {
		const long = await h.run({
			resource: 'productLine',
			operation: 'create',
			name: 'L'.repeat(101),
			brand: 12,
		});
		expect(long.error?.message).toBe('Name is 101 characters; LeafLink allows at most 100');
		const noBrand = await h.run({
			resource: 'productLine',
			operation: 'create',
			name: 'X',
			brand: '={{ $json.brand }}',
		});
		expect(noBrand.error?.message).toBe('Brand is required');
		const empty = await h.run({
			resource: 'productLine',
			operation: 'update',
			productLineId: rl(41),
			updateFields: {},
		});
		expect(empty.error?.message).toMatch(/add at least one field/);
		expect(h.emu.requests).toHaveLength(0);
		const missing = await h.run({
			resource: 'productLine',
			operation: 'update',
			productLineId: rl(4999),
			updateFields: { menu_position: 2 },
		});
		expect(missing.error?.message).toMatch(/404/);
		const denied = await h.run(
			{
				resource: 'productLine',
				operation: 'update',
				productLineId: rl(41),
				updateFields: { menu_position: 2 },
			},
			readOnly(),
		);
		expect(denied.error?.message).toMatch(/403/);
	});
});
