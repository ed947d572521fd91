import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import type { LeafLinkClient } from '../transport';
import {
	optionsCollection,
	outputFields,
	responseShapeOptions,
	responseShapeQuery,
	selectedFieldsQuery,
	shapeOutput,
} from '../shared/output';
import { asPricingMode, pricingOption } from '../shared/linePricing';
import { ORDER_CHILDREN, simplifyOrder } from '../shared/orders';
import { orderLocator, orderPath } from '../shared/locators';

export const description: INodeProperties[] = [
	orderLocator,
	optionsCollection([...responseShapeOptions('order', ORDER_CHILDREN), pricingOption]),
	...outputFields(),
];

export async function execute(this: IExecuteFunctions, client: LeafLinkClient, itemIndex: number) {
	const path = orderPath(this, itemIndex);
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const order = await client.request<IDataObject>('GET', path, {
		qs: {
			...responseShapeQuery(options),
			...selectedFieldsQuery(this, itemIndex, { simplify: simplifyOrder, key: 'number' }, options),
		},
		operation: 'Get an order',
		itemIndex,
	});
	return shapeOutput(this, itemIndex, order, {
		simplify: (o) => simplifyOrder(o, asPricingMode(options.pricing)),
		key: 'number',
	});
}
