import type { INodeProperties } from 'n8n-workflow';
import type { RecordTarget } from '../shared/operations';
import { idLocator } from '../shared/locators';
import { optionsCollection } from '../shared/output';

export const inventoryItemLocator = idLocator({
	name: 'inventoryItemId',
	displayName: 'Inventory Item',
	description: 'The inventory item, by its LeafLink ID',
	placeholder: 'e.g. 401',
});

export const inventoryItemTarget: RecordTarget = {
	locator: inventoryItemLocator,
	path: '/inventory/items/',
	label: 'inventory item',
};

export const includeArchivedOption: INodeProperties = optionsCollection([
	{
		displayName: 'Include Archived',
		name: 'includeArchived',
		type: 'boolean',
		default: false,
		description:
			'Whether to find the item also when it is archived (LeafLink hides archived items otherwise)',
	},
]);
