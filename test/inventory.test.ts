import { useLeafLink } from './helpers/leaflink';

const h = useLeafLink();
const rl = (value: string | number, mode = 'id') => ({ __rl: true, mode, value: String(value) });

describe('Inventory Item', () => {
	it('lists items, leaving out archived ones unless asked, and by product', async () => {
		const active = await h.run({
			resource: 'inventoryItem',
			operation: 'getMany',
			returnAll: true,
		});
		expect(h.json(active).map((i) => i.id)).toEqual([401, 402, 403]);
		const all = await h.run({
			resource: 'inventoryItem',
			operation: 'getMany',
			returnAll: true,
			filters: { includeArchived: true },
		});
		expect(h.json(all).map((i) => i.id)).toEqual([401, 402, 403, 404]);
		expect(h.emu.requests[1].query).toEqual(expect.objectContaining({ include_archived: 'true' }));
		const byProduct = await h.run({
			resource: 'inventoryItem',
			operation: 'getMany',
			returnAll: true,
			filters: { product: 202 },
		});
		expect(h.json(byProduct).map((i) => i.id)).toEqual([402]);
		expect(h.emu.requests[2].query).toEqual(expect.objectContaining({ product: '202' }));
	});

	it('gets an item (archived ones on request) and says what was not found', async () => {
		const one = await h.run({
			resource: 'inventoryItem',
			operation: 'get',
			inventoryItemId: rl(404),
			options: { includeArchived: true },
		});
		expect(h.json(one)[0]).toEqual(expect.objectContaining({ id: 404, is_archived: true }));
		expect(h.emu.requests[0].query).toEqual({ include_archived: 'true' });
		const missing = await h.run({
			resource: 'inventoryItem',
			operation: 'get',
			inventoryItemId: rl(4999),
		});
		expect(missing.error?.message).toMatch(/found nothing.*404/);
	});

	it('creates an item for a product, facility and batch', async () => {
		const result = await h.run({
			resource: 'inventoryItem',
			operation: 'create',
			productId: rl(203),
			facility: 72,
			batchId: rl(301),
			quantity: 75.5,
		});
		expect(result.error).toBeUndefined();
		expect(h.emu.requests[0].body).toEqual({
			product: 203,
			facility: 72,
			batch: 301,
			quantity: 75.5,
			is_archived: false,
		});
		const id = h.json(result)[0].id;
		expect(h.emu.db['inventory-items'].get(id)).toEqual(
			expect.objectContaining({ product: 203, facility: 72, quantity: 75.5 }),
		);
	});

	it('validates before any request, and a read-only key gets a 403', async () => {
		const base = {
			resource: 'inventoryItem',
			operation: 'create',
			productId: rl(203),
			facility: 72,
			batchId: rl(301),
			quantity: 1,
		};
		const facility = await h.run({ ...base, facility: '={{ $json.f }}' });
		expect(facility.error?.message).toMatch(/Facility is required/);
		const quantity = await h.run(
			{ ...base, quantity: '={{ $json.q }}' },
			{ items: [{ q: 'lots' }] },
		);
		expect(quantity.error?.message).toMatch(/Quantity must be a number, not "lots"/);
		expect(h.emu.requests).toHaveLength(0);
		const denied = await h.run(base, {
			credential: { ...h.credential, apiKey: h.emu.keys.readOnly },
		});
		expect(denied.error?.message).toMatch(/may not do this.*403/);
	});

	it('updates the quantity or archives an item', async () => {
		const result = await h.run({
			resource: 'inventoryItem',
			operation: 'update',
			inventoryItemId: rl(402),
			updateFields: { quantity: 150, is_archived: false },
		});
		expect(result.error).toBeUndefined();
		expect(h.emu.requests[0].body).toEqual({ quantity: 150, is_archived: false });
		expect(h.emu.db['inventory-items'].get(402).quantity).toBe(150);
		const archived = await h.run({
			resource: 'inventoryItem',
			operation: 'update',
			inventoryItemId: rl(404),
			updateFields: { quantity: 0 },
			options: { includeArchived: true },
		});
		expect(archived.error).toBeUndefined();
		expect(h.emu.requests[1].query).toEqual({ include_archived: 'true' });
		const empty = await h.run({
			resource: 'inventoryItem',
			operation: 'update',
			inventoryItemId: rl(402),
			updateFields: {},
		});
		expect(empty.error?.message).toMatch(/add at least one field/);
		const negative = await h.run({
			resource: 'inventoryItem',
			operation: 'update',
			inventoryItemId: rl(402),
			updateFields: { quantity: -1 },
		});
		expect(negative.error?.message).toMatch(/Quantity must be at least 0/);
		expect(h.emu.requests).toHaveLength(2);
	});
});

describe('Facility', () => {
	it('lists facilities and gets one', async () => {
		const list = await h.run({ resource: 'facility', operation: 'getMany', returnAll: true });
		expect(h.json(list).map((f) => f.name)).toEqual(['Denver Warehouse', 'Pueblo Grow']);
		const one = await h.run({ resource: 'facility', operation: 'get', facilityId: rl(72) });
		expect(h.json(one)[0]).toEqual({
			id: 72,
			name: 'Pueblo Grow',
			description: 'Cultivation site',
		});
		const missing = await h.run({ resource: 'facility', operation: 'get', facilityId: rl(79) });
		expect(missing.error?.message).toMatch(/404/);
	});
});
