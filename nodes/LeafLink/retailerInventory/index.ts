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
		{ value: 'getMany', name: 'Get Many', action: 'Get many retailer inventory records', description: 'List stock levels reported by retailers', sends: ['GET /retailer-inventory/'], module: getMany },
		{ value: 'get', name: 'Get', action: 'Get a retailer inventory record', description: 'Get one retailer inventory record by ID', sends: ['GET /retailer-inventory/{id}/'], module: get },
		{ value: 'create', name: 'Create', action: 'Create a retailer inventory record', description: "Report a retailer's stock of a product", sends: ['POST /retailer-inventory/'], module: create },
		{ value: 'update', name: 'Update', action: 'Update a retailer inventory record', description: 'Change a retailer inventory record', sends: ['PATCH /retailer-inventory/{id}/'], module: update },
		{ value: 'delete', name: 'Delete', action: 'Delete a retailer inventory record', description: 'Delete a retailer inventory record', sends: ['DELETE /retailer-inventory/{id}/'], module: deleteOp },
	],
};
