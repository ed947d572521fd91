import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import type { LeafLinkClient } from '../transport';
import { outputFields, shapeOutput } from '../shared/output';
import {
	buyerCustomerLocator,
	lineItemsField,
	orderCreateBody,
	orderCreateFields,
	orderStatusField,
	sellerField,
} from './fields';
import { simplifyOrder } from '../shared/orders';
import { fieldProperties, fieldProperty } from '../shared/fields';

export const description: INodeProperties[] = [
	fieldProperty(sellerField, true),
	buyerCustomerLocator,
	fieldProperty(orderStatusField),
	lineItemsField,
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: fieldProperties(orderCreateFields),
	},
	...outputFields(),
];

export async function execute(this: IExecuteFunctions, client: LeafLinkClient, itemIndex: number) {
	const body = orderCreateBody(this, itemIndex);
	const order = await client.request<IDataObject>('POST', '/orders-received/', {
		body,
		operation: 'Create an order',
		itemIndex,
		verifyHint: body.external_id_seller
			? `Look for an order with Seller Number "${String(body.external_id_seller)}" (Get Many, filter Seller Number) before creating it again.`
			: 'Look for the order in LeafLink before creating it again; set a Seller Order Number so you can find it.',
	});
	return shapeOutput(this, itemIndex, order, { simplify: (o) => simplifyOrder(o), key: 'number' });
}
