/**
 * The FieldSpec kinds orders and products use, table-driven through n8n's engine against the emulator: what the user
 * gives in a field, and what the emulator (holding every request to LeafLink's contract) received, or the error that
 * names the field before any request.
 */
import type { IDataObject } from 'n8n-workflow';
import { productCreateParams } from './helpers/fixtures';
import { useLeafLink } from './helpers/leaflink';

const h = useLeafLink();
const rl = (value: string | number) => ({ __rl: true, mode: 'id', value: String(value) });

const orderUpdate = (updateFields: IDataObject) => ({
	resource: 'order',
	operation: 'update',
	orderNumber: rl(h.emu.ids.orders.submitted),
	updateFields,
});
const orderCreate = (additionalFields: IDataObject, line: IDataObject = {}) => ({
	resource: 'order',
	operation: 'create',
	seller: 1,
	customer: rl(101),
	status: 'Draft',
	lineItems: { item: [{ product: '201', quantity: 2, ordered_unit_price: 10, ...line }] },
	additionalFields,
});
const productUpdate = (updateFields: IDataObject) => ({
	resource: 'product',
	operation: 'update',
	productId: rl(205),
	updateFields,
});

type Parameters = ReturnType<typeof orderUpdate>;

/** [kind, what is given, parameters, what the body holds] */
const sent: Array<[string, string, () => Parameters | IDataObject, IDataObject]> = [
	[
		'number',
		'a discount, as a JSON number',
		() => orderUpdate({ discount: '7.5' }),
		{ discount: 7.5 },
	],
	[
		'number',
		'the tax, a percentage',
		() => orderUpdate({ tax_amount: 8 }),
		{ tax_amount: 8, tax_type: '%' },
	],
	[
		'money',
		"the shipping charge, in the order's currency (any case)",
		() => orderUpdate({ shipping_charge: 12.5, currency: ' cad ' }),
		{ shipping_charge: { amount: '12.5', currency: 'CAD' } },
	],
	[
		'money',
		"line item prices, in the order's currency",
		() => orderCreate({ currency: 'CAD' }, { sale_price: 9 }),
		{
			line_items: [
				{
					product: '201',
					quantity: '2',
					ordered_unit_price: { amount: '10', currency: 'CAD' },
					sale_price: { amount: '9', currency: 'CAD' },
					// n8n fills a line's values with their defaults
					is_sample: false,
					unit_multiplier: 1,
				},
			],
		},
	],
	[
		'money (two decimals)',
		"a product price, in the product's currency",
		() => productUpdate({ sale_price: 4.5, currency: 'cad' }),
		{ sale_price: { amount: '4.50', currency: 'CAD' } },
	],
	[
		'quantity',
		'order limits, as decimal text',
		() => productUpdate({ minimum_order: 0.5, maximum_order: '250' }),
		{ minimum_order: '0.5', maximum_order: '250' },
	],
	[
		'date',
		'a bare date from a date and time',
		() => orderUpdate({ paid_date: '2024-06-02T15:00:00Z' }),
		{ paid_date: '2024-06-02' },
	],
	[
		'dateTime',
		'a bare date, as midnight UTC (the contract wants a date and time)',
		() => orderUpdate({ ship_date: '2024-06-01', payment_due_date: '2024-07-01' }),
		{ ship_date: '2024-06-01T00:00:00Z', payment_due_date: '2024-07-01T00:00:00Z' },
	],
	[
		'boolean',
		'"false" from an expression',
		() => orderUpdate({ paid: '={{ "false" }}' }),
		{ paid: false },
	],
	['text', 'empty, to clear the notes', () => orderUpdate({ notes: '' }), { notes: '' }],
	[
		'id (sendAs)',
		'a payment option, nested',
		() => orderUpdate({ payment_method_id: 4, payment_term_id: '6' }),
		{ selected_payment_option: { payment_method_id: 4, payment_term_id: 6 } },
	],
	[
		'id (as objects)',
		'a parent product',
		() => productUpdate({ parent: '201' }),
		{ parent: { id: 201 } },
	],
	[
		'idList (as objects)',
		'sales reps, separated by commas',
		() => orderCreate({ sales_reps: '22,23' }),
		{ sales_reps: [{ id: 22 }, { id: 23 }] },
	],
	[
		'dropdown',
		'an ID from an expression',
		() => productUpdate({ product_line: '={{ "42" }}' }),
		{ product_line: 42 },
	],
	[
		'dropdownList',
		'strains, each once',
		() => productUpdate({ strains: '31, 32, 31' }),
		{ strains: [31, 32] },
	],
	[
		'jsonList',
		'product specifications',
		() =>
			productUpdate({
				product_data_items: [{ spec_type: 'thc', decimal_value: '22.5', dosage_unit: '%' }],
			}),
		{ product_data_items: [{ spec_type: 'thc', decimal_value: '22.5', dosage_unit: '%' }] },
	],
	[
		'externalIds (sendAs)',
		'key and value pairs',
		() => productUpdate({ externalIds: { pair: [{ key: 'erp', value: ' ITEM-9 ' }] } }),
		{ external_ids: { erp: 'ITEM-9' } },
	],
];

describe('FieldSpec kinds: what the emulator receives', () => {
	it.each(sent)('%s: %s', async (_kind, _what, parameters, expected) => {
		const result = await h.run(parameters() as IDataObject);
		expect(result.error).toBeUndefined();
		const write = h.emu.requests.find((r) => r.method === 'PATCH' || r.method === 'POST');
		expect(write?.status).toBeLessThan(300);
		expect(write?.body).toEqual(expect.objectContaining(expected));
		// the currency is the money's, never a field of its own
		expect(write?.body).not.toHaveProperty('currency');
	});
});

/** [kind, what is given, parameters, the error] */
const refused: Array<[string, string, () => Parameters | IDataObject, RegExp]> = [
	[
		'number',
		'below its minimum',
		() => orderUpdate({ discount: -1 }),
		/^Discount must be at least 0, not -1/,
	],
	[
		'currency',
		'not a three-letter code',
		() => orderUpdate({ shipping_charge: 5, currency: 'dollars' }),
		/^Currency must be a three-letter code such as USD, not "DOLLARS"/,
	],
	[
		'currency',
		'not a three-letter code, on a product',
		() => productUpdate({ sale_price: 5, currency: 'US$' }),
		/^Currency must be a three-letter code/,
	],
	[
		'id',
		'left at 0',
		() => orderUpdate({ delivery_provider: 0 }),
		/^Delivery Provider Company ID must be a numeric LeafLink ID, not "0"/,
	],
	[
		'id (sendAs)',
		'half a payment option',
		() => orderUpdate({ payment_term_id: 6 }),
		/^Payment Method ID and Payment Term ID go together/,
	],
	['idList', 'empty', () => orderCreate({ sales_reps: ' ' }), /^Sales Rep IDs is empty/],
	['string', 'empty', () => orderUpdate({ shipping_details: '' }), /^Shipping Details is empty/],
	[
		'text',
		'over its limit',
		() => orderUpdate({ notes: 'x'.repeat(2001) }),
		/^Notes is 2001 characters; LeafLink allows at most 2000/,
	],
	[
		'quantity (check)',
		'a line quantity of 0',
		() => orderCreate({}, { quantity: 0 }),
		/^Line Item 1: Quantity must be more than 0/,
	],
	[
		'integer',
		'a line unit multiplier of 1.5',
		() => orderCreate({}, { unit_multiplier: 1.5 }),
		/^Line Item 1: Unit Multiplier must be a whole number/,
	],
	[
		'quantity (check)',
		'base units of 0 on a product update',
		() => productUpdate({ base_units_per_unit: 0 }),
		/^Base Units Per Unit must be more than 0/,
	],
	[
		'dropdownList',
		'a strain that is not an ID',
		() => productUpdate({ strains: '31, blue' }),
		/^Strain must be a numeric LeafLink ID, not "blue"/,
	],
	[
		'jsonList',
		'an item that is not an object',
		() => productUpdate({ product_data_items: '[1]' }),
		/^Product Specifications \(JSON\): item 1 must be a JSON object/,
	],
	[
		'string (check)',
		'a SKU with a comma',
		() => productCreateParams({ sku: 'A,B' }) as IDataObject,
		/^SKU may not contain commas: "A,B"/,
	],
];

describe('FieldSpec kinds: refused before any request, naming the field', () => {
	it.each(refused)('%s: %s', async (_kind, _what, parameters, message) => {
		const result = await h.run(parameters() as IDataObject);
		expect(result.error?.message).toMatch(message);
		expect(h.emu.requests.filter((r) => r.method !== 'GET')).toHaveLength(0);
	});
});
