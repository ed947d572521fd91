import { useLeafLink } from './helpers/leaflink';

const h = useLeafLink();
const rl = (value: string | number, mode = 'id') => ({ __rl: true, mode, value: String(value) });

describe('Company and Company Staff', () => {
	it('Company: Get Many and Get; 404', async () => {
		const list = await h.run({
			resource: 'company',
			operation: 'getMany',
			returnAll: false,
			limit: 2,
		});
		expect(h.json(list)).toHaveLength(2);
		expect(h.emu.requests[0].query).toEqual({ limit: '2', offset: '0' });
		const one = await h.run({ resource: 'company', operation: 'get', companyId: rl(1, 'list') });
		expect(h.json(one)[0].name).toBe('Greenleaf Farms');
		expect(
			(await h.run({ resource: 'company', operation: 'get', companyId: rl(99) })).error?.message,
		).toMatch(/found nothing.*404/);
	});

	it('Company Staff: Get Many with filters and Get; bad ID before any request', async () => {
		const admins = await h.run({
			resource: 'companyStaff',
			operation: 'getMany',
			returnAll: true,
			filters: { isAdmin: 'true', company: 1 },
		});
		expect(h.json(admins).map((s) => s.id)).toEqual([21]);
		expect(h.emu.requests[0].query).toEqual(
			expect.objectContaining({ is_admin: 'true', company: '1' }),
		);
		const one = await h.run({ resource: 'companyStaff', operation: 'get', staffId: rl(22) });
		expect(h.json(one)[0].display_name).toBe('Ben Okafor');
		const sent = h.emu.requests.length;
		const bad = await h.run({
			resource: 'companyStaff',
			operation: 'get',
			staffId: rl('={{ "ben" }}'),
		});
		expect(bad.error?.message).toMatch(/Staff Member must be a numeric LeafLink ID/);
		expect(h.emu.requests).toHaveLength(sent);
	});
});

describe('Promo Code', () => {
	it('Get Many, Get, Create, Update, Delete', async () => {
		const list = await h.run({
			resource: 'promoCode',
			operation: 'getMany',
			returnAll: true,
			filters: { brand: 11 },
		});
		expect(h.json(list).map((p) => p.code)).toEqual(['SPRING10']);
		expect(h.emu.requests[0].query).toEqual(expect.objectContaining({ brand: '11' }));
		const one = await h.run({ resource: 'promoCode', operation: 'get', promoCodeId: rl(902) });
		expect(h.json(one)[0].code).toBe('CHOC5');

		const created = await h.run({
			resource: 'promoCode',
			operation: 'create',
			brand: 12,
			code: 'SUMMER15',
			start_date: '2024-06-01',
			end_date: '2024-08-31T23:59:59Z',
			additionalFields: { discount_amount: 15 },
		});
		expect(created.error).toBeUndefined();
		expect(h.emu.requests.at(-1)!.body).toEqual({
			brand: 12,
			code: 'SUMMER15',
			start_date: '2024-06-01T00:00:00Z',
			end_date: '2024-08-31T23:59:59Z',
			discount_amount: '15',
			discount_type: '%',
		});
		const id = h.json(created)[0].id as number;
		await h.run({
			resource: 'promoCode',
			operation: 'update',
			promoCodeId: rl(id),
			updateFields: { code: 'SUMMER20', discount_amount: 20 },
		});
		expect(h.emu.db.promocodes.get(id)).toEqual(
			expect.objectContaining({ code: 'SUMMER20', discount_amount: '20' }),
		);
		const deleted = await h.run({
			resource: 'promoCode',
			operation: 'delete',
			promoCodeId: rl(id),
		});
		expect(h.json(deleted)).toEqual([{ id, deleted: true }]);
		expect(h.emu.db.promocodes.has(id)).toBe(false);
	});

	it('validates before any request; 404', async () => {
		const base = {
			resource: 'promoCode',
			operation: 'create',
			brand: 12,
			code: 'X',
			start_date: '2024-06-01',
			end_date: '2024-08-31',
		};
		expect((await h.run({ ...base, end_date: '2024-05-01' })).error?.message).toMatch(
			/Start Date .* is after End Date/,
		);
		expect(
			(await h.run({ ...base, additionalFields: { discount_amount: 150 } })).error?.message,
		).toMatch(/Discount Percent must be at most 100/);
		expect((await h.run({ ...base, brand: 0 })).error?.message).toMatch(/Brand ID is required/);
		expect(h.emu.requests).toHaveLength(0);
		expect(
			(
				await h.run({
					resource: 'promoCode',
					operation: 'update',
					promoCodeId: rl(5),
					updateFields: { code: 'Y' },
				})
			).error?.message,
		).toMatch(/404/);
	});
});

describe('Report', () => {
	it('Get Many, Get by number, Create', async () => {
		const list = await h.run({ resource: 'report', operation: 'getMany', returnAll: true });
		expect(h.json(list)).toHaveLength(1);
		const number = h.emu.ids.reports[0];
		const one = await h.run({ resource: 'report', operation: 'get', reportNumber: rl(number) });
		expect(h.json(one)[0]).toEqual(expect.objectContaining({ number, status: 'completed' }));
		expect(h.emu.requests.at(-1)!.template).toBe('GET /reports/{number}/');

		const created = await h.run({
			resource: 'report',
			operation: 'create',
			company: 1,
			reportType: 'accounts-receivable',
			query: '{"status": "Accepted"}',
		});
		expect(created.error).toBeUndefined();
		expect(h.emu.requests.at(-1)!.body).toEqual({
			company: 1,
			report_type: 'accounts-receivable',
			query: { status: 'Accepted' },
		});
		expect(h.json(created)[0].number).toEqual(expect.any(String));
	});

	it('validates before any request; 404', async () => {
		expect(
			(
				await h.run({
					resource: 'report',
					operation: 'create',
					company: 1,
					reportType: '={{ "sales" }}',
				})
			).error?.message,
		).toMatch(/Report Type must be one of/);
		expect(
			(
				await h.run({
					resource: 'report',
					operation: 'create',
					company: 1,
					reportType: 'orders-received',
					query: '{bad',
				})
			).error?.message,
		).toMatch(/Query \(JSON\) is not valid JSON/);
		expect(
			(await h.run({ resource: 'report', operation: 'get', reportNumber: rl('={{ "123" }}') }))
				.error?.message,
		).toMatch(/Report must be a LeafLink report number/);
		expect(h.emu.requests).toHaveLength(0);
		expect(
			(
				await h.run({
					resource: 'report',
					operation: 'get',
					reportNumber: rl('00000000-0000-4000-8000-000000000000'),
				})
			).error?.message,
		).toMatch(/404/);
	});
});

describe('Credit', () => {
	it('Get Many with filters and Get', async () => {
		const list = await h.run({
			resource: 'credit',
			operation: 'getMany',
			returnAll: true,
			filters: {
				status: ['active', 'used'],
				customer: '101',
				dateAfter: '2024-05-01',
				amountMin: 10,
			},
			options: { ordering: '-id' },
		});
		expect(h.json(list).map((c) => c.id)).toEqual([801]);
		expect(h.emu.requests[0].query).toEqual(
			expect.objectContaining({
				status: 'active,used',
				customer: '101',
				credit_date_after: '2024-05-01',
				amount_min: '10',
				ordering: '-id',
			}),
		);
		const one = await h.run({ resource: 'credit', operation: 'get', creditId: rl(802) });
		expect(h.json(one)[0].status).toBe('used');
	});

	it('validates before any request; 404', async () => {
		expect(
			(
				await h.run({
					resource: 'credit',
					operation: 'getMany',
					filters: { amountMin: 50, amountMax: 10 },
				})
			).error?.message,
		).toMatch(/Amount at Least \(50\) is more than Amount at Most \(10\)/);
		expect(
			(await h.run({ resource: 'credit', operation: 'getMany', filters: { order: 'SO-1' } })).error
				?.message,
		).toMatch(/Order Number must be/);
		expect(h.emu.requests).toHaveLength(0);
		expect(
			(await h.run({ resource: 'credit', operation: 'get', creditId: rl(1) })).error?.message,
		).toMatch(/404/);
	});
});

describe('Retailer Inventory', () => {
	it('Get Many, Get, Create, Update, Delete', async () => {
		const list = await h.run({
			resource: 'retailerInventory',
			operation: 'getMany',
			returnAll: true,
			filters: { company: 2 },
		});
		expect(h.json(list)).toHaveLength(2);
		expect(h.emu.requests[0].query).toEqual(expect.objectContaining({ company: '2' }));
		const one = await h.run({
			resource: 'retailerInventory',
			operation: 'get',
			retailerInventoryId: rl(951),
		});
		expect(h.json(one)[0].sku).toBe('GLF-FLW-BD-35');

		const created = await h.run({
			resource: 'retailerInventory',
			operation: 'create',
			company: 2,
			name: 'Sour Diesel 3.5g',
			sku: 'GLF-FLW-SD-35',
			brand: 'Greenleaf Reserve',
			quantity: 12,
			unit_of_measure: 'Unit',
			is_low: false,
			source: 'pos',
		});
		expect(created.error).toBeUndefined();
		expect(h.emu.requests.at(-1)!.body).toEqual({
			company: 2,
			name: 'Sour Diesel 3.5g',
			sku: 'GLF-FLW-SD-35',
			brand: 'Greenleaf Reserve',
			quantity: 12,
			unit_of_measure: 'Unit',
			is_low: false,
			source: 'pos',
		});
		const id = h.json(created)[0].id as number;
		await h.run({
			resource: 'retailerInventory',
			operation: 'update',
			retailerInventoryId: rl(id),
			updateFields: { quantity: 2, is_low: true },
		});
		expect(h.emu.db['retailer-inventory'].get(id)).toEqual(
			expect.objectContaining({ quantity: 2, is_low: true }),
		);
		const deleted = await h.run({
			resource: 'retailerInventory',
			operation: 'delete',
			retailerInventoryId: rl(id),
		});
		expect(h.json(deleted)).toEqual([{ id, deleted: true }]);
	});

	it('validates before any request; 404', async () => {
		const base = {
			resource: 'retailerInventory',
			operation: 'create',
			company: 2,
			name: 'N',
			sku: 'S',
			brand: 'B',
			quantity: 1,
			unit_of_measure: 'Unit',
			is_low: false,
			source: 'pos',
		};
		expect((await h.run({ ...base, quantity: 1.5 })).error?.message).toMatch(
			/Quantity must be a whole number/,
		);
		expect((await h.run({ ...base, sku: '={{ undefined }}' })).error?.message).toMatch(
			/SKU is required/,
		);
		expect(h.emu.requests).toHaveLength(0);
		expect(
			(
				await h.run({
					resource: 'retailerInventory',
					operation: 'delete',
					retailerInventoryId: rl(5),
				})
			).error?.message,
		).toMatch(/404/);
	});
});
