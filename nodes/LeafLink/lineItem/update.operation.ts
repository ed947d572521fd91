import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import type { LeafLinkClient } from '../transport';
import { fail } from '../shared/validators';
import { fieldProperties } from '../shared/fields';
import { buildBody } from '../shared/fieldValues';
import { locatorId } from '../shared/locators';
import {
	currencyField,
	lineItemFields,
	lineItemLocator,
	orderedUnitPriceField,
	outputFields,
	outputLines,
	quantityField,
	salePriceField,
	updateOnlyFields,
} from './shared';

const fields = [
	...lineItemFields,
	...updateOnlyFields,
	orderedUnitPriceField,
	quantityField(
		'Units ordered, in the unit the product is sold in',
		'To take the product off the order, delete the line item.',
	),
	salePriceField('Sale price per unit sold; 0 ends a sale'),
	currencyField('Currency of the prices you set here'),
];

export const description: INodeProperties[] = [
	lineItemLocator,
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: fieldProperties(fields),
	},
	...outputFields,
];

export async function execute(this: IExecuteFunctions, client: LeafLinkClient, itemIndex: number) {
	const id = locatorId(this, itemIndex, lineItemLocator);
	const values = this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject;
	const body = buildBody(this, itemIndex, fields, values);
	if (
		values.currency !== undefined &&
		values.orderedUnitPrice === undefined &&
		values.salePrice === undefined
	) {
		fail(
			this,
			itemIndex,
			'Currency applies to prices: set Ordered Unit Price or Sale Price with it',
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
