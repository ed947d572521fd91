import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import type { LeafLinkClient } from '../transport';
import { fail, toDecimalString } from '../shared/validators';
import { fieldProperties } from '../shared/fields';
import { buildBody } from '../shared/fieldValues';
import { currencyOf } from '../shared/money';
import { locatorId } from '../shared/locators';
import {
	currencyField,
	lineItemFields,
	lineItemLocator,
	money,
	outputFields,
	outputLines,
	updateOnlyFields,
} from './shared';

const priceFields: INodeProperties[] = [
	{
		displayName: 'Ordered Unit Price',
		name: 'orderedUnitPrice',
		type: 'number',
		typeOptions: { minValue: 0, numberPrecision: 2 },
		default: 0,
		description: 'Price per unit sold',
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
		name: 'salePrice',
		type: 'number',
		typeOptions: { minValue: 0, numberPrecision: 2 },
		default: 0,
		description: 'Sale price per unit sold; 0 ends a sale',
	},
	{ ...currencyField, description: 'Currency of the prices you set here' },
];

export const description: INodeProperties[] = [
	lineItemLocator,
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [...fieldProperties([...lineItemFields, ...updateOnlyFields]), ...priceFields].sort(
			(a, b) => a.displayName.localeCompare(b.displayName),
		),
	},
	...outputFields,
];

export async function execute(this: IExecuteFunctions, client: LeafLinkClient, itemIndex: number) {
	const id = locatorId(this, itemIndex, lineItemLocator);
	const { currency, orderedUnitPrice, salePrice, quantity, ...rest } = this.getNodeParameter(
		'updateFields',
		itemIndex,
		{},
	) as IDataObject;
	const body = buildBody(this, itemIndex, [...lineItemFields, ...updateOnlyFields], rest);
	const cur = currencyOf(this, itemIndex, currency);
	if (currency !== undefined && orderedUnitPrice === undefined && salePrice === undefined) {
		fail(
			this,
			itemIndex,
			'Currency applies to prices: set Ordered Unit Price or Sale Price with it',
		);
	}
	if (orderedUnitPrice !== undefined)
		body.ordered_unit_price = money(this, itemIndex, orderedUnitPrice, 'Ordered Unit Price', cur);
	if (salePrice !== undefined)
		body.sale_price = money(this, itemIndex, salePrice, 'Sale Price', cur);
	if (quantity !== undefined) {
		body.quantity = toDecimalString(this, itemIndex, quantity, 'Quantity', 0);
		if (Number(body.quantity) <= 0)
			fail(
				this,
				itemIndex,
				'Quantity must be more than 0',
				'To take the product off the order, delete the line item.',
			);
	}
	if (Object.keys(body).length === 0)
		fail(this, itemIndex, 'Update Fields: add at least one field to change');
	const line = await client.request<IDataObject>('PATCH', `/line-items/${id}/`, {
		body,
		operation: 'Update a line item',
		itemIndex,
	});
	return outputLines(this, itemIndex, [line])[0];
}
