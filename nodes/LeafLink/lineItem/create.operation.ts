import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import type { LeafLinkClient } from '../transport';
import { fieldProperties, fieldProperty } from '../shared/fields';
import { buildBody, fieldValue, formCurrency, requiredField } from '../shared/fieldValues';
import { orderLocator, orderNumberOf } from '../shared/locators';
import type { FieldSpec } from '../shared/fields';
import {
	createOnlyFields,
	currencyField,
	lineItemFields,
	orderedUnitPriceField,
	outputFields,
	outputLines,
	quantityField,
	salePriceField,
} from './shared';

const productField: FieldSpec = {
	name: 'product',
	displayName: 'Product ID',
	kind: 'id',
	description: 'LeafLink ID of the product to add',
};
const quantity = quantityField('Units ordered, in the unit the product is sold in (e.g. cases)');
const salePrice = salePriceField(
	'Sale price per unit sold; 0 means no sale, and the ordered unit price applies',
);
const additionalFields = [
	...lineItemFields,
	...createOnlyFields,
	currencyField('Currency of the prices'),
];

export const description: INodeProperties[] = [
	orderLocator,
	fieldProperty(productField, true),
	fieldProperty(quantity, true),
	fieldProperty(orderedUnitPriceField, true),
	fieldProperty(salePrice),
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: fieldProperties(additionalFields),
	},
	...outputFields,
];

export async function execute(this: IExecuteFunctions, client: LeafLinkClient, itemIndex: number) {
	const order = orderNumberOf(this, itemIndex);
	const fields = this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	const currency = formCurrency(this, itemIndex, additionalFields, fields);
	const body: IDataObject = {
		order,
		// LeafLink's line-item create takes the product's ID as text
		product: String(requiredField(this, itemIndex, productField)),
		quantity: requiredField(this, itemIndex, quantity),
		ordered_unit_price: requiredField(this, itemIndex, orderedUnitPriceField, { currency }),
		sale_price: fieldValue(
			this,
			itemIndex,
			salePrice,
			this.getNodeParameter('salePrice', itemIndex, 0),
			{
				currency,
			},
		),
		...buildBody(this, itemIndex, additionalFields, fields),
	};
	const line = await client.request<IDataObject>('POST', '/line-items/', {
		body,
		operation: 'Add a line item to an order',
		itemIndex,
		verifyHint: `Get the line items of order ${order} before adding it again.`,
	});
	return outputLines(this, itemIndex, [line])[0];
}
