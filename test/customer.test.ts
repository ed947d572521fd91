import { useLeafLink } from './helpers/leaflink';

const h = useLeafLink();
const rl = (value: string | number, mode = 'id') => ({ __rl: true, mode, value: String(value) });

describe('Customer: Get Many', () => {
	it('sends every kind of filter as the spec names it', async () => {
		const result = await h.run({
			resource: 'customer',
			operation: 'getMany',
			returnAll: false,
			limit: 10,
			filters: {
				archived: 'false',
				delinquent: 'false',
				tier: '711, 712',
				status: '701',
				state: 'CO',
				hasExtAcctId: 'true',
				discountMax: 10,
				nextContactAfter: '2024-06-01',
				modifiedAfter: '2024-01-01T00:00:00Z',
				externalIdKey: 'erp',
				externalIdValues: 'CUST-9001, CUST-9004',
				text: {
					filter: [
						{ field: 'name', match: 'startsWith', value: 'Mile' },
						{ field: 'nickname', match: 'isOneOf', value: 'Mile High, RMR' },
					],
				},
			},
			options: { includeChildren: ['contacts'], fieldsExclude: 'notes' },
		});
		expect(result.error).toBeUndefined();
		expect(h.emu.requests[0].query).toEqual(
			expect.objectContaining({
				archived: 'false',
				delinquent: 'false',
				tier: '711,712',
				status: '701',
				state: 'CO',
				ext_acct_id__isnull: 'false',
				discount_percent__lte: '10',
				next_contact_date__gte: '2024-06-01',
				modified__gte: '2024-01-01T00:00:00Z',
				external_id_key: 'erp',
				external_id_values: 'CUST-9001,CUST-9004',
				name__startswith: 'Mile',
				nickname__in: 'Mile High,RMR',
				include_children: 'contacts',
				fields_exclude: 'notes',
			}),
		);
		expect(h.json(result).map((c) => c.id)).toEqual([101]);
	});

	it('finds customers by external ID and archived state', async () => {
		const archived = await h.run({
			resource: 'customer',
			operation: 'getMany',
			returnAll: true,
			filters: { archived: 'true' },
		});
		expect(h.json(archived).map((c) => c.id)).toEqual([106]);
		const byExt = await h.run({
			resource: 'customer',
			operation: 'getMany',
			returnAll: true,
			filters: { externalIdKey: 'crm', externalIdValues: 'acc_77' },
		});
		expect(h.json(byExt).map((c) => c.id)).toEqual([102]);
	});

	it('rejects bad filters before any request', async () => {
		const empty = await h.run({
			resource: 'customer',
			operation: 'getMany',
			filters: { text: { filter: [{ field: 'name', match: 'is', value: '' }] } },
		});
		expect(empty.error?.message).toMatch(/Text Filter 1: Value is empty/);
		const ids = await h.run({
			resource: 'customer',
			operation: 'getMany',
			filters: { tier: 'gold' },
		});
		expect(ids.error?.message).toMatch(/Tier IDs must be a numeric LeafLink ID/);
		const date = await h.run({
			resource: 'customer',
			operation: 'getMany',
			filters: { createdAfter: 'last week' },
		});
		expect(date.error?.message).toMatch(/Created After is not a date/);
		expect(h.emu.requests).toHaveLength(0);
	});
});

describe('Customer: Get', () => {
	it('gets by ID, list and URL, with children', async () => {
		const byId = await h.run({
			resource: 'customer',
			operation: 'get',
			customerId: rl(101),
			options: { includeChildren: ['managers'] },
		});
		expect(h.json(byId)[0]).toEqual(
			expect.objectContaining({ id: 101, name: 'Mile High Dispensary' }),
		);
		expect(h.emu.requests[0].query).toEqual({ include_children: 'managers' });
		const byUrl = await h.run({
			resource: 'customer',
			operation: 'get',
			customerId: rl(h.webUrl(`/c/greenleaf-farms/customers/102/`), 'url'),
		});
		expect(h.json(byUrl)[0].id).toBe(102);
	});

	it('404 on an unknown customer; Continue On Fail pairs error items', async () => {
		expect(
			(await h.run({ resource: 'customer', operation: 'get', customerId: rl(9999) })).error
				?.message,
		).toMatch(/found nothing.*404/);
		const cof = await h.run(
			{ resource: 'customer', operation: 'get', customerId: rl('={{ $json.id }}') },
			{ items: [{ id: 9999 }, { id: 101 }], continueOnFail: true },
		);
		expect(cof.items[0].json.error).toMatch(/404/);
		expect(cof.items[0].pairedItem).toEqual({ item: 0 });
		expect(cof.items[1].json.id).toBe(101);
	});
});

describe('Customer: Create', () => {
	it('creates a customer with fields, addresses and external IDs', async () => {
		const result = await h.run({
			resource: 'customer',
			operation: 'create',
			owner: 1,
			name: 'Summit Supply',
			additionalFields: {
				nickname: 'Summit',
				email: 'buy@summit.example',
				managers: '22, 23',
				discount_percent: 2.5,
				website: 'https://summit.example',
				next_contact_date: '2024-07-01T00:00:00',
				delivery_address:
					'{"address": "1 Peak Rd", "city": "Vail", "state": "CO", "zipcode": "81657"}',
				externalIds: { pair: [{ key: 'erp', value: 'CUST-1234' }] },
			},
		});
		expect(result.error).toBeUndefined();
		expect(h.emu.requests[0].template).toBe('POST /customers/');
		expect(h.emu.requests[0].body).toEqual({
			owner: 1,
			name: 'Summit Supply',
			nickname: 'Summit',
			email: 'buy@summit.example',
			managers: [22, 23],
			discount_percent: '2.5',
			website: 'https://summit.example',
			next_contact_date: '2024-07-01',
			delivery_address: { address: '1 Peak Rd', city: 'Vail', state: 'CO', zipcode: '81657' },
			external_ids: { erp: 'CUST-1234' },
		});
		const id = h.json(result)[0].id as number;
		expect(h.emu.db.customers.get(id).external_ids).toEqual({ erp: 'CUST-1234' });
	});

	it('validates before any request', async () => {
		const base = { resource: 'customer', operation: 'create', owner: 1, name: 'X' };
		expect((await h.run({ ...base, name: '={{ undefined }}' })).error?.message).toMatch(
			/Name is required/,
		);
		expect(
			(await h.run({ ...base, additionalFields: { email: 'not-an-email' } })).error?.message,
		).toMatch(/Email is not an email address/);
		expect(
			(await h.run({ ...base, additionalFields: { zipcode: '1234567' } })).error?.message,
		).toMatch(/Zip Code is 7 characters; LeafLink allows at most 6/);
		expect(
			(await h.run({ ...base, additionalFields: { delivery_address: '{"street": "x"}' } })).error
				?.message,
		).toMatch(/unknown keys: street/);
		expect(
			(
				await h.run({
					...base,
					additionalFields: { externalIds: { pair: [{ key: 'erp', value: 'x'.repeat(37) }] } },
				})
			).error?.message,
		).toMatch(/at most 36/);
		expect((await h.run({ ...base, owner: '={{ "acme" }}' })).error?.message).toMatch(
			/Owner Company must be a numeric LeafLink ID/,
		);
		expect(h.emu.requests).toHaveLength(0);
	});
});

describe('Customer: Update, Archive, External IDs', () => {
	it('updates fields', async () => {
		const result = await h.run({
			resource: 'customer',
			operation: 'update',
			customerId: rl(103),
			updateFields: { name: 'Boulder Botanicals Co', tier: 711, delinquent: true },
		});
		expect(result.error).toBeUndefined();
		expect(h.emu.requests[0].body).toEqual({
			name: 'Boulder Botanicals Co',
			tier: 711,
			delinquent: true,
		});
		expect(h.emu.db.customers.get(103)).toEqual(
			expect.objectContaining({ name: 'Boulder Botanicals Co', tier: 711, delinquent: true }),
		);
		expect(
			(
				await h.run({
					resource: 'customer',
					operation: 'update',
					customerId: rl(103),
					updateFields: {},
				})
			).error?.message,
		).toMatch(/at least one field/);
		expect(
			(
				await h.run({
					resource: 'customer',
					operation: 'update',
					customerId: rl(103),
					updateFields: { tier: 0 },
				})
			).error?.message,
		).toMatch(/Tier ID must be a numeric/);
		expect(h.emu.requests).toHaveLength(1);
		expect(
			(
				await h.run({
					resource: 'customer',
					operation: 'update',
					customerId: rl(777),
					updateFields: { name: 'x' },
				})
			).error?.message,
		).toMatch(/404/);
	});

	it('archives a customer (LeafLink answers the archived record)', async () => {
		const result = await h.run({ resource: 'customer', operation: 'archive', customerId: rl(104) });
		expect(h.emu.requests[0].template).toBe('DELETE /customers/{id}/');
		expect(h.json(result)[0]).toEqual(expect.objectContaining({ id: 104, archived: true }));
		expect(h.emu.db.customers.get(104).archived).toBe(true);
		expect(
			(await h.run({ resource: 'customer', operation: 'archive', customerId: rl(777) })).error
				?.message,
		).toMatch(/404/);
	});

	it('sets and removes external IDs', async () => {
		const set = await h.run({
			resource: 'customer',
			operation: 'setExternalId',
			customerId: rl(103),
			externalIds: { pair: [{ key: 'crm', value: 'acc_103' }] },
		});
		expect(set.error).toBeUndefined();
		expect(h.emu.db.customers.get(103).external_ids).toEqual({ crm: 'acc_103' });
		const removed = await h.run({
			resource: 'customer',
			operation: 'removeExternalId',
			customerId: rl(102),
			externalIdKeys: 'crm',
		});
		expect(removed.error).toBeUndefined();
		expect(h.emu.requests.at(-1)!.body).toEqual({ external_ids: { crm: null } });
		expect(h.emu.db.customers.get(102).external_ids).toEqual({ erp: 'CUST-9002' });
		const none = await h.run({
			resource: 'customer',
			operation: 'setExternalId',
			customerId: rl(103),
			externalIds: {},
		});
		expect(none.error?.message).toMatch(/add at least one key/);
	});
});
