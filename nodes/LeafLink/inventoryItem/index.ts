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
		{
			value: 'getMany',
			name: 'Get Many',
			action: 'Get many inventory items',
			description: 'List inventory items, archived ones too if asked',
			toolDescription:
				'Lists inventory items (stock of a product at a facility and batch), archived ones too if asked. Returns one item per inventory item: id, product ID, facility ID, batch ID, quantity and whether it is archived. Returns at most Limit (default 50) unless Return All is true.',
			sends: ['GET /inventory/items/'],
			module: getMany,
		},
		{
			value: 'get',
			name: 'Get',
			action: 'Get an inventory item',
			description: 'Get one inventory item by ID',
			toolDescription:
				'Gets one inventory item by a whole-number ID, e.g. 1042. Returns the inventory item: id, product ID, facility ID, batch ID, quantity and whether it is archived.',
			sends: ['GET /inventory/items/{id}/'],
			module: get,
		},
		{
			value: 'create',
			name: 'Create',
			action: 'Create an inventory item',
			description: 'Record stock of a product at a facility and batch',
			toolDescription:
				'Records stock of one product (whole-number ID) at a facility and batch (whole-number IDs) with a quantity (a number). Returns the new inventory item: id, product ID, facility ID, batch ID, quantity and whether it is archived. Each call creates another item.',
			sends: ['POST /inventory/items/'],
			module: create,
		},
		{
			value: 'update',
			name: 'Update',
			action: 'Update an inventory item',
			description: 'Change the quantity or archive an item',
			toolDescription:
				'Changes the given fields of one inventory item, addressed by a whole-number ID, e.g. 1042; fields not given stay as they are. Returns the updated inventory item: id, product ID, facility ID, batch ID, quantity and whether it is archived.',
			sends: ['PATCH /inventory/items/{id}/'],
			module: update,
		},
	],
};
