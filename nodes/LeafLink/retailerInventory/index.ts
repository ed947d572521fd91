import type { ResourceDefinition } from '../shared/types';
import * as create from './create.operation';
import * as deleteOp from './delete.operation';
import * as get from './get.operation';
import * as getMany from './getMany.operation';
import * as update from './update.operation';

export const retailerInventoryResource: ResourceDefinition = {
	value: 'retailerInventory',
	name: 'Retailer Inventory',
	description: 'Inventory kept by retailers',
	operations: [
		{
			value: 'getMany',
			name: 'Get Many',
			action: 'Get many retailer inventory records',
			description: 'List stock levels reported by retailers',
			toolDescription:
				'Lists retailer inventory records, filtered by the given filters. Returns one item per retailer inventory record: id, retailer company ID, product name, SKU, brand, quantity, unit of measure and low-stock flag. Returns at most Limit (default 50) unless Return All is true.',
			sends: ['GET /retailer-inventory/'],
			module: getMany,
		},
		{
			value: 'get',
			name: 'Get',
			action: 'Get a retailer inventory record',
			description: 'Get one retailer inventory record by ID',
			toolDescription:
				'Gets one retailer inventory record by a whole-number ID, e.g. 1042. Returns the retailer inventory record: id, retailer company ID, product name, SKU, brand, quantity, unit of measure and low-stock flag.',
			sends: ['GET /retailer-inventory/{id}/'],
			module: get,
		},
		{
			value: 'create',
			name: 'Create',
			action: 'Create a retailer inventory record',
			description: "Report a retailer's stock of a product",
			toolDescription:
				"Reports a retailer's stock of a product: retailer company (whole-number ID), product name, SKU, brand, quantity (a number), unit of measure, low-stock flag and source. Returns the new record: id, retailer company ID, product name, SKU, brand, quantity, unit of measure and low-stock flag.",
			sends: ['POST /retailer-inventory/'],
			module: create,
		},
		{
			value: 'update',
			name: 'Update',
			action: 'Update a retailer inventory record',
			description: 'Change a retailer inventory record',
			toolDescription:
				'Changes the given fields of one retailer inventory record, addressed by a whole-number ID, e.g. 1042; fields not given stay as they are. Returns the updated retailer inventory record: id, retailer company ID, product name, SKU, brand, quantity, unit of measure and low-stock flag.',
			sends: ['PATCH /retailer-inventory/{id}/'],
			module: update,
		},
		{
			value: 'delete',
			name: 'Delete',
			action: 'Delete a retailer inventory record',
			description: 'Delete a retailer inventory record',
			toolDescription:
				'Deletes one retailer inventory record, addressed by a whole-number ID, e.g. 1042. Returns {id, deleted: true}.',
			sends: ['DELETE /retailer-inventory/{id}/'],
			module: deleteOp,
		},
	],
};
