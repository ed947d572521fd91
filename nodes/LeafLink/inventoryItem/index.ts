import type { ResourceDefinition } from '../shared/types';

export const inventoryItemResource: ResourceDefinition = {
	value: 'inventoryItem',
	name: 'Inventory Item',
	description: 'Inventory per facility',
	operations: [],
};
