import type { IDataObject } from 'n8n-workflow';
import { productCreateParams } from './helpers/fixtures';
import { useLeafLink } from './helpers/leaflink';

const h = useLeafLink();
const rl = (value: string | number, mode = 'id') => ({ __rl: true, mode, value: String(value) });

const customerUpsert = (value: string, extra: Record<string, unknown> = {}) => ({
	resource: 'customer',
	operation: 'upsert',
	upsertKey: 'erp',
	upsertValue: value,
	owner: 1,
	name: 'Summit Supply',
	...extra,
});

const orderUpsert = (value: string, extra: Record<string, unknown> = {}) => ({
	resource: 'order',
	operation: 'upsert',
	upsertKey: 'shop',
	upsertValue: value,
	seller: 1,
	customer: rl(101),
	status: 'Draft',
	lineItems: { item: [{ product: '201', quantity: 3, ordered_unit_price: 18, sale_price: 0 }] },
	...extra,
});

describe('Customer: Create or Update (by External ID)', () => {
	it('creates the customer with the external ID when none has it, then updates it on the next run', async () => {
		const first = await h.run(
			customerUpsert('CUST-5000', { additionalFields: { nickname: 'Summit' } }),
		);
		expect(first.error).toBeUndefined();
		const created = h.json(first)[0];
		expect(created._action).toBe('created');
		expect(h.emu.requests.map((r) => r.template)).toEqual(['GET /customers/', 'POST /customers/']);
		expect(h.emu.requests[0].query).toEqual(
			expect.objectContaining({ external_id_key: 'erp', external_id_values: 'CUST-5000' }),
		);
		expect(h.emu.requests[1].body).toEqual({
			owner: 1,
			name: 'Summit Supply',
			nickname: 'Summit',
			external_ids: { erp: 'CUST-5000' },
		});
		const id = created.id as number;
		expect(h.emu.db.customers.get(id).external_ids).toEqual({ erp: 'CUST-5000' });

		const second = await h.run(customerUpsert('CUST-5000', { name: 'Summit Supply Co' }));
		expect(h.json(second)[0]).toEqual(
			expect.objectContaining({ _action: 'updated', id, name: 'Summit Supply Co' }),
		);
		expect(h.emu.requests.slice(2).map((r) => r.template)).toEqual([
			'GET /customers/',
			'PATCH /customers/{id}/',
		]);
		expect(
			[...h.emu.db.customers.values()].filter((c) => c.external_ids?.erp === 'CUST-5000'),
		).toHaveLength(1);
	});

	it('updates the one seeded customer that has the external ID', async () => {
		const result = await h.run(customerUpsert('CUST-9004', { name: 'Colfax Cannabis Company' }));
		expect(h.json(result)[0]).toEqual(
			expect.objectContaining({ _action: 'updated', id: 104, name: 'Colfax Cannabis Company' }),
		);
	});

	it('fails naming the key and the matches when several customers have the external ID', async () => {
		h.emu.db.customers.get(105).external_ids = { erp: 'CUST-9004' };
		const result = await h.run(customerUpsert('CUST-9004'));
		expect(result.error?.message).toMatch(
			/2 customers have the external ID erp = "CUST-9004": 104, 105/,
		);
		expect(h.emu.requests.map((r) => r.template)).toEqual(['GET /customers/']);
	});

	it('validates the key and value before any request', async () => {
		expect((await h.run(customerUpsert('A,B'))).error?.message).toMatch(/must not contain a comma/);
		expect((await h.run(customerUpsert('x'.repeat(37)))).error?.message).toMatch(/at most 36/);
		expect((await h.run(customerUpsert('={{ undefined }}'))).error?.message).toMatch(
			/External ID Value is required/,
		);
		expect((await h.run(customerUpsert('C-1', { upsertKey: ' ' }))).error?.message).toMatch(
			/External ID Key is required/,
		);
		expect(
			(await h.run(customerUpsert('C-1', { additionalFields: { email: 'nope' } }))).error?.message,
		).toMatch(/Email is not an email/);
		expect(h.emu.requests).toHaveLength(0);
	});
});

describe('Order: Create or Update (by External ID)', () => {
	it("creates the order, then sets the external ID (the spec's order create has no external_ids)", async () => {
		const result = await h.run(
			orderUpsert('WEB-1001', { additionalFields: { notes: 'From the web shop' } }),
		);
		expect(result.error).toBeUndefined();
		const out = h.json(result)[0];
		expect(out._action).toBe('created');
		expect(h.emu.requests.map((r) => r.template)).toEqual([
			'GET /orders-received/',
			'POST /orders-received/',
			'PATCH /orders-received/{number}/',
		]);
		expect(h.emu.requests[1].body).not.toHaveProperty('external_ids');
		expect(h.emu.requests[2].body).toEqual({ external_ids: { shop: 'WEB-1001' } });
		expect(h.emu.db.orders.get(out.number).external_ids).toEqual({ shop: 'WEB-1001' });
		expect(out.external_ids).toEqual({ shop: 'WEB-1001' });
	});

	it('updates the one order with the external ID, and says what an update does not change', async () => {
		const { submitted } = h.emu.ids.orders;
		const result = await h.run(
			orderUpsert('SO-5003', { upsertKey: 'erp', additionalFields: { notes: 'Rush', brand: 11 } }),
		);
		expect(result.error).toBeUndefined();
		const out = h.json(result)[0];
		expect(out).toEqual(expect.objectContaining({ _action: 'updated', number: submitted }));
		expect(out._not_updated).toEqual(['seller', 'customer', 'status', 'line_items', 'brand']);
		expect(h.emu.requests.map((r) => r.template)).toEqual([
			'GET /orders-received/',
			'PATCH /orders-received/{number}/',
		]);
		expect(h.emu.requests[1].body).toEqual({ notes: 'Rush' });
		expect(h.emu.db.orders.get(submitted).notes).toBe('Rush');
	});

	it('reads the order back when there is nothing to change', async () => {
		const result = await h.run(orderUpsert('SO-5003', { upsertKey: 'erp' }));
		expect(h.json(result)[0]._action).toBe('updated');
		expect(h.emu.requests.map((r) => r.template)).toEqual([
			'GET /orders-received/',
			'GET /orders-received/{number}/',
		]);
	});

	it('fails naming the matches when several orders have the external ID', async () => {
		const { draft, draft2 } = h.emu.ids.orders;
		h.emu.db.orders.get(draft).external_ids = { shop: 'WEB-7' };
		h.emu.db.orders.get(draft2).external_ids = { shop: 'WEB-7' };
		const result = await h.run(orderUpsert('WEB-7'));
		expect(result.error?.message).toMatch(/2 orders have the external ID shop = "WEB-7"/);
		expect(result.error?.message).toContain(draft);
		expect(result.error?.message).toContain(draft2);
		expect(h.emu.requests).toHaveLength(1);
	});

	it('validates the order like Create before any request', async () => {
		expect((await h.run(orderUpsert('WEB-2', { lineItems: { item: [] } }))).error?.message).toMatch(
			/add at least one line item/,
		);
		expect((await h.run(orderUpsert('WEB-2', { seller: '={{ "" }}' }))).error?.message).toMatch(
			/Seller Company is required/,
		);
		expect(h.emu.requests).toHaveLength(0);
	});

	it('when setting the external ID fails after the create, says the order exists and not to run again', async () => {
		h.emu.inject({
			method: 'PATCH',
			path: /orders-received/,
			fault: 'status',
			status: 400,
			body: { external_ids: ['Invalid.'] },
		});
		const result = await h.run(orderUpsert('WEB-3'), { continueOnFail: true });
		const out = h.json(result)[0];
		expect(out.error).toMatch(/The order was created \(.+\) but its external ID could not be set/);
		expect(String(out.description)).toMatch(/Do not run this again/);
		expect(result.items[0].pairedItem).toEqual({ item: 0 });
	});
});

describe('Product: Create or Update (by External ID)', () => {
	const productUpsert = (value: string, over: IDataObject = {}) =>
		productCreateParams({ operation: 'upsert', upsertKey: 'erp', upsertValue: value, ...over });
	const withErp = (value: string) =>
		h.emu.db.products
			.all()
			.filter((p: { external_ids?: Record<string, string> }) => p.external_ids?.erp === value);

	it('creates the product with the external ID and the recommended defaults, then updates it without them', async () => {
		const first = await h.run(productUpsert('SKU-ERP-1'));
		expect(first.error).toBeUndefined();
		expect(h.json(first)[0]._action).toBe('created');
		expect(withErp('SKU-ERP-1')).toHaveLength(1);
		const created = h.emu.requests.find((r) => r.method === 'POST');
		expect(created?.body).toEqual(
			expect.objectContaining({
				sku: 'GLF-EDB-MINT-100',
				external_ids: { erp: 'SKU-ERP-1' },
				minimum_order: '0.01',
			}),
		);

		const firstRunRequests = h.emu.requests.length;
		const second = await h.run(
			productUpsert('SKU-ERP-1', {
				name: 'Mint Chocolate Bar 100mg (new wrapper)',
				applyDefaults: false,
			}),
		);
		expect(second.error).toBeUndefined();
		expect(h.json(second)[0]._action).toBe('updated');
		const secondRun = h.emu.requests.slice(firstRunRequests);
		expect(secondRun.some((r) => r.method === 'POST')).toBe(false);
		const patch = secondRun.find((r) => r.method === 'PATCH');
		expect(patch?.body.name).toBe('Mint Chocolate Bar 100mg (new wrapper)');
		expect(patch?.body).not.toHaveProperty('minimum_order');
		expect(withErp('SKU-ERP-1')).toHaveLength(1);
	});

	it('updates the one seeded product that carries the external ID', async () => {
		const seeded = h.emu.db.products
			.all()
			.find((p: { external_ids?: Record<string, string> }) => p.external_ids?.erp);
		const value = seeded.external_ids.erp as string;
		const result = await h.run(productUpsert(value, { applyDefaults: false }));
		expect(result.error).toBeUndefined();
		expect(h.json(result)[0]).toEqual(
			expect.objectContaining({ _action: 'updated', id: seeded.id }),
		);
	});

	it('fails naming the products when several carry the external ID', async () => {
		const [a, b] = h.emu.db.products.all();
		a.external_ids = { ...(a.external_ids ?? {}), erp: 'DUP-1' };
		b.external_ids = { ...(b.external_ids ?? {}), erp: 'DUP-1' };
		const result = await h.run(productUpsert('DUP-1'));
		expect(result.error?.message).toMatch(
			new RegExp(`2 products have the external ID erp = "DUP-1": ${a.id}, ${b.id}`),
		);
		expect(h.emu.requests.filter((r) => r.method !== 'GET')).toHaveLength(0);
	});
});
