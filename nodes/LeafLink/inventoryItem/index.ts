import type { ResourceDefinition } from '../shared/types';
import * as create from './create.operation';
import * as get from './get.operation';
import * as getMany from './getMany.operation';
import * as update from './update.operation';

export const inventoryItemResource: ResourceDefinition = {
	value: 'inventoryItem',
	name: 'Inventory Item',
	description: 'Stock of a product per facility and batch (LeafLink beta)',
	operations: [
		{ value: 'getMany', name: 'Get Many', action: 'Get many inventory items', description: 'List inventory items, archived ones too if asked', sends: ['GET /inventory/items/'], module: getMany },
		{ value: 'get', name: 'Get', action: 'Get an inventory item', description: 'Get one inventory item by ID', sends: ['GET /inventory/items/{id}/'], module: get },
		{ value: 'create', name: 'Create', action: 'Create an inventory item', description: 'Record stock of a product at a facility and batch', sends: ['POST /inventory/items/'], module: create },
		{ value: 'update', name: 'Update', action: 'Update an inventory item', description: 'Change the quantity or archive an item', sends: ['PATCH /inventory/items/{id}/'], module: update },
	],
};
