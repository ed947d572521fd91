import { useLeafLink } from './helpers/leaflink';

const h = useLeafLink();
const rl = (value: string | number, mode = 'id') => ({ __rl: true, mode, value: String(value) });
const MISSING_ORDER = '00000000-0000-4000-8000-000000000000';

describe('Payment', () => {
	it("Get Many lists all payments (paged) or one order's payments (bare list), simplified", async () => {
		const all = await h.run({
			resource: 'payment',
			operation: 'getMany',
			scope: 'all',
			returnAll: true,
		});
		expect(
			h
				.json(all)
				.map((p) => p.id)
				.sort(),
		).toEqual([1101, 1102]);
		expect(h.json(all)[0]).toEqual(
			expect.objectContaining({ amount: 100, currency: 'USD', payment_type: 'check' }),
		);
		expect(h.emu.requests[0].template).toBe('GET /order-payments/');

		const one = await h.run({
			resource: 'payment',
			operation: 'getMany',
			scope: 'order',
			orderNumber: rl(h.emu.ids.orders.accepted),
			simplify: false,
		});
		expect(h.json(one)).toHaveLength(1);
		expect(h.json(one)[0].total).toEqual({ amount: '100.00', currency: 'USD' });
		expect(h.emu.requests.at(-1)!.template).toBe('GET /orders-received/{number}/payments/');
	});

	it('Get gets one payment; an unknown ID is a 404', async () => {
		const got = await h.run({ resource: 'payment', operation: 'get', paymentId: rl(1101) });
		expect(h.json(got)[0]).toEqual(
			expect.objectContaining({ id: 1101, amount: 100, reason: 'Deposit' }),
		);
		expect(
			(await h.run({ resource: 'payment', operation: 'get', paymentId: rl(5) })).error?.message,
		).toMatch(/found nothing.*404/);
	});

	it('Create records a payment with amount, method, date and notes, and the balance follows', async () => {
		const { accepted } = h.emu.ids.orders;
		const result = await h.run({
			resource: 'payment',
			operation: 'create',
			orderNumber: rl(accepted),
			amount: 250.5,
			paymentDate: '2024-06-01',
			recordedBy: rl(21, 'list'),
			additionalFields: { payment_type: 'wire', reason: 'Second instalment' },
		});
		expect(result.error).toBeUndefined();
		expect(h.emu.requests[0].body).toEqual({
			order: accepted,
			recorded_by: 21,
			total: { amount: '250.5', currency: 'USD' },
			payment_date: '2024-06-01T00:00:00Z',
			payment_type: 'wire',
			reason: 'Second instalment',
		});
		expect(h.json(result)[0]).toEqual(
			expect.objectContaining({ amount: 250.5, payment_type: 'wire', order: accepted }),
		);
		expect(h.emu.db['order-payments'].size).toBe(3);
	});

	it('Create validates before any request; Continue On Fail pairs the error', async () => {
		const base = {
			resource: 'payment',
			operation: 'create',
			orderNumber: rl(h.emu.ids.orders.accepted),
			amount: 10,
			paymentDate: '2024-06-01',
			recordedBy: rl(21),
		};
		expect((await h.run({ ...base, amount: 0 })).error?.message).toMatch(
			/Amount must be more than 0/,
		);
		expect((await h.run({ ...base, paymentDate: 'soon' })).error?.message).toMatch(
			/Payment Date is not a date/,
		);
		expect(
			(await h.run({ ...base, additionalFields: { currency: 'US dollars' } })).error?.message,
		).toMatch(/Currency/);
		expect(h.emu.requests).toHaveLength(0);
		const cof = await h.run(
			{ ...base, orderNumber: rl('={{ $json.order }}') },
			{ items: [{ order: MISSING_ORDER }], continueOnFail: true },
		);
		expect(cof.items[0].json.error).toMatch(/LeafLink rejected.*order/);
		expect(cof.items[0].pairedItem).toEqual({ item: 0 });
	});
});

describe('Order Sales Rep', () => {
	it('Get Many, Get, Create and Delete an assignment', async () => {
		const list = await h.run({
			resource: 'orderSalesRep',
			operation: 'getMany',
			returnAll: false,
			limit: 2,
		});
		expect(h.json(list)).toHaveLength(2);
		expect(h.emu.requests[0].query).toEqual({ limit: '2', offset: '0' });

		const got = await h.run({
			resource: 'orderSalesRep',
			operation: 'get',
			orderSalesRepId: rl(1301),
		});
		expect(h.json(got)[0]).toEqual(expect.objectContaining({ id: 1301, rep: 22 }));

		const { draft2 } = h.emu.ids.orders;
		const created = await h.run({
			resource: 'orderSalesRep',
			operation: 'create',
			orderNumber: rl(draft2),
			rep: rl(23, 'list'),
		});
		expect(created.error).toBeUndefined();
		expect(h.emu.requests.at(-1)!.body).toEqual({ order: draft2, rep: 23 });
		const id = h.json(created)[0].id as number;
		expect(h.emu.db.orders.get(draft2).sales_reps.map((r: { id: number }) => r.id)).toEqual([23]);

		const deleted = await h.run({
			resource: 'orderSalesRep',
			operation: 'delete',
			orderSalesRepId: rl(id),
		});
		expect(h.json(deleted)).toEqual([{ id, deleted: true }]);
		expect(h.emu.db.orders.get(draft2).sales_reps).toEqual([]);
	});

	it('rejects a bad rep before any request, an unknown rep by LeafLink, and 404s an unknown assignment', async () => {
		const bad = await h.run({
			resource: 'orderSalesRep',
			operation: 'create',
			orderNumber: rl(h.emu.ids.orders.draft2),
			rep: rl('={{ "Ben" }}'),
		});
		expect(bad.error?.message).toMatch(/Sales Rep must be a numeric LeafLink ID/);
		expect(h.emu.requests).toHaveLength(0);
		const unknown = await h.run({
			resource: 'orderSalesRep',
			operation: 'create',
			orderNumber: rl(h.emu.ids.orders.draft2),
			rep: rl(999),
		});
		expect(unknown.error?.message).toMatch(/rep.*object does not exist/);
		expect(
			(await h.run({ resource: 'orderSalesRep', operation: 'get', orderSalesRepId: rl(1) })).error
				?.message,
		).toMatch(/404/);
		expect(
			(await h.run({ resource: 'orderSalesRep', operation: 'delete', orderSalesRepId: rl(1) }))
				.error?.message,
		).toMatch(/404/);
	});
});

describe('Order Event Log', () => {
	it('Get Many filters by order and person; Get reads one entry', async () => {
		const { accepted } = h.emu.ids.orders;
		const list = await h.run({
			resource: 'orderEventLog',
			operation: 'getMany',
			returnAll: true,
			filters: { order: accepted, by: 'ben.okafor' },
		});
		expect(h.json(list)).toHaveLength(1);
		expect(h.json(list)[0]).toEqual(
			expect.objectContaining({ event_type: 'accepted', order: accepted }),
		);
		expect(h.emu.requests[0].query).toEqual(
			expect.objectContaining({ order: accepted, by: 'ben.okafor' }),
		);
		const id = h.json(list)[0].id as number;
		const one = await h.run({ resource: 'orderEventLog', operation: 'get', eventLogId: rl(id) });
		expect(h.json(one)[0].id).toBe(id);
	});

	it('rejects an order filter that is not an order number; 404 for an unknown entry', async () => {
		const bad = await h.run({
			resource: 'orderEventLog',
			operation: 'getMany',
			filters: { order: 'SO-5005' },
		});
		expect(bad.error?.message).toMatch(/Order Number must be a LeafLink order number/);
		expect(h.emu.requests).toHaveLength(0);
		expect(
			(await h.run({ resource: 'orderEventLog', operation: 'get', eventLogId: rl(77) })).error
				?.message,
		).toMatch(/404/);
	});
});

describe('Order: Get Comments and Get Delivery Information', () => {
	it('returns each comment of an order as an item', async () => {
		const result = await h.run({
			resource: 'order',
			operation: 'getComments',
			orderNumber: rl(h.emu.ids.orders.submitted),
		});
		expect(h.json(result)).toEqual([
			expect.objectContaining({ message: 'Customer asked for delivery on Tuesday.' }),
		]);
		expect(h.emu.requests[0].template).toBe('GET /orders-received/{number}/comments/');
		const none = await h.run({
			resource: 'order',
			operation: 'getComments',
			orderNumber: rl(h.emu.ids.orders.draft),
		});
		expect(h.json(none)).toEqual([]);
	});

	it('returns the delivery information of an order', async () => {
		const result = await h.run({
			resource: 'order',
			operation: 'getDeliveryInformation',
			orderNumber: rl(h.emu.ids.orders.shipped),
		});
		expect(h.json(result)[0]).toEqual(
			expect.objectContaining({
				order_number: h.emu.ids.orders.shipped,
				manifest_number: 'MAN-0009',
			}),
		);
		expect(h.emu.requests[0].template).toBe('GET /orders/{order_number}/delivery-information/');
	});

	it('404 for an unknown order, and Continue On Fail pairs the error items', async () => {
		expect(
			(await h.run({ resource: 'order', operation: 'getComments', orderNumber: rl(MISSING_ORDER) }))
				.error?.message,
		).toMatch(/404/);
		const cof = await h.run(
			{ resource: 'order', operation: 'getDeliveryInformation', orderNumber: rl('={{ $json.n }}') },
			{ items: [{ n: h.emu.ids.orders.shipped }, { n: MISSING_ORDER }], continueOnFail: true },
		);
		expect(cof.items).toHaveLength(2);
		expect(cof.items[1].json.error).toMatch(/404/);
		expect(cof.items[1].pairedItem).toEqual({ item: 1 });
	});
});

describe('Buyer Order: Get Many', () => {
	it('lists orders placed as buyer with filters', async () => {
		const result = await h.run({
			resource: 'buyerOrder',
			operation: 'getMany',
			returnAll: true,
			filters: {
				status: 'accepted',
				seller: 3,
				modifiedAfter: '2024-01-01T00:00:00Z',
				externalIdKey: 'erp',
				externalIdValues: 'PO-1',
			},
			options: { includeChildren: ['line_items'] },
		});
		expect(result.error).toBeUndefined();
		expect(h.emu.requests[0].template).toBe('GET /buyer/orders/');
		expect(h.emu.requests[0].query).toEqual(
			expect.objectContaining({
				status: 'accepted',
				seller: '3',
				modified__gte: '2024-01-01T00:00:00Z',
				external_id_key: 'erp',
				include_children: 'line_items',
			}),
		);

		h.emu.reset();
		const accepted = await h.run({
			resource: 'buyerOrder',
			operation: 'getMany',
			returnAll: true,
			filters: { status: 'accepted' },
		});
		expect(h.json(accepted).map((o) => o.status)).toEqual(['Accepted']);
	});

	it('rejects a bad status or order number before any request', async () => {
		expect(
			(
				await h.run({
					resource: 'buyerOrder',
					operation: 'getMany',
					filters: { status: '={{ "draft" }}' },
				})
			).error?.message,
		).toMatch(/Status must be one of/);
		expect(
			(await h.run({ resource: 'buyerOrder', operation: 'getMany', filters: { number: '123' } }))
				.error?.message,
		).toMatch(/Order Number must be/);
		expect(h.emu.requests).toHaveLength(0);
	});
});
