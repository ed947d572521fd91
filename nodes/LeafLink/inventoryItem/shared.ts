import type { INodeProperties } from 'n8n-workflow';
import type { FieldSpec } from '../shared/fields';
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

export const facilityField: FieldSpec = {
	name: 'facility',
	displayName: 'Facility',
	kind: 'dropdown',
	method: 'loadFacilities',
	description: 'Where the stock is',
};

export const quantityField: FieldSpec = {
	name: 'quantity',
	displayName: 'Quantity',
	kind: 'number',
	min: 0,
	description: 'Units in stock',
};

export const archivedField: FieldSpec = {
	name: 'is_archived',
	displayName: 'Archived',
	kind: 'boolean',
	description: 'Whether the item is archived',
};
