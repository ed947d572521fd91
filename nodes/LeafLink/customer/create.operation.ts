import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import type { LeafLinkClient } from '../transport';
import { requiredField } from '../shared/fieldValues';
import {
	customerBody,
	customerFieldOptions,
	nameField,
	nameProperty,
	ownerField,
	ownerOf,
} from './shared';

export const description: INodeProperties[] = [
	ownerField,
	nameProperty,
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: customerFieldOptions(false),
	},
];

export async function execute(this: IExecuteFunctions, client: LeafLinkClient, itemIndex: number) {
	const owner = ownerOf(this, itemIndex);
	const name = requiredField(this, itemIndex, nameField);
	const body = {
		owner,
		name,
		...customerBody(
			this,
			itemIndex,
			this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject,
			false,
		),
	};
	return await client.request<IDataObject>('POST', '/customers/', {
		body,
		operation: 'Create a customer',
		itemIndex,
		verifyHint:
			'Look for the customer by name (Get Many) before creating it again, or use Create or Update (by External ID).',
	});
}
