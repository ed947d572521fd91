import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import type { FieldSpec } from '../shared/fields';
import { companySpec, fieldProperties, moreThanZero } from '../shared/fields';
import { buildBody, formCurrency, requiredField } from '../shared/fieldValues';
import { fail, isBlank, toId } from '../shared/validators';
import { idLocator, locatorId } from '../shared/locators';

/**
 * The order fields Create and Update share, the line items of a new order, and the one function that turns them
 * into LeafLink's body, so both validate the same way.
 */

const notesLimit = 2000;

/** The fields of Create's Additional Fields and Update's Update Fields. */
export const orderFields: FieldSpec[] = [
	{
		name: 'delivery_preferences',
		displayName: 'Delivery Preferences',
		kind: 'string',
		description: "The customer's delivery preferences",
	},
	{
		name: 'delivery_provider',
		displayName: 'Delivery Provider Company ID',
		kind: 'id',
		description: 'The company delivering this order',
	},
	{
		name: 'discount',
		displayName: 'Discount',
		kind: 'number',
		min: 0,
		precision: 2,
		description: 'Discount on the order, as a percentage or an amount (see Discount Type)',
	},
	{
		name: 'discount_type',
		displayName: 'Discount Type',
		kind: 'options',
		options: [
			{ name: 'Percent (%)', value: '%' },
			{ name: 'Amount ($)', value: '$' },
		],
		description:
			'How Discount is meant: % (a percentage of the order) or $ (an amount in US dollars)',
	},
	{
		name: 'internal_notes',
		displayName: 'Internal Notes',
		kind: 'text',
		maxLength: notesLimit,
		description: `Notes only your company sees (at most ${notesLimit} characters)`,
	},
	{
		name: 'notes',
		displayName: 'Notes',
		kind: 'text',
		maxLength: notesLimit,
		description: `Notes on the order (at most ${notesLimit} characters)`,
	},
	{
		name: 'paid',
		displayName: 'Paid',
		kind: 'boolean',
		description: 'Whether the order has been paid for',
	},
	{
		name: 'paid_date',
		displayName: 'Paid Date',
		kind: 'date',
		description: 'The day the order was paid',
	},
	{
		name: 'payment_due_date',
		displayName: 'Payment Due Date',
		kind: 'dateTime',
		description: 'When payment is due (include a time; LeafLink assumes UTC)',
	},
	{
		name: 'payment_method_id',
		displayName: 'Payment Method ID',
		kind: 'id',
		sendAs: 'selected_payment_option.payment_method_id',
		description: 'Payment option: the payment method ID (use with Payment Term ID)',
	},
	{
		name: 'payment_term',
		displayName: 'Payment Term',
		kind: 'string',
		placeholder: 'Net 30',
		description: 'Deprecated by LeafLink in favour of payment options, still accepted',
	},
	{
		name: 'payment_term_id',
		displayName: 'Payment Term ID',
		kind: 'id',
		sendAs: 'selected_payment_option.payment_term_id',
		description: 'Payment option: the payment term ID (use with Payment Method ID)',
	},
	{
		name: 'shipping_charge',
		displayName: 'Shipping Charge',
		kind: 'money',
		min: 0,
		description: 'Shipping charged on the order, in the order currency',
	},
	{
		name: 'ship_date',
		displayName: 'Ship Date',
		kind: 'dateTime',
		description: 'When the order ships',
	},
	{
		name: 'shipping_details',
		displayName: 'Shipping Details',
		kind: 'string',
		description: 'Shipping details shown on the order',
	},
	{
		name: 'tax_amount',
		displayName: 'Tax Amount',
		kind: 'number',
		min: 0,
		precision: 2,
		description: 'Tax on the order, as a percentage',
	},
	{
		name: 'currency',
		displayName: 'Currency',
		kind: 'currency',
		description: 'Currency of the shipping charge and line item prices',
	},
];

/** Fields LeafLink takes when creating an order but not in its PATCH (read-only there, or not in the spec). */
export const orderCreateOnlyFields: FieldSpec[] = [
	{
		name: 'external_id_seller',
		displayName: 'Seller Order Number',
		kind: 'string',
		description: 'The number your company gives the order (external_id_seller)',
	},
	{
		name: 'brand',
		displayName: 'Brand ID',
		kind: 'id',
		description: 'Brand of the order, when the seller separates orders by brand',
	},
	{
		name: 'sales_reps',
		displayName: 'Sales Rep IDs',
		kind: 'idList',
		asObjects: true,
		placeholder: '13, 14',
		description: 'Company staff IDs of the sales reps, separated by commas',
	},
	{
		name: 'facility_id',
		displayName: 'Facility ID',
		kind: 'id',
		description: 'The facility fulfilling this order',
	},
];

export const orderUpdateOnlyFields: FieldSpec[] = [
	{
		name: 'classification',
		displayName: 'Classification',
		kind: 'string',
		description: 'License-type classification of the order, e.g. Adult Use',
	},
];

export const orderCreateFields = [...orderFields, ...orderCreateOnlyFields];
export const orderUpdateFields = [...orderFields, ...orderUpdateOnlyFields];

/**
 * The body LeafLink expects from the fields the user set (nothing given is dropped, nothing unset is sent), with
 * LeafLink's rules across fields: a percentage discount is at most 100, the tax is a percentage, and a payment
 * option needs both its method and its term.
 */
export function orderBody(
	ctx: IExecuteFunctions,
	itemIndex: number,
	specs: FieldSpec[],
	fields: IDataObject,
): IDataObject {
	const body = buildBody(ctx, itemIndex, specs, fields);
	if (body.discount_type === '%' && typeof body.discount === 'number' && body.discount > 100) {
		fail(ctx, itemIndex, `Discount is ${body.discount}%; a percentage discount is at most 100`);
	}
	if (body.tax_amount !== undefined) body.tax_type = '%';
	const option = body.selected_payment_option as IDataObject | undefined;
	if (
		option &&
		(option.payment_method_id === undefined) !== (option.payment_term_id === undefined)
	) {
		fail(
			ctx,
			itemIndex,
			'Payment Method ID and Payment Term ID go together',
			'LeafLink needs both to select a payment option.',
		);
	}
	return body;
}

/** A line item's fields besides its product; prices are in the order's currency. */
const lineItemFields: FieldSpec[] = [
	{
		name: 'is_sample',
		displayName: 'Is Sample',
		kind: 'boolean',
		description: 'Whether the line is a free sample',
	},
	{ name: 'notes', displayName: 'Notes', kind: 'string', description: 'Notes for this line' },
	{
		name: 'ordered_unit_price',
		displayName: 'Ordered Unit Price',
		kind: 'money',
		min: 0,
		description: 'Price per unit when the order was placed',
	},
	{
		name: 'quantity',
		displayName: 'Quantity',
		kind: 'quantity',
		min: 0,
		default: 1,
		description: 'Units ordered, in the unit the product is sold in',
		check: moreThanZero(),
	},
	{
		name: 'sale_price',
		displayName: 'Sale Price',
		kind: 'money',
		min: 0,
		description: 'Sale price per unit; 0 means no sale, and the ordered unit price applies',
	},
	{
		name: 'unit_multiplier',
		displayName: 'Unit Multiplier',
		kind: 'integer',
		min: 1,
		description: 'Units per sold item when selling in cases (e.g. 12)',
	},
];

/** The product of a line: an ID, which LeafLink's order create takes as text. */
const lineProductField: INodeProperties = {
	displayName: 'Product ID',
	name: 'product',
	type: 'string',
	default: '',
	required: true,
	description: 'LeafLink ID of the product',
};

export const lineItemsField: INodeProperties = {
	displayName: 'Line Items',
	name: 'lineItems',
	type: 'fixedCollection',
	typeOptions: { multipleValues: true },
	placeholder: 'Add Line Item',
	default: {},
	required: true,
	options: [
		{
			displayName: 'Line Item',
			name: 'item',
			values: [...fieldProperties(lineItemFields), lineProductField].sort((a, b) =>
				a.displayName.localeCompare(b.displayName),
			),
		},
	],
};

/**
 * The line items of a new order. n8n fills every value of a line with its default, so a blank value is one not
 * given; the prices are always sent (0 when not given), the product and the quantity are required.
 */
export function lineItemsBody(
	ctx: IExecuteFunctions,
	itemIndex: number,
	raw: IDataObject[],
	currency: string,
): IDataObject[] {
	return raw.map((line, n) => {
		const labelPrefix = `Line Item ${n + 1}: `;
		const product = toId(
			ctx,
			itemIndex,
			line.product,
			`${labelPrefix}${lineProductField.displayName}`,
		);
		const given: IDataObject = { ordered_unit_price: 0, sale_price: 0 };
		for (const [key, value] of Object.entries(line))
			if (key !== 'product' && !isBlank(value)) given[key] = value;
		if (given.quantity === undefined) fail(ctx, itemIndex, `${labelPrefix}Quantity is required`);
		return {
			product: String(product),
			...buildBody(ctx, itemIndex, lineItemFields, given, { currency, labelPrefix }),
		};
	});
}

/** The buyer of a new order: your customer record for them. */
export const buyerCustomerLocator = idLocator({
	name: 'customer',
	displayName: 'Customer',
	description: 'Your customer record for the buyer',
	searchListMethod: 'searchCustomers',
	placeholder: 'e.g. 148515',
});

/** The seller and status of a new order: the Create form's required top-level fields besides the customer. */
export const sellerField = companySpec(
	'Seller Company',
	'seller',
	'Your company, selling on this order',
);

export const orderStatusField: FieldSpec = {
	name: 'status',
	displayName: 'Status',
	kind: 'options',
	default: 'Draft',
	options: [
		{ name: 'Draft', value: 'Draft' },
		{ name: 'Submitted', value: 'Submitted' },
	],
	description: 'LeafLink creates orders as Draft or Submitted',
};

/** The body of a new order, validated the way Create validates it. */
export function orderCreateBody(ctx: IExecuteFunctions, itemIndex: number): IDataObject {
	const seller = requiredField(ctx, itemIndex, sellerField);
	const customer = locatorId(ctx, itemIndex, buyerCustomerLocator);
	const status = requiredField(ctx, itemIndex, orderStatusField);
	const fields = ctx.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	const lines = ((ctx.getNodeParameter('lineItems', itemIndex, {}) as IDataObject).item ??
		[]) as IDataObject[];
	if (lines.length === 0)
		fail(
			ctx,
			itemIndex,
			'Line Items: add at least one line item',
			'LeafLink needs a product, quantity and price for each line.',
		);
	const currency = formCurrency(ctx, itemIndex, orderCreateFields, fields);
	return {
		seller,
		customer: { id: customer },
		status,
		line_items: lineItemsBody(ctx, itemIndex, lines, currency),
		...orderBody(ctx, itemIndex, orderCreateFields, fields),
	};
}
