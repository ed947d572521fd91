import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import type { LeafLinkClient } from '../transport';
import { fail, toDecimalString, toId } from '../shared/validators';
import { fieldProperties } from '../shared/fields';
import { buildBody } from '../shared/fieldValues';
import { currencyOf } from '../shared/money';
import { orderLocator, orderNumberOf } from '../shared/locators';
import {
	createOnlyFields,
	currencyField,
	lineItemFields,
	money,
	outputFields,
	outputLines,
} from './shared';

export const description: INodeProperties[] = [
	orderLocator,
	{
		displayName: 'Product ID',
		name: 'product',
		type: 'number',
		typeOptions: { minValue: 1 },
		default: 0,
		required: true,
		description: 'LeafLink ID of the product to add',
	},
	{
		displayName: 'Quantity',
		name: 'quantity',
		type: 'number',
		typeOptions: { minValue: 0 },
		default: 1,
		required: true,
		description: 'Units ordered, in the unit the product is sold in (e.g. cases)',
	},
	{
		displayName: 'Ordered Unit Price',
		name: 'orderedUnitPrice',
		type: 'number',
		typeOptions: { minValue: 0, numberPrecision: 2 },
		default: 0,
		required: true,
		description: 'Price per unit sold',
	},
	{
		displayName: 'Sale Price',
		name: 'salePrice',
		type: 'number',
		typeOptions: { minValue: 0, numberPrecision: 2 },
		default: 0,
		description: 'Sale price per unit sold; 0 means no sale, and the ordered unit price applies',
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [...fieldProperties([...lineItemFields, ...createOnlyFields]), currencyField].sort(
			(a, b) => a.displayName.localeCompare(b.displayName),
		),
	},
	...outputFields,
];

export async function execute(this: IExecuteFunctions, client: LeafLinkClient, itemIndex: number) {
	const order = orderNumberOf(this, itemIndex);
	const product = toId(
		this,
		itemIndex,
		this.getNodeParameter('product', itemIndex, undefined),
		'Product ID',
	);
	const quantity = toDecimalString(
		this,
		itemIndex,
		this.getNodeParameter('quantity', itemIndex, undefined),
		'Quantity',
		0,
	);
	if (Number(quantity) <= 0) fail(this, itemIndex, 'Quantity must be more than 0');
	const { currency, ...rest } = this.getNodeParameter(
		'additionalFields',
		itemIndex,
		{},
	) as IDataObject;
	const cur = currencyOf(this, itemIndex, currency);
	const body: IDataObject = {
		order,
		product: String(product),
		quantity,
		ordered_unit_price: money(
			this,
			itemIndex,
			this.getNodeParameter('orderedUnitPrice', itemIndex, undefined),
			'Ordered Unit Price',
			cur,
		),
		sale_price: money(
			this,
			itemIndex,
			this.getNodeParameter('salePrice', itemIndex, 0),
			'Sale Price',
			cur,
		),
		...buildBody(this, itemIndex, [...lineItemFields, ...createOnlyFields], rest),
	};
	const line = await client.request<IDataObject>('POST', '/line-items/', {
		body,
		operation: 'Add a line item to an order',
		itemIndex,
		verifyHint: `Get the line items of order ${order} before adding it again.`,
	});
	return outputLines(this, itemIndex, [line])[0];
}
