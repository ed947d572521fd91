import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import type { LeafLinkClient } from '../transport';
import { fail, isBlank, toNumber } from '../shared/validators';
import { locatorId } from '../shared/locators';
import { includeArchivedOption, inventoryItemLocator } from './shared';

export const description: INodeProperties[] = [
	inventoryItemLocator,
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{
				displayName: 'Archived',
				name: 'is_archived',
				type: 'boolean',
				default: false,
				description: 'Whether the item is archived',
			},
			{
				displayName: 'Quantity',
				name: 'quantity',
				type: 'number',
				typeOptions: { minValue: 0 },
				default: 0,
				description: 'Units in stock',
			},
		],
	},
	includeArchivedOption,
];

export async function execute(this: IExecuteFunctions, client: LeafLinkClient, itemIndex: number) {
	const id = locatorId(this, itemIndex, inventoryItemLocator);
	const fields = this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject;
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const body: IDataObject = {};
	if ('quantity' in fields) {
		if (isBlank(fields.quantity))
			fail(this, itemIndex, 'Quantity is empty', 'Give the units in stock, or remove the field.');
		body.quantity = toNumber(this, itemIndex, fields.quantity, 'Quantity', { min: 0 });
	}
	if ('is_archived' in fields) {
		if (typeof fields.is_archived !== 'boolean')
			fail(this, itemIndex, `Archived must be true or false, not "${String(fields.is_archived)}"`);
		body.is_archived = fields.is_archived;
	}
	if (Object.keys(body).length === 0)
		fail(this, itemIndex, 'Update Fields: add at least one field to change');
	return await client.request<IDataObject>('PATCH', `/inventory/items/${id}/`, {
		qs: { include_archived: options.includeArchived === true ? true : undefined },
		body,
		operation: 'Update an inventory item',
		itemIndex,
	});
}
