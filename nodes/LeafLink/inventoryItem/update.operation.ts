import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import type { LeafLinkClient } from '../transport';
import { fieldProperties } from '../shared/fields';
import { buildBody } from '../shared/fieldValues';
import { fail } from '../shared/validators';
import { locatorId } from '../shared/locators';
import {
	archivedField,
	includeArchivedOption,
	inventoryItemLocator,
	quantityField,
} from './shared';

const updateFields = [archivedField, quantityField];

export const description: INodeProperties[] = [
	inventoryItemLocator,
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: fieldProperties(updateFields),
	},
	includeArchivedOption,
];

export async function execute(this: IExecuteFunctions, client: LeafLinkClient, itemIndex: number) {
	const id = locatorId(this, itemIndex, inventoryItemLocator);
	const fields = this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject;
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const body = buildBody(this, itemIndex, updateFields, fields);
	if (Object.keys(body).length === 0)
		fail(this, itemIndex, 'Update Fields: add at least one field to change');
	return await client.request<IDataObject>('PATCH', `/inventory/items/${id}/`, {
		qs: { include_archived: options.includeArchived === true ? true : undefined },
		body,
		operation: 'Update an inventory item',
		itemIndex,
	});
}
