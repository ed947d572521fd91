/**
 * Get Many filters (nodes/LeafLink/shared/filters.ts): each kind of FilterSpec, through n8n's engine against the
 * emulator, checking the query LeafLink received, and that a bad value is refused, naming the filter, before any
 * request. The Polling Trigger reads its filters with the same function.
 */
import type { IDataObject, INode } from 'n8n-workflow';
import { LeafLinkPollingTrigger } from '../nodes/LeafLinkPollingTrigger/LeafLinkPollingTrigger.node';
import { useLeafLink } from './helpers/leaflink';
import { createPoller } from './helpers/poll';

const h = useLeafLink();

const ORDER = '3f0e2b1c-8a4d-4e6f-9b2a-1c2d3e4f5a6b';

interface Sent {
	kind: string;
	resource: string;
	operation?: string;
	filters: IDataObject;
	/** the Options collection, where a list's Sort is read like a filter */
	options?: IDataObject;
	/** the query parameters LeafLink must receive */
	query: Record<string, string>;
	/** query parameters LeafLink must not receive */
	absent?: string[];
}

const sent: Sent[] = [
	{ kind: 'id', resource: 'contact', filters: { owner: 101 }, query: { owner: '101' } },
	{ kind: 'id (text)', resource: 'contact', filters: { owner: ' 101 ' }, query: { owner: '101' } },
	{
		kind: 'id (0: not set)',
		resource: 'contact',
		filters: { owner: 0 },
		query: {},
		absent: ['owner'],
	},
	{
		kind: 'id (a dropdown)',
		resource: 'productLine',
		filters: { brand: '11' },
		query: { brand: '11' },
	},
	{
		kind: 'idList (comma text)',
		resource: 'activityEntry',
		filters: { customer: '101, 102', author: '22' },
		query: { customer: '101,102', author: '22' },
	},
	{
		kind: 'idList (empty parts left out)',
		resource: 'activityEntry',
		filters: { customer: '101, , 102,' },
		query: { customer: '101,102' },
	},
	{
		kind: 'idList (one to param)',
		resource: 'brand',
		filters: { companies: '1' },
		query: { company: '1' },
		absent: ['company__in'],
	},
	{
		kind: 'idList (several to param__in)',
		resource: 'brand',
		filters: { companies: '1, 3' },
		query: { company__in: '1,3' },
		absent: ['company'],
	},
	{
		kind: 'text (trimmed)',
		resource: 'contact',
		filters: { firstName: '  Ada ', companySlug: 'greenleaf-farms' },
		query: { first_name: 'Ada', company_slug: 'greenleaf-farms' },
	},
	{
		kind: 'text (blank: not sent)',
		resource: 'contact',
		filters: { lastName: '   ' },
		query: {},
		absent: ['last_name'],
	},
	{
		kind: 'textList (several to param__in)',
		resource: 'license',
		filters: { numbers: '403R-00123, 404R-00456' },
		query: { number__in: '403R-00123,404R-00456' },
		absent: ['number'],
	},
	{
		kind: 'textList (one to param)',
		resource: 'license',
		filters: { numbers: '403R-00123' },
		query: { number: '403R-00123' },
	},
	{
		kind: 'uuid (lower case)',
		resource: 'orderEventLog',
		filters: { order: ORDER.toUpperCase() },
		query: { order: ORDER },
	},
	{
		kind: 'yesNo',
		resource: 'companyStaff',
		filters: { isActive: 'true', isAdmin: 'false' },
		query: { is_active: 'true', is_admin: 'false' },
	},
	{
		kind: 'yesNo (Any: not sent)',
		resource: 'companyStaff',
		filters: { isActive: '' },
		query: {},
		absent: ['is_active'],
	},
	{
		kind: 'yesNo (negated: has a QuickBooks ID)',
		resource: 'customer',
		filters: { hasExtAcctId: 'true' },
		query: { ext_acct_id__isnull: 'false' },
	},
	{
		kind: 'boolean (on)',
		resource: 'inventoryItem',
		filters: { includeArchived: true },
		query: { include_archived: 'true' },
	},
	{
		kind: 'boolean (off: LeafLink default)',
		resource: 'inventoryItem',
		filters: { includeArchived: false },
		query: {},
		absent: ['include_archived'],
	},
	{
		kind: 'date (a day)',
		resource: 'credit',
		filters: { dateAfter: '2024-05-01T17:00:00Z', dateBefore: '2024-05-31' },
		query: { credit_date_after: '2024-05-01', credit_date_before: '2024-05-31' },
	},
	{
		kind: 'dateTime (a day becomes midnight UTC)',
		resource: 'contact',
		filters: { createdAfter: '2024-05-01', modifiedBefore: '2024-05-02T10:30:00Z' },
		query: { created_on__gte: '2024-05-01T00:00:00Z', modified__lte: '2024-05-02T10:30:00Z' },
	},
	{
		kind: 'dateTimeAsGiven (the order list: a day stays a day)',
		resource: 'order',
		filters: { createdAfter: '2024-05-01', modifiedAfter: '2024-05-02T10:30:00Z' },
		query: { created_on__gte: '2024-05-01', modified__gte: '2024-05-02T10:30:00Z' },
	},
	{
		kind: 'number',
		resource: 'customer',
		filters: { discountMin: 5, discountMax: 12.5 },
		query: { discount_percent__gte: '5', discount_percent__lte: '12.5' },
	},
	{
		kind: 'options (display name or value, any case)',
		resource: 'buyerOrder',
		filters: { status: 'Accepted' },
		query: { status: 'accepted' },
	},
	{
		kind: 'multiOptions',
		resource: 'credit',
		filters: { status: ['active', 'used'] },
		query: { status: 'active,used' },
	},
	{
		kind: 'sort option (an options entry in Options)',
		resource: 'credit',
		filters: { status: ['active'] },
		options: { ordering: 'Newest First (ID)' },
		query: { status: 'active', ordering: '-id' },
	},
	{
		kind: 'external ID key and values',
		resource: 'product',
		filters: { externalIdKey: ' quickbooks ', externalIdValues: 'QB-1, QB-2' },
		query: { external_id_key: 'quickbooks', external_id_values: 'QB-1,QB-2' },
	},
	{
		kind: 'order filters shared by Orders and Buyer Orders',
		resource: 'buyerOrder',
		filters: { brand: 11, salesRep: 22, paid: 'false', manual: 'true' },
		query: { brand: '11', sales_rep: '22', paid: 'false', manual: 'true' },
	},
	{
		kind: 'custom (customer text matches)',
		resource: 'customer',
		filters: {
			text: {
				filter: [
					{ field: 'name', match: 'startsWith', value: ' Green ' },
					{ field: 'email', match: 'isOneOf', value: 'a@x.com, b@x.com' },
				],
			},
		},
		query: { name__startswith: 'Green', email__in: 'a@x.com,b@x.com' },
	},
];

interface Refused {
	kind: string;
	resource: string;
	filters: IDataObject;
	message: RegExp;
}

const refused: Refused[] = [
	{
		kind: 'id: not a number',
		resource: 'contact',
		filters: { owner: 'abc' },
		message: /^Customer ID must be a numeric LeafLink ID, not "abc"/,
	},
	{
		kind: 'id: a list where the spec takes one',
		resource: 'strain',
		filters: { company: '1,2' },
		message: /^Company ID takes one ID, not a list \("1,2"\)/,
	},
	{
		kind: 'id: a dropdown names the filter by its label',
		resource: 'product',
		filters: { category: '7, 8' },
		message: /^Category takes one ID, not a list/,
	},
	{
		kind: 'idList: one bad ID',
		resource: 'credit',
		filters: { customer: '101, x' },
		message: /^Customer IDs must be a numeric LeafLink ID, not "x"/,
	},
	{
		kind: 'textList: longer than LeafLink takes',
		resource: 'product',
		filters: { sku: `OK-1, ${'S'.repeat(256)}` },
		message: /^SKUs: "S{20}…" is longer than 255 characters/,
	},
	{
		kind: 'uuid: not an order number',
		resource: 'credit',
		filters: { order: '1234' },
		message: /^Order Number must be a LeafLink order number \(a UUID\), not "1234"/,
	},
	{
		kind: 'yesNo: neither yes nor no',
		resource: 'customer',
		filters: { archived: 'maybe' },
		message: /Archived must be one of Any \(\), Yes \(true\), No \(false\), not "maybe"/,
	},
	{
		kind: 'date: not a date',
		resource: 'batch',
		filters: { batchDateAfter: 'soon' },
		message: /^Batch Date After is not a date: "soon"/,
	},
	{
		kind: 'dateTime: not a date',
		resource: 'lineItem',
		filters: { shipAfter: '2024-13-45' },
		message: /^Order Shipped After is not a date: "2024-13-45"/,
	},
	{
		kind: 'number: out of range',
		resource: 'customer',
		filters: { discountMax: 150 },
		message: /^Discount Percent at Most must be at most 100, not 150/,
	},
	{
		kind: 'number: across two filters',
		resource: 'credit',
		filters: { amountMin: 50, amountMax: 10 },
		message: /^Amount at Least \(50\) is more than Amount at Most \(10\)/,
	},
	{
		kind: 'options: not a choice',
		resource: 'buyerOrder',
		filters: { status: 'draft' },
		message: /Status must be one of .*not "draft"/,
	},
	{
		kind: 'multiOptions: not a choice',
		resource: 'strain',
		filters: { classification: ['sativa', 'purple'] },
		message: /Classifications must be one of .*not "purple"/,
	},
	{
		kind: 'a filter without the one it requires',
		resource: 'order',
		filters: { externalIdValues: 'QB-1' },
		message: /^External ID Key is required with External ID Values/,
	},
	{
		kind: 'a filter without the one it requires (the other way)',
		resource: 'customer',
		filters: { externalIdKey: 'quickbooks' },
		message: /^External ID Values is required with External ID Key/,
	},
];

describe('Get Many filters, by kind', () => {
	it.each(sent.map((c) => [c.kind, c] as const))(
		'%s: sends the query LeafLink reads',
		async (_kind, c) => {
			const result = await h.run({
				resource: c.resource,
				operation: c.operation ?? 'getMany',
				filters: c.filters,
				...(c.options ? { options: c.options } : {}),
			});
			expect(result.error).toBeUndefined();
			expect(h.emu.requests.length).toBeGreaterThan(0);
			const query = h.emu.requests[0].query as Record<string, string>;
			expect(query).toEqual(expect.objectContaining(c.query));
			for (const name of c.absent ?? []) expect(query).not.toHaveProperty(name);
		},
	);

	it.each(refused.map((c) => [c.kind, c] as const))(
		'%s: refused, naming the filter, before any request',
		async (_kind, c) => {
			const result = await h.run({
				resource: c.resource,
				operation: 'getMany',
				filters: c.filters,
			});
			expect(result.error?.message).toMatch(c.message);
			expect(h.emu.requests).toHaveLength(0);
		},
	);
});

describe('LeafLink Polling Trigger filters', () => {
	// a manual run asks LeafLink at once (for a sample); a first scheduled poll only marks the start
	const poll = async (parameters: INode['parameters']) =>
		await createPoller({
			nodeType: new LeafLinkPollingTrigger(),
			typeName: 'n8n-nodes-leaflink.leafLinkPollingTrigger',
			parameters,
			credential: h.credential,
			mode: 'manual',
		}).poll();

	it('reads its filters with the same table: paid and archived as LeafLink takes them', async () => {
		expect((await poll({ watch: 'order', filters: { paid: 'true' } })).error).toBeUndefined();
		expect(h.emu.requests[0].query).toEqual(expect.objectContaining({ paid: 'true' }));
		h.emu.reset();
		expect(
			(await poll({ watch: 'product', filters: { archived: 'false' } })).error,
		).toBeUndefined();
		expect(h.emu.requests[0].query).toEqual(expect.objectContaining({ archived: 'false' }));
	});

	it("sends Customer as LeafLink's customer name or nickname, and only that customer's orders come back", async () => {
		// a customer other than the newest order's: without the filter, a manual run's sample would be that order
		const orders = [...h.emu.db.orders.values()].filter((o) => o.customer);
		const newest = orders.reduce((a, b) => (String(b.modified) > String(a.modified) ? b : a));
		const order = orders.find((o) => o.customer.id !== newest.customer.id);
		const customer = h.emu.db.customers.get(order.customer.id);
		const result = await poll({
			watch: 'order',
			filters: { customerId: ` ${customer.nickname} ` },
		});
		expect(result.error).toBeUndefined();
		expect(h.emu.requests[0].query).toEqual(
			expect.objectContaining({ customer: customer.nickname }),
		);
		const emitted = (result.emitted?.[0] ?? []).map(
			(i) => (i.json.customer as IDataObject | undefined)?.id ?? i.json.customer,
		);
		expect(emitted.length).toBeGreaterThan(0);
		expect(new Set(emitted)).toEqual(new Set([customer.id]));
	});

	it('refuses a customer ID or a bad Paid value, naming the filter, before any request', async () => {
		const badId = await poll({ watch: 'order', filters: { customerId: 101 } });
		expect(badId.error?.message).toMatch(
			/^Customer takes the customer's name or nickname, not an ID \("101"\)/,
		);
		const badPaid = await poll({ watch: 'order', filters: { paid: 'sometimes' } });
		expect(badPaid.error?.message).toMatch(/^Paid must be Any, Yes or No/);
		expect(h.emu.requests).toHaveLength(0);
	});
});
