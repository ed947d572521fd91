import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { outputFields as recordOutputFields, shapeOutput } from '../shared/output';
import type { FieldSpec } from '../shared/fields';
import { moreThanZero } from '../shared/fields';
import { idLocator } from '../shared/locators';
import { asPricingMode, pricingOption, simplifyLineItem } from '../shared/linePricing';

export const lineItemLocator = idLocator({
	name: 'lineItemId',
	displayName: 'Line Item',
	searchListMethod: 'searchLineItems',
	placeholder: 'e.g. 1001',
});

/** Simplify (Output on the tool) + pricing, shown together on every line-item operation that outputs line items. */
export const outputFields: INodeProperties[] = [
	...recordOutputFields(),
	{ ...pricingOption, displayOptions: { show: { simplify: [true] } } },
];

export function outputLines(
	ctx: IExecuteFunctions,
	itemIndex: number,
	lines: IDataObject[],
): IDataObject[] {
	const mode = asPricingMode(ctx.getNodeParameter('pricing', itemIndex, 'unit'));
	return shapeOutput(ctx, itemIndex, lines, { simplify: (line) => simplifyLineItem(line, mode) });
}

/** The Expand Product option of Get and Get Many. */
export const expandProductOption: INodeProperties = {
	displayName: 'Expand Product',
	name: 'expandProduct',
	type: 'boolean',
	default: false,
	description: 'Whether to embed the full product instead of its ID',
};

/** Fields a line item can change besides its quantity and prices (below). */
export const lineItemFields: FieldSpec[] = [
	{
		name: 'batch',
		displayName: 'Batch ID',
		kind: 'id',
		description: 'The batch shown for this line on the invoice',
	},
	{
		name: 'is_sample',
		displayName: 'Is Sample',
		kind: 'boolean',
		description: 'Whether the line is a free sample',
	},
	{ name: 'notes', displayName: 'Notes', kind: 'text', description: 'Notes for this line' },
	{
		name: 'position',
		displayName: 'Position',
		kind: 'integer',
		min: 0,
		description: "Where the line appears among the order's lines",
	},
];

export const createOnlyFields: FieldSpec[] = [
	{
		name: 'is_medical_line_item',
		displayName: 'Is Medical',
		kind: 'boolean',
		description: 'Whether this is a medical line item',
	},
	{
		name: 'unit_multiplier',
		displayName: 'Unit Multiplier',
		kind: 'integer',
		min: 1,
		description: 'Single units per unit sold, when selling in cases (e.g. 12)',
	},
];

export const updateOnlyFields: FieldSpec[] = [
	{
		name: 'is_packed',
		displayName: 'Is Packed',
		kind: 'boolean',
		description: 'Whether the line is packed',
	},
	{
		name: 'packed_at',
		displayName: 'Packed At',
		kind: 'dateTime',
		description: 'When the line was packed',
	},
	{
		name: 'packed_by',
		displayName: 'Packed By Staff ID',
		kind: 'id',
		description: 'The staff member who packed the line',
	},
];

/** Prices per unit sold, in the currency of the form (parameters named before these tables, hence `sendAs`). */
export const orderedUnitPriceField: FieldSpec = {
	name: 'orderedUnitPrice',
	displayName: 'Ordered Unit Price',
	kind: 'money',
	min: 0,
	sendAs: 'ordered_unit_price',
	description: 'Price per unit sold',
};

export function salePriceField(description: string): FieldSpec {
	return {
		name: 'salePrice',
		displayName: 'Sale Price',
		kind: 'money',
		min: 0,
		sendAs: 'sale_price',
		description,
	};
}

export function quantityField(description: string, hint?: string): FieldSpec {
	return {
		name: 'quantity',
		displayName: 'Quantity',
		kind: 'quantity',
		min: 0,
		default: 1,
		description,
		check: moreThanZero(hint),
	};
}

export function currencyField(description: string): FieldSpec {
	return { name: 'currency', displayName: 'Currency', kind: 'currency', description };
}
