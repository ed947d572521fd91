import { useLeafLink } from './helpers/leaflink';

const h = useLeafLink();
const rl = (value: string | number, mode = 'id') => ({ __rl: true, mode, value: String(value) });

describe('Contact', () => {
	it('Get Many with filters, Get', async () => {
		const list = await h.run({
			resource: 'contact',
			operation: 'getMany',
			returnAll: true,
			filters: { owner: 101, lastNameStartsWith: 'Pr', modifiedAfter: '2024-01-01' },
		});
		expect(h.json(list).map((c) => c.id)).toEqual([501]);
		expect(h.emu.requests[0].query).toEqual(
			expect.objectContaining({
				owner: '101',
				last_name__startswith: 'Pr',
				modified__gte: '2024-01-01T00:00:00Z',
			}),
		);
		const one = await h.run({ resource: 'contact', operation: 'get', contactId: rl(502, 'list') });
		expect(h.json(one)[0]).toEqual(expect.objectContaining({ id: 502, first_name: 'Eli' }));
	});

	it('Create, Update, Delete', async () => {
		const created = await h.run({
			resource: 'contact',
			operation: 'create',
			customer: rl(103),
			first_name: 'Gia',
			additionalFields: { last_name: 'Park', email: 'gia@boulderbots.example', role: 'Buyer' },
		});
		expect(created.error).toBeUndefined();
		expect(h.emu.requests[0].body).toEqual({
			owner: 103,
			first_name: 'Gia',
			last_name: 'Park',
			email: 'gia@boulderbots.example',
			role: 'Buyer',
		});
		const id = h.json(created)[0].id as number;

		const updated = await h.run({
			resource: 'contact',
			operation: 'update',
			contactId: rl(id),
			updateFields: { phone: '720-555-0100', description: '' },
		});
		expect(updated.error).toBeUndefined();
		expect(h.emu.db.contacts.get(id)).toEqual(
			expect.objectContaining({ phone: '720-555-0100', description: '' }),
		);

		const deleted = await h.run({ resource: 'contact', operation: 'delete', contactId: rl(id) });
		expect(h.json(deleted)).toEqual([{ id, deleted: true }]);
		expect(h.emu.db.contacts.has(id)).toBe(false);
	});

	it('validates before any request; 404 and Continue On Fail', async () => {
		const base = { resource: 'contact', operation: 'create', customer: rl(103), first_name: 'Gia' };
		expect((await h.run({ ...base, first_name: 'A'.repeat(31) })).error?.message).toMatch(
			/First Name is 31 characters; LeafLink allows at most 30/,
		);
		expect((await h.run({ ...base, additionalFields: { email: 'gia@' } })).error?.message).toMatch(
			/Email is not an email address/,
		);
		expect((await h.run({ ...base, customer: rl('={{ "Boulder" }}') })).error?.message).toMatch(
			/Customer must be a numeric LeafLink ID/,
		);
		expect(
			(
				await h.run({
					resource: 'contact',
					operation: 'update',
					contactId: rl(501),
					updateFields: {},
				})
			).error?.message,
		).toMatch(/at least one field/);
		expect(h.emu.requests).toHaveLength(0);
		expect(
			(await h.run({ resource: 'contact', operation: 'get', contactId: rl(9) })).error?.message,
		).toMatch(/404/);
		const cof = await h.run(
			{ resource: 'contact', operation: 'delete', contactId: rl('={{ $json.id }}') },
			{ items: [{ id: 9 }], continueOnFail: true },
		);
		expect(cof.items[0].json.error).toMatch(/404/);
		expect(cof.items[0].pairedItem).toEqual({ item: 0 });
	});
});

describe('Activity Entry', () => {
	it('Get Many with filters, Get', async () => {
		const list = await h.run({
			resource: 'activityEntry',
			operation: 'getMany',
			returnAll: true,
			filters: { customer: '101, 102', type: 'call', dateAfter: '2024-01-01T00:00:00Z' },
			options: { ordering: '-customer__name' },
		});
		expect(h.json(list).map((a) => a.id)).toEqual([601]);
		expect(h.emu.requests[0].query).toEqual(
			expect.objectContaining({
				customer: '101,102',
				type: 'call',
				date__gte: '2024-01-01T00:00:00Z',
				ordering: '-customer__name',
			}),
		);
		const one = await h.run({
			resource: 'activityEntry',
			operation: 'get',
			activityEntryId: rl(602),
		});
		expect(h.json(one)[0].type).toBe('email');
	});

	it('Create, Update, Delete (LeafLink marks it deleted)', async () => {
		const created = await h.run({
			resource: 'activityEntry',
			operation: 'create',
			owner: 1,
			author: rl(22, 'list'),
			type: 'meeting',
			entry: 'Walked the new menu with the buyer.',
			additionalFields: { customer: 103, date: '2024-06-03T15:00:00Z' },
		});
		expect(created.error).toBeUndefined();
		expect(h.emu.requests[0].body).toEqual({
			owner: 1,
			author: 22,
			type: 'meeting',
			entry: 'Walked the new menu with the buyer.',
			customer: 103,
			date: '2024-06-03T15:00:00Z',
		});
		const id = h.json(created)[0].id as number;

		await h.run({
			resource: 'activityEntry',
			operation: 'update',
			activityEntryId: rl(id),
			updateFields: { entry: 'Walked the menu; follow up Friday.' },
		});
		expect(h.emu.db['activity-entries'].get(id).entry).toBe('Walked the menu; follow up Friday.');

		const deleted = await h.run({
			resource: 'activityEntry',
			operation: 'delete',
			activityEntryId: rl(id),
		});
		expect(h.json(deleted)[0]).toEqual(expect.objectContaining({ id, delete: true }));
		const deletedList = await h.run({
			resource: 'activityEntry',
			operation: 'getMany',
			returnAll: true,
			filters: { deleted: 'true' },
		});
		expect(h.json(deletedList).map((a) => a.id)).toEqual([id]);
	});

	it('validates before any request; 404', async () => {
		const base = {
			resource: 'activityEntry',
			operation: 'create',
			owner: 1,
			author: rl(22),
			type: 'call',
			entry: 'x',
		};
		expect((await h.run({ ...base, entry: 'x'.repeat(4001) })).error?.message).toMatch(
			/Entry is 4001 characters/,
		);
		expect(
			(await h.run({ ...base, additionalFields: { date: 'tomorrow' } })).error?.message,
		).toMatch(/Date is not a date/);
		expect((await h.run({ ...base, additionalFields: { contact: 0 } })).error?.message).toMatch(
			/Contact ID must be a numeric/,
		);
		expect(h.emu.requests).toHaveLength(0);
		expect(
			(
				await h.run({
					resource: 'activityEntry',
					operation: 'update',
					activityEntryId: rl(9),
					updateFields: { type: 'call' },
				})
			).error?.message,
		).toMatch(/404/);
	});
});

describe('Customer Status', () => {
	it('Get Many, Get, Create, Update, Delete', async () => {
		const list = await h.run({
			resource: 'customerStatus',
			operation: 'getMany',
			returnAll: true,
			filters: { isStock: 'true' },
			options: { ordering: 'order' },
		});
		expect(h.json(list).map((s) => s.state)).toEqual(['Active', 'Prospect']);
		expect(h.emu.requests[0].query).toEqual(
			expect.objectContaining({ is_stock: 'true', ordering: 'order' }),
		);
		const one = await h.run({
			resource: 'customerStatus',
			operation: 'get',
			customerStatusId: rl(702),
		});
		expect(h.json(one)[0].state).toBe('Prospect');

		const created = await h.run({
			resource: 'customerStatus',
			operation: 'create',
			owner: 1,
			state: 'Dormant',
			additionalFields: { hex_color: '#9e9e9e', order: 3 },
		});
		expect(h.emu.requests.at(-1)!.body).toEqual({
			owner: 1,
			state: 'Dormant',
			hex_color: '#9e9e9e',
			order: 3,
		});
		const id = h.json(created)[0].id as number;
		await h.run({
			resource: 'customerStatus',
			operation: 'update',
			customerStatusId: rl(id),
			updateFields: { description: 'No order in 90 days' },
		});
		expect(h.emu.db['customer-statuses'].get(id).description).toBe('No order in 90 days');
		const deleted = await h.run({
			resource: 'customerStatus',
			operation: 'delete',
			customerStatusId: rl(id),
		});
		expect(h.json(deleted)).toEqual([{ id, deleted: true }]);
	});

	it('validates before any request; 404', async () => {
		expect(
			(
				await h.run({
					resource: 'customerStatus',
					operation: 'create',
					owner: 1,
					state: 'X',
					additionalFields: { hex_color: 'grey' },
				})
			).error?.message,
		).toMatch(/Color must be a hex color/);
		expect(
			(
				await h.run({
					resource: 'customerStatus',
					operation: 'create',
					owner: 1,
					state: 'X'.repeat(41),
				})
			).error?.message,
		).toMatch(/at most 40/);
		expect(h.emu.requests).toHaveLength(0);
		expect(
			(await h.run({ resource: 'customerStatus', operation: 'delete', customerStatusId: rl(1) }))
				.error?.message,
		).toMatch(/404/);
	});
});

describe('Customer Tier', () => {
	it('Get Many and Get; 404 for an unknown tier', async () => {
		const list = await h.run({ resource: 'customerTier', operation: 'getMany', returnAll: true });
		expect(h.json(list).map((t) => t.rank)).toEqual(['Gold', 'Silver']);
		const one = await h.run({ resource: 'customerTier', operation: 'get', tierId: rl(712) });
		expect(h.json(one)[0].rank).toBe('Silver');
		expect(
			(await h.run({ resource: 'customerTier', operation: 'get', tierId: rl(1) })).error?.message,
		).toMatch(/404/);
		const bad = await h.run({
			resource: 'customerTier',
			operation: 'get',
			tierId: rl('={{ "gold" }}'),
		});
		expect(bad.error?.message).toMatch(/Customer Tier must be a numeric LeafLink ID/);
	});
});
