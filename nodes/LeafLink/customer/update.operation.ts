import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import type { LeafLinkClient } from '../transport';
import { fail } from '../shared/validators';
import { customerBody, customerFieldOptions, customerLocator, customerPath } from './shared';

export const description: INodeProperties[] = [
	customerLocator,
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: customerFieldOptions(true),
	},
];

export async function execute(this: IExecuteFunctions, client: LeafLinkClient, itemIndex: number) {
	const path = customerPath(this, itemIndex);
	const body = customerBody(
		this,
		itemIndex,
		this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject,
		true,
	);
	if (Object.keys(body).length === 0)
		fail(this, itemIndex, 'Update Fields: add at least one field to change');
	return await client.request<IDataObject>('PATCH', path, {
		body,
		operation: 'Update a customer',
		itemIndex,
	});
}
