import { randomBytes } from 'crypto';
import { useLeafLink } from './helpers/leaflink';

const h = useLeafLink();
const order = (resourceLocatorValue: string, mode = 'id') => ({
	__rl: true,
	mode,
	value: resourceLocatorValue,
});

describe('Order: Get Many', () => {
	it('returns a limited page, simplified, with auth and User-Agent on the wire', async () => {
		const result = await h.run({
			resource: 'order',
			operation: 'getMany',
			returnAll: false,
			limit: 3,
		});
		expect(result.error).toBeUndefined();
		const out = h.json(result);
		expect(out).toHaveLength(3);
		expect(out[0]).toEqual(
			expect.objectContaining({ number: expect.any(String), status: expect.any(String) }),
		);
		expect(typeof out[0].total).toBe('number');
		expect(result.items.every((i) => (i.pairedItem as { item: number }).item === 0)).toBe(true);
		const sent = h.emu.requests[0];
		expect(sent.template).toBe('GET /orders-received/');
		expect(sent.query).toEqual(expect.objectContaining({ limit: '3', offset: '0' }));
		expect(sent.userAgent).toBe('n8n_test_suite');
		expect(sent.authScheme).toBe('App');
		expect(h.emu.requestsWithoutUserAgent()).toBe(0);
	});

	it('returns every order across pages with Return All', async () => {
		const total = h.emu.db.orders.size;
		const result = await h.run({
			resource: 'order',
			operation: 'getMany',
			returnAll: true,
			pageSize: 5,
		});
		const numbers = h.json(result).map((o) => o.number);
		expect(numbers).toHaveLength(total);
		expect(new Set(numbers).size).toBe(total);
		expect(h.emu.requests.length).toBe(Math.ceil(total / 5));
	});

	it('asks for several statuses one status at a time (the spec takes one) and excludes statuses', async () => {
		const result = await h.run({
			resource: 'order',
			operation: 'getMany',
			returnAll: true,
			filters: { status: ['draft', 'submitted'] },
		});
		const statuses = h.json(result).map((o) => o.status);
		expect(statuses.sort()).toEqual(['Draft', 'Draft', 'Submitted', 'Submitted']);
		expect(h.emu.requests.map((r) => r.query.status)).toEqual(['draft', 'submitted']);

		h.emu.reset();
		const notDone = await h.run({
			resource: 'order',
			operation: 'getMany',
			returnAll: true,
			filters: { statusNot: ['cancelled'] },
		});
		expect(h.json(notDone).some((o) => o.status === 'Cancelled')).toBe(false);
		expect(h.emu.requests[0].query.status__not).toBe('cancelled');
	});

	it('sends date ranges, external ID filters and children as LeafLink reads them', async () => {
		const result = await h.run({
			resource: 'order',
			operation: 'getMany',
			returnAll: false,
			limit: 10,
			simplify: false,
			filters: {
				modifiedAfter: '2024-01-01T00:00:00Z',
				createdBefore: '2030-01-01',
				externalIdKey: 'erp',
				externalIdValues: 'SO-1, SO-2',
				salesRep: 22,
				paid: 'false',
			},
			options: { includeChildren: ['line_items', 'customer'], fieldsExclude: 'internal_notes' },
		});
		expect(result.error).toBeUndefined();
		const q = h.emu.requests[0].query;
		expect(q).toEqual(
			expect.objectContaining({
				modified__gte: '2024-01-01T00:00:00Z',
				created_on__lte: '2030-01-01',
				external_id_key: 'erp',
				external_id_values: 'SO-1,SO-2',
				sales_rep: '22',
				paid: 'false',
				include_children: 'line_items,customer',
				fields_exclude: 'internal_notes',
			}),
		);
	});

	it('rejects an unparseable date and a half external-ID filter before any request', async () => {
		const badDate = await h.run({
			resource: 'order',
			operation: 'getMany',
			filters: { modifiedAfter: 'yesterday-ish' },
		});
		expect(badDate.error?.message).toMatch(/Modified After is not a date/);
		const halfFilter = await h.run({
			resource: 'order',
			operation: 'getMany',
			filters: { externalIdKey: 'erp' },
		});
		expect(halfFilter.error?.message).toMatch(/External ID Values is required/);
		expect(h.emu.requests).toHaveLength(0);
	});
});

describe('Order: Get', () => {
	it('gets an order by number, by URL and with children', async () => {
		const { draft } = h.emu.ids.orders;
		const byId = await h.run({ resource: 'order', operation: 'get', orderNumber: order(draft) });
		expect(h.json(byId)[0]).toEqual(expect.objectContaining({ number: draft, status: 'Draft' }));

		const byUrl = await h.run({
			resource: 'order',
			operation: 'get',
			orderNumber: order(h.webUrl(`/c/greenleaf-farms/orders/${draft}/`), 'url'),
			simplify: false,
			options: { includeChildren: ['line_items'] },
		});
		expect(h.json(byUrl)[0].number).toBe(draft);
		expect(Array.isArray(h.json(byUrl)[0].line_items)).toBe(true);
		expect(h.emu.requests[1].template).toBe('GET /orders-received/{number}/');
	});

	it('says what was not found, and Continue On Fail gives an error item per failing item', async () => {
		const missing = '00000000-0000-4000-8000-000000000000';
		const failed = await h.run({
			resource: 'order',
			operation: 'get',
			orderNumber: order(missing),
		});
		expect(failed.error?.message).toMatch(/found nothing.*404/);

		const { draft } = h.emu.ids.orders;
		h.emu.reset();
		const mixed = await h.run(
			{ resource: 'order', operation: 'get', orderNumber: order('={{ $json.number }}') },
			{
				items: [{ number: draft }, { number: missing }, { number: 'not-a-uuid' }],
				continueOnFail: true,
			},
		);
		const out = h.json(mixed);
		expect(out).toHaveLength(3);
		expect(out[0].number).toBe(draft);
		expect(out[1].error).toMatch(/404/);
		expect(out[2].error).toMatch(/Order must be a LeafLink order number \(a UUID\)/);
		expect(mixed.items.map((i) => (i.pairedItem as { item: number }).item)).toEqual([0, 1, 2]);
		// the malformed number never reached LeafLink
		expect(h.emu.requests).toHaveLength(2);
	});

	it('with On Error "Continue (using error output)", failed items go to the error output with their record', async () => {
		const { draft } = h.emu.ids.orders;
		const missing = '00000000-0000-4000-8000-000000000000';
		const result = await h.run(
			{ resource: 'order', operation: 'get', orderNumber: order('={{ $json.number }}') },
			{
				items: [{ number: draft }, { number: missing, erp: 'SO-2' }, { number: 'not-a-uuid' }],
				onError: 'continueErrorOutput',
			},
		);
		expect(result.error).toBeUndefined();
		expect(h.json(result).map((o) => o.number)).toEqual([draft]);
		const failed = result.errorItems.map((i) => i.json);
		expect(failed).toHaveLength(2);
		// the input record travels with its error: LeafLink's status, the message and what to do
		expect(failed[0]).toMatchObject({ number: missing, erp: 'SO-2', error: { httpCode: '404' } });
		expect((failed[0].error as { message: string }).message).toMatch(/404/);
		expect(failed[1]).toMatchObject({ number: 'not-a-uuid' });
		expect((failed[1].error as { message: string }).message).toMatch(
			/a LeafLink order number \(a UUID\)/,
		);
		expect(result.errorItems.map((i) => (i.pairedItem as { item: number }).item)).toEqual([1, 2]);
	});

	it('reports a rejected key as a credential problem', async () => {
		const result = await h.run(
			{ resource: 'order', operation: 'get', orderNumber: order(h.emu.ids.orders.draft) },
			{ credential: { ...h.credential, apiKey: `wrong-${randomBytes(12).toString('hex')}` } },
		);
		expect(result.error?.message).toMatch(/LeafLink rejected the API key \(401\)/);
		expect(JSON.stringify(result.error)).not.toContain('wrong-key-123456');
	});
});

describe('Order: Create', () => {
	const createParams = (extra: Record<string, unknown> = {}) => ({
		resource: 'order',
		operation: 'create',
		seller: 1,
		customer: { __rl: true, mode: 'id', value: '101' },
		status: 'Draft',
		lineItems: {
			item: [
				{ product: '201', quantity: 10, ordered_unit_price: 12.5, sale_price: 0 },
				{
					product: '202',
					quantity: 2,
					ordered_unit_price: 40,
					sale_price: 35,
					unit_multiplier: 6,
					notes: 'case',
				},
			],
		},
		additionalFields: {
			external_id_seller: 'SO-1001',
			discount: 5,
			discount_type: '%',
			tax_amount: 8,
			shipping_charge: 15,
			notes: 'Deliver Monday',
			sales_reps: '22, 23',
			ship_date: '2024-06-01T10:00:00Z',
		},
		...extra,
	});

	it('creates an order with line items, discount, tax, shipping and sales reps', async () => {
		const before = h.emu.db.orders.size;
		const result = await h.run(createParams());
		expect(result.error).toBeUndefined();
		const created = h.json(result)[0];
		expect(created.status).toBe('Draft');
		expect(h.emu.db.orders.size).toBe(before + 1);
		const body = h.emu.requests[0].body;
		expect(body).toEqual(
			expect.objectContaining({
				seller: 1,
				customer: { id: 101 },
				status: 'Draft',
				external_id_seller: 'SO-1001',
				discount: 5,
				discount_type: '%',
				tax_amount: 8,
				tax_type: '%',
				shipping_charge: { amount: '15', currency: 'USD' },
				notes: 'Deliver Monday',
				sales_reps: [{ id: 22 }, { id: 23 }],
				ship_date: '2024-06-01T10:00:00Z',
			}),
		);
		expect(body.line_items[1]).toEqual({
			product: '202',
			quantity: '2',
			ordered_unit_price: { amount: '40', currency: 'USD' },
			sale_price: { amount: '35', currency: 'USD' },
			unit_multiplier: 6,
			notes: 'case',
			is_sample: false,
		});
		const stored = h.emu.db.orders.get(String(created.number));
		expect(stored.external_id_seller).toBe('SO-1001');
	});

	it('refuses bad input before any request, naming the field', async () => {
		const cases: Array<[Record<string, unknown>, RegExp]> = [
			[{ lineItems: { item: [] } }, /Line Items: add at least one line item/],
			[
				{ customer: { __rl: true, mode: 'id', value: '={{ "abc" }}' } },
				/Customer must be a numeric LeafLink ID/,
			],
			[{ seller: '={{ $json.missing }}' }, /Seller Company is required/],
			[
				{ lineItems: { item: [{ product: '201', quantity: 0, ordered_unit_price: 1 }] } },
				/Line Item 1: Quantity must be more than 0/,
			],
			[
				{ additionalFields: { discount: 150, discount_type: '%' } },
				/percentage discount is at most 100/,
			],
			[
				{ additionalFields: { discount_type: 'percent' } },
				/Discount Type must be one of Percent \(%\) \(%\), Amount \(\$\) \(\$\), not "percent"/,
			],
			[
				{ additionalFields: { payment_method_id: 4 } },
				/Payment Method ID and Payment Term ID go together/,
			],
			[{ additionalFields: { ship_date: 'next tuesday' } }, /Ship Date is not a date/],
			[{ status: 'Accepted' }, /Status must be one of Draft, Submitted, not "Accepted"/],
		];
		for (const [override, message] of cases) {
			const result = await h.run(createParams(override));
			expect(result.error?.message).toMatch(message);
		}
		expect(h.emu.requests).toHaveLength(0);
	});

	it('never retries a create that failed with a 500, and says how to check', async () => {
		h.emu.inject({
			method: 'POST',
			path: '/orders-received/',
			fault: 'status',
			status: 500,
			times: 1,
		});
		const before = h.emu.db.orders.size;
		const result = await h.run(createParams());
		expect(result.error?.message).toMatch(/LeafLink failed on Create an order .*HTTP 500/);
		expect(String(result.error?.description)).toMatch(
			/may have been applied.*Seller Number "SO-1001"/,
		);
		expect(h.emu.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
		expect(h.emu.db.orders.size).toBe(before);
	});

	it('waits out a 429 and then creates the order exactly once', async () => {
		h.emu.inject({
			method: 'POST',
			path: '/orders-received/',
			fault: 'rateLimit',
			retryAfter: 0.2,
			times: 2,
		});
		const before = h.emu.db.orders.size;
		const result = await h.run(createParams());
		expect(result.error).toBeUndefined();
		expect(h.emu.requests.map((r) => r.status)).toEqual([429, 429, 201]);
		expect(h.emu.db.orders.size).toBe(before + 1);
	});

	it('answers 403 for a read-only key with what to change', async () => {
		const result = await h.run(createParams(), {
			credential: { ...h.credential, apiKey: h.emu.keys.readOnly },
		});
		expect(result.error?.message).toMatch(/may not do this.*403/);
		expect(String(result.error?.description)).toMatch(/Read & Write/);
	});
});

describe('Order: Update, Transition, Delete, External IDs', () => {
	it('updates fields with PATCH', async () => {
		const { submitted } = h.emu.ids.orders;
		const result = await h.run({
			resource: 'order',
			operation: 'update',
			orderNumber: order(submitted),
			updateFields: {
				discount: 10,
				discount_type: '$',
				internal_notes: 'VIP',
				paid: true,
				paid_date: '2024-06-02',
			},
		});
		expect(result.error).toBeUndefined();
		expect(h.emu.requests[0].body).toEqual({
			discount: 10,
			discount_type: '$',
			internal_notes: 'VIP',
			paid: true,
			paid_date: '2024-06-02',
		});
		expect(h.emu.db.orders.get(submitted).internal_notes).toBe('VIP');
	});

	it('refuses an update with nothing to change', async () => {
		const result = await h.run({
			resource: 'order',
			operation: 'update',
			orderNumber: order(h.emu.ids.orders.draft),
			updateFields: {},
		});
		expect(result.error?.message).toMatch(/add at least one field/);
		expect(h.emu.requests).toHaveLength(0);
	});

	it('moves an order through to Complete', async () => {
		const { draft } = h.emu.ids.orders;
		for (const [transition, status] of [
			['submit', 'Submitted'],
			['accept', 'Accepted'],
			['fulfill', 'Fulfilled'],
			['ship', 'Shipped'],
			['complete', 'Complete'],
		]) {
			const result = await h.run({
				resource: 'order',
				operation: 'transition',
				orderNumber: order(draft),
				transition,
			});
			expect(result.error).toBeUndefined();
			expect(h.json(result)[0].status).toBe(status);
		}
		expect(h.emu.db.orders.get(draft).status).toBe('Complete');
	});

	it("shows LeafLink's words for an invalid transition and does not retry it", async () => {
		const result = await h.run({
			resource: 'order',
			operation: 'transition',
			orderNumber: order(h.emu.ids.orders.draft),
			transition: 'fulfill',
		});
		expect(result.error?.message).toMatch(/rejected Transition order \(fulfill\).*Draft/);
		expect(h.emu.requests).toHaveLength(1);
	});

	it('deletes a draft, and refuses any other status before sending a DELETE', async () => {
		const { draft, accepted } = h.emu.ids.orders;
		const ok = await h.run({ resource: 'order', operation: 'delete', orderNumber: order(draft) });
		expect(h.json(ok)[0]).toEqual({ number: draft, deleted: true });
		expect(h.emu.db.orders.has(draft)).toBe(false);

		const refused = await h.run({
			resource: 'order',
			operation: 'delete',
			orderNumber: order(accepted),
		});
		expect(refused.error?.message).toMatch(
			/Only draft orders can be deleted; order .* is Accepted/,
		);
		expect(h.emu.requests.filter((r) => r.method === 'DELETE')).toHaveLength(1);
		expect(h.emu.db.orders.has(accepted)).toBe(true);
	});

	it('sets and removes external IDs, keeping the other keys', async () => {
		const { accepted } = h.emu.ids.orders;
		const set = await h.run({
			resource: 'order',
			operation: 'setExternalId',
			orderNumber: order(accepted),
			externalIds: {
				pair: [
					{ key: 'erp', value: 'SO-77' },
					{ key: 'wms', value: 'W-1' },
				],
			},
		});
		expect(set.error).toBeUndefined();
		expect(h.emu.db.orders.get(accepted).external_ids).toEqual(
			expect.objectContaining({ erp: 'SO-77', wms: 'W-1' }),
		);

		const removed = await h.run({
			resource: 'order',
			operation: 'removeExternalId',
			orderNumber: order(accepted),
			externalIdKeys: 'wms',
		});
		expect(removed.error).toBeUndefined();
		expect(h.emu.requests[1].body).toEqual({ external_ids: { wms: null } });
		const ids = h.emu.db.orders.get(accepted).external_ids;
		expect(ids.erp).toBe('SO-77');
		expect('wms' in ids).toBe(false);
	});

	it('refuses an external ID value over 36 characters', async () => {
		const result = await h.run({
			resource: 'order',
			operation: 'setExternalId',
			orderNumber: order(h.emu.ids.orders.accepted),
			externalIds: { pair: [{ key: 'erp', value: 'x'.repeat(37) }] },
		});
		expect(result.error?.message).toMatch(/37 characters; LeafLink allows at most 36/);
		expect(h.emu.requests).toHaveLength(0);
	});
});
