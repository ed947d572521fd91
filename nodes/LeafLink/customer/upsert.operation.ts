import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import type { LeafLinkClient } from '../transport';
import { requiredField } from '../shared/fieldValues';
import {
	upsertByExternalId,
	upsertKeyFields,
	upsertKeyValue,
	upsertOutputNotice,
	withAction,
} from '../shared/upsert';
import {
	customerBody,
	customerFieldOptions,
	nameField,
	nameProperty,
	ownerField,
	ownerOf,
} from './shared';

export const description: INodeProperties[] = [
	upsertOutputNotice,
	...upsertKeyFields,
	ownerField,
	nameProperty,
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		description: 'Set on the new customer, or changed on the existing one',
		options: customerFieldOptions(false),
	},
];

export async function execute(this: IExecuteFunctions, client: LeafLinkClient, itemIndex: number) {
	const { key, value } = upsertKeyValue(this, itemIndex);
	const owner = ownerOf(this, itemIndex);
	const name = requiredField(this, itemIndex, nameField);
	const fields = customerBody(
		this,
		itemIndex,
		this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject,
		false,
	);
	const body: IDataObject = { owner, name, ...fields };
	const result = await upsertByExternalId(
		this,
		client,
		itemIndex,
		{
			listPath: '/customers/',
			label: 'customer',
			keyOf: (c) => Number(c.id),
			recordPath: (id) => `/customers/${id}/`,
			createAcceptsExternalIds: true,
		},
		{ key, value, createBody: () => body, updateBody: () => body },
	);
	return withAction(result);
}
