/**
 * The operations whose bodies were built by hand, now from FieldSpec tables (strains, product lines, reports,
 * inventory items, payments, order transitions, batch documents, the seller and status of orders, the owner company
 * of batches, customer statuses and activity entries), table-driven through n8n's engine against the emulator: what
 * the user gives and what the emulator (holding every request to LeafLink's contract) received, or the error that
 * names the field before any request.
 */
import type { IDataObject } from 'n8n-workflow';
import { binaryFile } from './helpers/engine';
import { useLeafLink } from './helpers/leaflink';

const h = useLeafLink();

const strainCreate = (parameters: IDataObject) => ({
	resource: 'strain',
	operation: 'create',
	name: 'Blue Diesel',
	strain_classification: 'indica',
	...parameters,
});

const rl = (value: string | number) => ({ __rl: true, mode: 'id', value: String(value) });
const productLineCreate = (parameters: IDataObject) => ({
	resource: 'productLine',
	operation: 'create',
	name: 'Kitchen Gummies',
	brand: 12,
	...parameters,
});
const productLineUpdate = (updateFields: IDataObject) => ({
	resource: 'productLine',
	operation: 'update',
	productLineId: rl(41),
	updateFields,
});
const reportCreate = (parameters: IDataObject) => ({
	resource: 'report',
	operation: 'create',
	company: 1,
	reportType: 'orders-received',
	...parameters,
});
const inventoryItemCreate = (parameters: IDataObject) => ({
	resource: 'inventoryItem',
	operation: 'create',
	productId: rl(203),
	facility: 72,
	batchId: rl(301),
	quantity: 1,
	...parameters,
});
const inventoryItemUpdate = (updateFields: IDataObject) => ({
	resource: 'inventoryItem',
	operation: 'update',
	inventoryItemId: rl(401),
	updateFields,
});
const paymentCreate = (parameters: IDataObject) => ({
	resource: 'payment',
	operation: 'create',
	orderNumber: rl(h.emu.ids.orders.accepted),
	amount: 12,
	paymentDate: '2024-06-01',
	recordedBy: rl(21),
	...parameters,
});
const orderCreate = (parameters: IDataObject) => ({
	resource: 'order',
	operation: 'create',
	seller: 1,
	customer: rl(101),
	status: 'Draft',
	lineItems: { item: [{ product: '201', quantity: 2, ordered_unit_price: 10 }] },
	...parameters,
});

/** [operation, what is given, parameters, what the body holds] */
const sent: Array<[string, string, () => IDataObject, IDataObject]> = [
	[
		'strain create',
		'a classification by its display name, in any case',
		() => strainCreate({ strain_classification: 'sativa HYBRID' }),
		{ strain_classification: 'sativa-hybrid' },
	],
	[
		'strain create',
		'parents as comma-separated IDs from an expression',
		() => strainCreate({ additionalFields: { parents: '={{ "31, 32" }}' } }),
		{ parents: [31, 32] },
	],
	[
		'product line create',
		'the brand as text from an expression, the name trimmed',
		() => productLineCreate({ name: ' Kitchen Chews ', brand: '={{ "12" }}' }),
		{ name: 'Kitchen Chews', brand: 12 },
	],
	[
		'product line update',
		'a menu position of 0',
		() => productLineUpdate({ menu_position: 0 }),
		{ menu_position: 0 },
	],
	[
		'report create',
		'a report type by its display name',
		() => reportCreate({ reportType: '={{ "Accounts Receivable" }}' }),
		{ report_type: 'accounts-receivable', query: {} },
	],
	[
		'inventory item create',
		'a quantity of 0, archived given as the word "true"',
		() => inventoryItemCreate({ quantity: 0, is_archived: '={{ "true" }}' }),
		{ product: 203, facility: 72, batch: 301, quantity: 0, is_archived: true },
	],
	[
		'inventory item update',
		'a quantity as text from an expression',
		() => inventoryItemUpdate({ quantity: '={{ "12.5" }}' }),
		{ quantity: 12.5 },
	],
	[
		'payment create',
		'the amount in the currency of Additional Fields, a method by its display name',
		() => paymentCreate({ additionalFields: { currency: 'cad', payment_type: "cashier's check" } }),
		{ total: { amount: '12', currency: 'CAD' }, payment_type: 'cashier', recorded_by: 21 },
	],
	[
		'order create',
		'the seller as text from an expression',
		() => orderCreate({ seller: '={{ "1" }}', status: 'Submitted' }),
		{ seller: 1, status: 'Submitted' },
	],
];

describe('FieldSpec bodies: what the emulator receives', () => {
	it.each(sent)('%s: %s', async (_operation, _what, parameters, expected) => {
		const result = await h.run(parameters());
		expect(result.error).toBeUndefined();
		const write = h.emu.requests.find((r) => r.method === 'PATCH' || r.method === 'POST');
		expect(write?.status).toBeLessThan(300);
		expect(write?.body).toEqual(expect.objectContaining(expected));
	});
});

/** [operation, what is given, parameters, the error] */
const refused: Array<[string, string, () => IDataObject, RegExp]> = [
	[
		'strain create',
		'a name that is an object',
		() => strainCreate({ name: '={{ { "a": 1 } }}' }),
		/^Name must be text, not an object/,
	],
	[
		'strain create',
		'a classification LeafLink does not have',
		() => strainCreate({ strain_classification: 'kush' }),
		/^Strain Classification must be one of .*not "kush"/,
	],
	[
		'strain create',
		'a parent that is not an ID',
		() => strainCreate({ additionalFields: { parents: '31, blue' } }),
		/^Parent Strain must be a numeric LeafLink ID, not "blue"/,
	],
	[
		'strain create',
		'a company left at 0',
		() => strainCreate({ additionalFields: { company: 0 } }),
		/^Company must be a numeric LeafLink ID, not "0"/,
	],
	[
		'product line create',
		'a name that is an object',
		() => productLineCreate({ name: '={{ { "a": 1 } }}' }),
		/^Name must be text, not an object/,
	],
	[
		'product line create',
		'a menu position of 1.5',
		() => productLineCreate({ additionalFields: { menu_position: 1.5 } }),
		/^Menu Position must be a whole number, not 1.5/,
	],
	[
		'product line update',
		'a brand that is not an ID',
		() => productLineUpdate({ brand: 'Kitchen' }),
		/^Brand must be a numeric LeafLink ID, not "Kitchen"/,
	],
	[
		'product line update',
		'an empty name',
		() => productLineUpdate({ name: ' ' }),
		/^Name is empty/,
	],
	[
		'report create',
		'a query that is a list',
		() => reportCreate({ query: '[{"status": "Accepted"}]' }),
		/^Query \(JSON\) must be a JSON object/,
	],
	[
		'inventory item create',
		'a facility that is not an ID',
		() => inventoryItemCreate({ facility: '={{ "Warehouse" }}' }),
		/^Facility must be a numeric LeafLink ID, not "Warehouse"/,
	],
	[
		'inventory item create',
		'archived given as "maybe"',
		() => inventoryItemCreate({ is_archived: '={{ "maybe" }}' }),
		/^Archived must be true or false/,
	],
	[
		'inventory item update',
		'a quantity that is not a number',
		() => inventoryItemUpdate({ quantity: '={{ "lots" }}' }),
		/^Quantity must be a number, not "lots"/,
	],
	[
		'payment create',
		'no payment date',
		() => paymentCreate({ paymentDate: '={{ $json.paid }}' }),
		/^Payment Date is required/,
	],
	[
		'payment create',
		'a negative amount from an expression',
		() => paymentCreate({ amount: '={{ "-3" }}' }),
		/^Amount must be at least 0, not -3/,
	],
	[
		'payment create',
		'blank notes',
		() => paymentCreate({ additionalFields: { reason: ' ' } }),
		/^Notes is empty/,
	],
	[
		'batch create',
		'no owner company',
		() => ({
			resource: 'batch',
			operation: 'create',
			owner: '={{ $json.owner }}',
			production_batch_number: 'GDP-2024-07',
			batch_date: '2024-06-01',
			testing_source: 'SC Labs',
		}),
		/^Owner Company is required/,
	],
	[
		'customer status create',
		'an owner company that is not an ID',
		() => ({
			resource: 'customerStatus',
			operation: 'create',
			owner: '={{ "acme" }}',
			state: 'Dormant',
		}),
		/^Owner Company must be a numeric LeafLink ID, not "acme"/,
	],
	[
		'activity entry create',
		'no owner company',
		() => ({
			resource: 'activityEntry',
			operation: 'create',
			owner: '={{ $json.owner }}',
			author: rl(22),
			type: 'call',
			entry: 'x',
		}),
		/^Owner Company is required/,
	],
	[
		'order transition',
		'no transition',
		() => ({
			resource: 'order',
			operation: 'transition',
			orderNumber: rl(h.emu.ids.orders.submitted),
			transition: '={{ $json.transition }}',
		}),
		/^Transition is required/,
	],
	[
		'order create',
		'no status',
		() => orderCreate({ status: '={{ $json.status }}' }),
		/^Status is required/,
	],
	[
		'order create',
		'a seller that is not an ID',
		() => orderCreate({ seller: '={{ "Greenleaf" }}' }),
		/^Seller Company must be a numeric LeafLink ID, not "Greenleaf"/,
	],
];

describe('FieldSpec bodies: refused before any request, naming the field', () => {
	it.each(refused)('%s: %s', async (_operation, _what, parameters, message) => {
		const result = await h.run(parameters());
		expect(result.error?.message).toMatch(message);
		expect(h.emu.requests.filter((r) => r.method !== 'GET')).toHaveLength(0);
	});
});

describe('Batch Document: Upload reads its Summary as a FieldSpec', () => {
	const upload = {
		resource: 'batchDocument',
		operation: 'upload',
		batchId: rl(302),
		binaryPropertyName: 'data',
	};
	const file = {
		binary: [{ data: binaryFile(Buffer.from('%PDF-1.4\n'), 'coa.pdf', 'application/pdf') }],
	};

	it.each([
		['a summary trimmed', ' COA ', 'COA'],
		['an empty summary, none sent', '  ', undefined],
	])('%s', async (_what, summary, sent) => {
		const result = await h.run({ ...upload, summary }, file);
		expect(result.error).toBeUndefined();
		expect(h.emu.requests[0].body.summary).toBe(sent);
	});

	it('refuses a summary an expression resolved to nothing, before any request', async () => {
		const result = await h.run({ ...upload, summary: '={{ $json.summary }}' }, file);
		expect(result.error?.message).toMatch(/^Summary is empty/);
		expect(h.emu.requests).toHaveLength(0);
	});
});
