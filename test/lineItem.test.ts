import { useLeafLink } from './helpers/leaflink';

const h = useLeafLink();
const rl = (value: string | number, mode = 'id') => ({ __rl: true, mode, value: String(value) });

describe('Line Item: Get Many', () => {
	it('lists line items across orders with filters sent as the spec names them, simplified with pricing', async () => {
		const result = await h.run({
			resource: 'lineItem',
			operation: 'getMany',
			scope: 'all',
			returnAll: false,
			limit: 5,
			filters: {
				productId: 205,
				customers: '101, 103',
				createdAfter: '2024-01-01',
				isSample: 'false',
				orders: `${h.emu.ids.orders.draft}, ${h.emu.ids.orders.fulfilled}`,
			},
			options: { expandProduct: true },
		});
		expect(result.error).toBeUndefined();
		const out = h.json(result);
		expect(out.length).toBe(2);
		expect(out.every((l) => l.product_id === '205' || (l.product_id as unknown) === 205)).toBe(
			true,
		);
		const q = h.emu.requests[0].query;
		expect(h.emu.requests[0].template).toBe('GET /line-items/');
		expect(q).toEqual(
			expect.objectContaining({
				product_id: '205',
				order__customers: '101,103',
				order__created_on__gte: '2024-01-01T00:00:00Z',
				is_sample: 'false',
				expand: 'product',
				limit: '5',
			}),
		);
		expect(String(q.order).split(',')).toHaveLength(2);
	});

	it('lists the line items of one order (bare list) with unit or sell-in-multiples pricing', async () => {
		const { draft } = h.emu.ids.orders;
		const unit = await h.run({
			resource: 'lineItem',
			operation: 'getMany',
			scope: 'order',
			orderNumber: rl(draft),
			pricing: 'unit',
		});
		expect(unit.error).toBeUndefined();
		expect(h.emu.requests[0].template).toBe('GET /orders-received/{number}/line-items/');
		expect(h.emu.requests[0].query).toEqual({});
		const lines = h.json(unit);
		expect(lines).toHaveLength(2);
		// product 205 is sold in cases of 12 at 9.00 per case in the seed, 24 cases ordered
		const choc = lines.find((l) => l.product_id === '205')!;
		expect(choc).toEqual(
			expect.objectContaining({
				pricing: 'unit',
				unit_multiplier: 12,
				effective_price: 9,
				single_unit_price: 0.75,
				sold_in_quantity: 24,
				single_unit_quantity: 288,
				price: 0.75,
				quantity: 288,
				line_total: 216,
				on_sale: false,
			}),
		);

		h.emu.reset();
		const cases = await h.run({
			resource: 'lineItem',
			operation: 'getMany',
			scope: 'order',
			orderNumber: rl(draft),
			pricing: 'sellInMultiples',
		});
		const caseLine = h.json(cases).find((l) => l.product_id === '205')!;
		expect(caseLine).toEqual(
			expect.objectContaining({
				pricing: 'sellInMultiples',
				price: 9,
				quantity: 24,
				line_total: 216,
			}),
		);
	});

	it('uses the sale price when it is above zero', async () => {
		const line = [...h.emu.db['line-items'].values()].find(
			(l) => l.order === h.emu.ids.orders.draft && l.product === '201',
		);
		line.sale_price = { amount: '15.00', currency: 'USD' };
		const result = await h.run({ resource: 'lineItem', operation: 'get', lineItemId: rl(line.id) });
		expect(h.json(result)[0]).toEqual(
			expect.objectContaining({
				on_sale: true,
				effective_price: 15,
				price: 15,
				quantity: 10,
				line_total: 150,
			}),
		);
	});

	it('rejects a bad filter before any request, and answers 404 for an unknown order', async () => {
		const bad = await h.run({
			resource: 'lineItem',
			operation: 'getMany',
			scope: 'all',
			filters: { customers: '101, abc' },
		});
		expect(bad.error?.message).toMatch(/Customer IDs must be a numeric LeafLink ID/);
		const badOrder = await h.run({
			resource: 'lineItem',
			operation: 'getMany',
			scope: 'order',
			orderNumber: rl('={{ "not-a-number" }}'),
		});
		expect(badOrder.error?.message).toMatch(/Order must be a LeafLink order number/);
		expect(h.emu.requests).toHaveLength(0);
		const missing = await h.run({
			resource: 'lineItem',
			operation: 'getMany',
			scope: 'order',
			orderNumber: rl('00000000-0000-4000-8000-000000000000'),
		});
		expect(missing.error?.message).toMatch(/found nothing.*404/);
	});
});

describe('Line Item: Get', () => {
	it('gets a line item raw or simplified, and 404s on an unknown ID', async () => {
		const raw = await h.run({
			resource: 'lineItem',
			operation: 'get',
			lineItemId: rl(1001),
			simplify: false,
			options: { expandProduct: true },
		});
		expect(h.json(raw)[0]).toEqual(expect.objectContaining({ id: 1001, quantity: '10.0000' }));
		expect(h.emu.requests[0].query).toEqual({ expand: 'product' });
		const missing = await h.run({ resource: 'lineItem', operation: 'get', lineItemId: rl(999999) });
		expect(missing.error?.message).toMatch(/found nothing.*404/);
	});

	it('Continue On Fail gives an error item paired with the failing item', async () => {
		const result = await h.run(
			{ resource: 'lineItem', operation: 'get', lineItemId: rl('={{ $json.id }}') },
			{ items: [{ id: 1001 }, { id: 'x' }], continueOnFail: true },
		);
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(2);
		expect(result.items[0].json.id).toBe(1001);
		expect(result.items[1].json.error).toMatch(/Line Item must be a numeric LeafLink ID/);
		expect(result.items[1].pairedItem).toEqual({ item: 1 });
		expect(h.emu.requests).toHaveLength(1);
	});
});

describe('Line Item: Create', () => {
	it('adds a product to an order and the order total follows', async () => {
		const { draft2 } = h.emu.ids.orders;
		const before = Number(h.emu.db.orders.get(draft2).total.amount);
		const result = await h.run({
			resource: 'lineItem',
			operation: 'create',
			orderNumber: rl(draft2),
			product: 204,
			quantity: 2,
			orderedUnitPrice: 72,
			salePrice: 0,
			additionalFields: { unit_multiplier: 12, notes: 'Two cases', is_sample: false },
		});
		expect(result.error).toBeUndefined();
		const sent = h.emu.requests[0];
		expect(sent.template).toBe('POST /line-items/');
		expect(sent.body).toEqual({
			order: draft2,
			product: '204',
			quantity: '2',
			ordered_unit_price: { amount: '72', currency: 'USD' },
			sale_price: { amount: '0', currency: 'USD' },
			unit_multiplier: 12,
			notes: 'Two cases',
			is_sample: false,
		});
		expect(h.json(result)[0]).toEqual(
			expect.objectContaining({ price: 6, quantity: 24, line_total: 144 }),
		);
		expect(Number(h.emu.db.orders.get(draft2).total.amount)).toBe(before + 144);
	});

	it('validates quantity, product and currency before any request; LeafLink errors name the field', async () => {
		const { draft2 } = h.emu.ids.orders;
		const base = {
			resource: 'lineItem',
			operation: 'create',
			orderNumber: rl(draft2),
			product: 204,
			quantity: 1,
			orderedUnitPrice: 5,
		};
		expect((await h.run({ ...base, quantity: 0 })).error?.message).toMatch(
			/Quantity must be more than 0/,
		);
		expect((await h.run({ ...base, product: 0 })).error?.message).toMatch(/Product ID/);
		expect(
			(await h.run({ ...base, additionalFields: { currency: 'dollars' } })).error?.message,
		).toMatch(/Currency must be a three-letter code/);
		expect(
			(await h.run({ ...base, additionalFields: { unit_multiplier: 1.5 } })).error?.message,
		).toMatch(/Unit Multiplier must be a whole number/);
		expect(h.emu.requests).toHaveLength(0);
		const unknownProduct = await h.run({ ...base, product: 99999 });
		expect(unknownProduct.error?.message).toMatch(/product.*object does not exist/);
	});
});

describe('Line Item: Update', () => {
	it('changes quantity and sale price, and the order total follows', async () => {
		const result = await h.run({
			resource: 'lineItem',
			operation: 'update',
			lineItemId: rl(1001),
			updateFields: { quantity: 5, salePrice: 16, notes: '' },
		});
		expect(result.error).toBeUndefined();
		expect(h.emu.requests[0].template).toBe('PATCH /line-items/{id}/');
		expect(h.emu.requests[0].body).toEqual({
			quantity: '5',
			sale_price: { amount: '16', currency: 'USD' },
			notes: '',
		});
		expect(h.json(result)[0]).toEqual(
			expect.objectContaining({ sold_in_quantity: 5, effective_price: 16, line_total: 80 }),
		);
		expect(h.emu.db['line-items'].get(1001).quantity).toBe('5.0000');
	});

	it('needs at least one field, and a currency only with a price', async () => {
		expect(
			(
				await h.run({
					resource: 'lineItem',
					operation: 'update',
					lineItemId: rl(1001),
					updateFields: {},
				})
			).error?.message,
		).toMatch(/at least one field/);
		expect(
			(
				await h.run({
					resource: 'lineItem',
					operation: 'update',
					lineItemId: rl(1001),
					updateFields: { currency: 'USD' },
				})
			).error?.message,
		).toMatch(/Currency applies to prices/);
		expect(h.emu.requests).toHaveLength(0);
		expect(
			(
				await h.run({
					resource: 'lineItem',
					operation: 'update',
					lineItemId: rl(424242),
					updateFields: { notes: 'x' },
				})
			).error?.message,
		).toMatch(/404/);
	});
});

describe('Line Item: Delete', () => {
	it('deletes a line item and says so; an unknown one is a 404', async () => {
		const result = await h.run({ resource: 'lineItem', operation: 'delete', lineItemId: rl(1002) });
		expect(h.json(result)).toEqual([{ id: 1002, deleted: true }]);
		expect(h.emu.db['line-items'].has(1002)).toBe(false);
		const again = await h.run({ resource: 'lineItem', operation: 'delete', lineItemId: rl(1002) });
		expect(again.error?.message).toMatch(/404/);
	});
});

describe('Order: line item pricing in the simplified output', () => {
	it('simplified orders with line items carry pricing per line and a subtotal', async () => {
		const { draft } = h.emu.ids.orders;
		const result = await h.run({
			resource: 'order',
			operation: 'get',
			orderNumber: rl(draft),
			options: { includeChildren: ['line_items'] },
		});
		const out = h.json(result)[0];
		const lines = out.line_items as Array<Record<string, unknown>>;
		expect(lines).toHaveLength(2);
		expect(lines[0]).toEqual(
			expect.objectContaining({
				pricing: 'unit',
				line_total: expect.any(Number),
				single_unit_price: expect.any(Number),
			}),
		);
		// 10 × 18.00 + 24 × 9.00
		expect(out.line_items_subtotal).toBe(396);
		expect(out.total).toBe(396);
	});
});
