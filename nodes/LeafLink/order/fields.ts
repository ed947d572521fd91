import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import {
	fail,
	isBlank,
	optionalId,
	toDecimalString,
	toId,
	toIsoDate,
	toIsoDateTime,
	toList,
	toNumber,
} from '../shared/validators';
import { idLocator, locatorId } from '../shared/locators';

/**
 * The order fields Create and Update share, and the one function that turns them into LeafLink's body,
 * so both validate the same way.
 */

const money = (displayName: string, name: string, description: string): INodeProperties => ({
	displayName,
	name,
	type: 'number',
	typeOptions: { minValue: 0, numberPrecision: 2 },
	default: 0,
	description,
});

export function orderFields(forUpdate: boolean): INodeProperties[] {
	const fields: INodeProperties[] = [
		{
			displayName: 'Delivery Preferences',
			name: 'delivery_preferences',
			type: 'string',
			default: '',
			description: "The customer's delivery preferences",
		},
		{
			displayName: 'Delivery Provider Company ID',
			name: 'delivery_provider',
			type: 'number',
			default: 0,
			description: 'The company delivering this order',
		},
		money(
			'Discount',
			'discount',
			'Discount on the order, as a percentage or an amount (see Discount Type)',
		),
		{
			displayName: 'Discount Type',
			name: 'discount_type',
			description:
				'How Discount is meant: % (a percentage of the order) or $ (an amount in US dollars)',
			type: 'options',
			default: '%',
			options: [
				{ name: 'Percent (%)', value: '%' },
				{ name: 'Amount ($)', value: '$' },
			],
		},
		{
			displayName: 'Internal Notes',
			name: 'internal_notes',
			type: 'string',
			typeOptions: { rows: 3 },
			default: '',
			description: 'Notes only your company sees (at most 2000 characters)',
		},
		{
			displayName: 'Notes',
			name: 'notes',
			type: 'string',
			typeOptions: { rows: 3 },
			default: '',
			description: 'Notes on the order (at most 2000 characters)',
		},
		{
			displayName: 'Paid',
			name: 'paid',
			type: 'boolean',
			default: false,
			description: 'Whether the order has been paid for',
		},
		{
			displayName: 'Paid Date',
			name: 'paid_date',
			type: 'dateTime',
			default: '',
			description: 'The day the order was paid',
		},
		{
			displayName: 'Payment Due Date',
			name: 'payment_due_date',
			type: 'dateTime',
			default: '',
			description: 'When payment is due (include a time; LeafLink assumes UTC)',
		},
		{
			displayName: 'Payment Method ID',
			name: 'payment_method_id',
			type: 'number',
			default: 0,
			description: 'Payment option: the payment method ID (use with Payment Term ID)',
		},
		{
			displayName: 'Payment Term',
			name: 'payment_term',
			type: 'string',
			default: '',
			placeholder: 'Net 30',
			description: 'Deprecated by LeafLink in favour of payment options, still accepted',
		},
		{
			displayName: 'Payment Term ID',
			name: 'payment_term_id',
			type: 'number',
			default: 0,
			description: 'Payment option: the payment term ID (use with Payment Method ID)',
		},
		money(
			'Shipping Charge',
			'shipping_charge',
			'Shipping charged on the order, in the order currency',
		),
		{
			displayName: 'Ship Date',
			name: 'ship_date',
			type: 'dateTime',
			default: '',
			description: 'When the order ships',
		},
		{
			displayName: 'Shipping Details',
			name: 'shipping_details',
			type: 'string',
			default: '',
			description: 'Shipping details shown on the order',
		},
		money('Tax Amount', 'tax_amount', 'Tax on the order, as a percentage'),
		{
			displayName: 'Currency',
			name: 'currency',
			type: 'string',
			default: 'USD',
			description: 'Currency of the shipping charge and line item prices',
		},
	];
	if (forUpdate) {
		fields.push({
			displayName: 'Classification',
			name: 'classification',
			type: 'string',
			default: '',
			description: 'License-type classification of the order, e.g. Adult Use',
		});
	} else {
		fields.push(
			{
				displayName: 'Seller Order Number',
				name: 'external_id_seller',
				type: 'string',
				default: '',
				description: 'The number your company gives the order (external_id_seller)',
			},
			{
				displayName: 'Brand ID',
				name: 'brand',
				type: 'number',
				default: 0,
				description: 'Brand of the order, when the seller separates orders by brand',
			},
			// LeafLink's order PATCH does not take the facility, so it is offered on Create only
			{
				displayName: 'Facility ID',
				name: 'facility_id',
				type: 'number',
				default: 0,
				description: 'The facility fulfilling this order',
			},
			{
				displayName: 'Sales Rep IDs',
				name: 'sales_reps',
				type: 'string',
				default: '',
				placeholder: '13, 14',
				description: 'Company staff IDs of the sales reps, separated by commas',
			},
		);
	}
	return fields.sort((a, b) => a.displayName.localeCompare(b.displayName));
}

/** Builds the body LeafLink expects from the fields the user set; nothing given is dropped, nothing unset is sent. */
export function orderBody(
	ctx: IExecuteFunctions,
	itemIndex: number,
	fields: IDataObject,
): IDataObject {
	const body: IDataObject = {};
	const currency = isBlank(fields.currency) ? 'USD' : String(fields.currency).trim();
	const text = [
		'delivery_preferences',
		'internal_notes',
		'notes',
		'payment_term',
		'shipping_details',
		'external_id_seller',
		'classification',
	];
	for (const key of text) {
		if (isBlank(fields[key])) continue;
		const value = String(fields[key]);
		if ((key === 'notes' || key === 'internal_notes') && value.length > 2000) {
			fail(
				ctx,
				itemIndex,
				`${key === 'notes' ? 'Notes' : 'Internal Notes'} is ${value.length} characters; LeafLink allows at most 2000`,
			);
		}
		body[key] = value;
	}
	if (!isBlank(fields.discount))
		body.discount = toNumber(ctx, itemIndex, fields.discount, 'Discount', { min: 0 });
	if (!isBlank(fields.discount_type)) {
		const type = String(fields.discount_type).trim();
		if (type !== '%' && type !== '$')
			fail(ctx, itemIndex, `Discount Type must be "%" or "$", not "${type}"`);
		body.discount_type = type;
	}
	if (body.discount_type === '%' && typeof body.discount === 'number' && body.discount > 100) {
		fail(ctx, itemIndex, `Discount is ${body.discount}%; a percentage discount is at most 100`);
	}
	if (!isBlank(fields.tax_amount)) {
		body.tax_amount = toNumber(ctx, itemIndex, fields.tax_amount, 'Tax Amount', { min: 0 });
		body.tax_type = '%';
	}
	if (!isBlank(fields.shipping_charge)) {
		body.shipping_charge = {
			amount: toDecimalString(ctx, itemIndex, fields.shipping_charge, 'Shipping Charge', 0),
			currency,
		};
	}
	if (fields.paid !== undefined) body.paid = Boolean(fields.paid);
	if (!isBlank(fields.paid_date))
		body.paid_date = toIsoDate(ctx, itemIndex, fields.paid_date, 'Paid Date');
	if (!isBlank(fields.payment_due_date))
		body.payment_due_date = toIsoDateTime(
			ctx,
			itemIndex,
			fields.payment_due_date,
			'Payment Due Date',
		);
	if (!isBlank(fields.ship_date))
		body.ship_date = toIsoDateTime(ctx, itemIndex, fields.ship_date, 'Ship Date');
	const ids: Array<[string, string]> = [
		['delivery_provider', 'Delivery Provider Company ID'],
		['facility_id', 'Facility ID'],
		['brand', 'Brand ID'],
	];
	for (const [key, label] of ids) {
		const id = optionalId(ctx, itemIndex, fields[key] || undefined, label);
		if (id !== undefined) body[key] = id;
	}
	const methodId = optionalId(
		ctx,
		itemIndex,
		fields.payment_method_id || undefined,
		'Payment Method ID',
	);
	const termId = optionalId(ctx, itemIndex, fields.payment_term_id || undefined, 'Payment Term ID');
	if ((methodId === undefined) !== (termId === undefined)) {
		fail(
			ctx,
			itemIndex,
			'Payment Method ID and Payment Term ID go together',
			'LeafLink needs both to select a payment option.',
		);
	}
	if (methodId !== undefined)
		body.selected_payment_option = { payment_method_id: methodId, payment_term_id: termId };
	const reps = toList(fields.sales_reps);
	if (reps.length > 0)
		body.sales_reps = reps.map((id) => ({ id: toId(ctx, itemIndex, id, 'Sales Rep IDs') }));
	return body;
}

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
			values: [
				{
					displayName: 'Is Sample',
					name: 'is_sample',
					type: 'boolean',
					default: false,
					description: 'Whether the line is a free sample',
				},
				{
					displayName: 'Notes',
					name: 'notes',
					type: 'string',
					default: '',
					description: 'Notes for this line',
				},
				{
					displayName: 'Ordered Unit Price',
					name: 'ordered_unit_price',
					type: 'number',
					typeOptions: { minValue: 0, numberPrecision: 2 },
					default: 0,
					description: 'Price per unit when the order was placed',
				},
				{
					displayName: 'Product ID',
					name: 'product',
					type: 'string',
					default: '',
					required: true,
					description: 'LeafLink ID of the product',
				},
				{
					displayName: 'Quantity',
					name: 'quantity',
					type: 'number',
					typeOptions: { minValue: 0 },
					default: 1,
					description: 'Units ordered, in the unit the product is sold in',
				},
				{
					displayName: 'Sale Price',
					name: 'sale_price',
					type: 'number',
					typeOptions: { minValue: 0, numberPrecision: 2 },
					default: 0,
					description: 'Sale price per unit; 0 means no sale, and the ordered unit price applies',
				},
				{
					displayName: 'Unit Multiplier',
					name: 'unit_multiplier',
					type: 'number',
					typeOptions: { minValue: 1 },
					default: 1,
					description: 'Units per sold item when selling in cases (e.g. 12)',
				},
			],
		},
	],
};

export function lineItemsBody(
	ctx: IExecuteFunctions,
	itemIndex: number,
	raw: IDataObject[],
	currency: string,
): IDataObject[] {
	return raw.map((line, n) => {
		const label = `Line Item ${n + 1}`;
		const product = toId(ctx, itemIndex, line.product, `${label}: Product ID`);
		const body: IDataObject = {
			product: String(product),
			quantity: toDecimalString(ctx, itemIndex, line.quantity, `${label}: Quantity`, 0),
			ordered_unit_price: {
				amount: toDecimalString(
					ctx,
					itemIndex,
					line.ordered_unit_price ?? 0,
					`${label}: Ordered Unit Price`,
					0,
				),
				currency,
			},
			sale_price: {
				amount: toDecimalString(ctx, itemIndex, line.sale_price ?? 0, `${label}: Sale Price`, 0),
				currency,
			},
		};
		if (Number(body.quantity) <= 0) fail(ctx, itemIndex, `${label}: Quantity must be more than 0`);
		if (line.is_sample !== undefined) body.is_sample = Boolean(line.is_sample);
		if (!isBlank(line.notes)) body.notes = String(line.notes);
		if (!isBlank(line.unit_multiplier)) {
			body.unit_multiplier = toNumber(
				ctx,
				itemIndex,
				line.unit_multiplier,
				`${label}: Unit Multiplier`,
				{ min: 1 },
			);
			if (!Number.isInteger(body.unit_multiplier))
				fail(ctx, itemIndex, `${label}: Unit Multiplier must be a whole number`);
		}
		return body;
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

/** The body of a new order, validated the way Create validates it. */
export function orderCreateBody(ctx: IExecuteFunctions, itemIndex: number): IDataObject {
	const seller = toId(
		ctx,
		itemIndex,
		ctx.getNodeParameter('seller', itemIndex, ''),
		'Seller Company',
	);
	const customer = locatorId(ctx, itemIndex, buyerCustomerLocator);
	const status = String(ctx.getNodeParameter('status', itemIndex, 'Draft'));
	if (status !== 'Draft' && status !== 'Submitted')
		fail(ctx, itemIndex, `Status must be Draft or Submitted, not "${status}"`);
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
	return {
		seller,
		customer: { id: customer },
		status,
		line_items: lineItemsBody(ctx, itemIndex, lines, String(fields.currency || 'USD')),
		...orderBody(ctx, itemIndex, fields),
	};
}
