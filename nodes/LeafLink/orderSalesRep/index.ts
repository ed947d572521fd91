import type { ResourceDefinition } from '../shared/types';
import * as create from './create.operation';
import * as deleteOp from './delete.operation';
import * as get from './get.operation';
import * as getMany from './getMany.operation';

export const orderSalesRepResource: ResourceDefinition = {
	value: 'orderSalesRep',
	name: 'Order Sales Rep',
	description: 'Sales reps assigned to orders',
	operations: [
		{ value: 'getMany', name: 'Get Many', action: 'Get many order sales reps', description: 'List sales rep assignments', sends: ['GET /order-sales-reps/'], module: getMany },
		{ value: 'get', name: 'Get', action: 'Get an order sales rep', description: 'Get one sales rep assignment by ID', sends: ['GET /order-sales-reps/{id}/'], module: get },
		{ value: 'create', name: 'Create', action: 'Assign a sales rep to an order', description: 'Add a sales rep to an order', sends: ['POST /order-sales-reps/'], module: create },
		{ value: 'delete', name: 'Delete', action: 'Remove a sales rep from an order', description: 'Delete a sales rep assignment', sends: ['DELETE /order-sales-reps/{id}/'], module: deleteOp },
	],
};
