import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import type { LeafLinkClient } from '../transport';
import { responseShapeOptions, responseShapeQuery, simplifyField } from '../shared/output';
import { asPricingMode, pricingOption } from '../shared/linePricing';
import { ORDER_CHILDREN, simplifyOrder } from '../shared/orders';
import { orderLocator, orderPath } from '../shared/locators';

export const description: INodeProperties[] = [
	orderLocator,
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [...responseShapeOptions('order', ORDER_CHILDREN), pricingOption],
	},
	simplifyField,
];

export async function execute(this: IExecuteFunctions, client: LeafLinkClient, itemIndex: number) {
	const path = orderPath(this, itemIndex);
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const simplify = this.getNodeParameter('simplify', itemIndex, true) as boolean;
	const order = await client.request<IDataObject>('GET', path, {
		qs: responseShapeQuery(options),
		operation: 'Get an order',
		itemIndex,
	});
	return simplify ? simplifyOrder(order, asPricingMode(options.pricing)) : order;
}
