import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import type { LeafLinkClient } from '../transport';
import { outputFields, shapeOutput } from '../shared/output';
import { fail } from '../shared/validators';
import { orderBody, orderUpdateFields } from './fields';
import { fieldProperties } from '../shared/fields';
import { orderLocator, orderPath } from '../shared/locators';
import { simplifyOrder } from '../shared/orders';

export const description: INodeProperties[] = [
	orderLocator,
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: fieldProperties(orderUpdateFields),
	},
	...outputFields(),
];

export async function execute(this: IExecuteFunctions, client: LeafLinkClient, itemIndex: number) {
	const path = orderPath(this, itemIndex);
	const fields = this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject;
	const body = orderBody(this, itemIndex, orderUpdateFields, fields);
	if (Object.keys(body).length === 0)
		fail(this, itemIndex, 'Update Fields: add at least one field to change');
	const order = await client.request<IDataObject>('PATCH', path, {
		body,
		operation: 'Update an order',
		itemIndex,
	});
	return shapeOutput(this, itemIndex, order, { simplify: (o) => simplifyOrder(o), key: 'number' });
}
