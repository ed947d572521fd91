import type { ResourceDefinition } from '../shared/types';

export const retailerInventoryResource: ResourceDefinition = {
	value: 'retailerInventory',
	name: 'Retailer Inventory',
	description: 'Inventory kept by retailers',
	operations: [],
};
