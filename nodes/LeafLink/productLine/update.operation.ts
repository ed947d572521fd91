import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import type { LeafLinkClient } from '../transport';
import { fail } from '../shared/validators';
import { locatorId } from '../shared/locators';
import {
	brandField,
	menuPositionField,
	nameField,
	productLineBody,
	productLineLocator,
} from './shared';

export const description: INodeProperties[] = [
	productLineLocator,
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [brandField, menuPositionField, nameField],
	},
];

export async function execute(this: IExecuteFunctions, client: LeafLinkClient, itemIndex: number) {
	const id = locatorId(this, itemIndex, productLineLocator);
	const body = productLineBody(
		this,
		itemIndex,
		this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject,
	);
	if (Object.keys(body).length === 0)
		fail(this, itemIndex, 'Update Fields: add at least one field to change');
	return await client.request<IDataObject>('PATCH', `/product-lines/${id}/`, {
		body,
		operation: 'Update a product line',
		itemIndex,
	});
}
