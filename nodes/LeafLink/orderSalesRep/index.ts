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
		{
			value: 'getMany',
			name: 'Get Many',
			action: 'Get many order sales reps',
			description: 'List sales rep assignments',
			toolDescription:
				'Lists order sales rep assignments, filtered by the given filters. Returns one item per order sales rep assignment: id, order number (UUID) and the sales rep (a staff member ID). Returns at most Limit (default 50) unless Return All is true.',
			sends: ['GET /order-sales-reps/'],
			module: getMany,
		},
		{
			value: 'get',
			name: 'Get',
			action: 'Get an order sales rep',
			description: 'Get one sales rep assignment by ID',
			toolDescription:
				'Gets one order sales rep assignment by a whole-number ID, e.g. 1042. Returns the order sales rep assignment: id, order number (UUID) and the sales rep (a staff member ID).',
			sends: ['GET /order-sales-reps/{id}/'],
			module: get,
		},
		{
			value: 'create',
			name: 'Create',
			action: 'Assign a sales rep to an order',
			description: 'Add a sales rep to an order',
			toolDescription:
				'Assigns a sales rep (a staff member, whole-number ID) to one order, addressed by its order number, a UUID like 3f0e2b1c-8a4d-4e6f-9b2a-1c2d3e4f5a6b (a LeafLink order URL works too). Returns the assignment: id, order number (UUID) and the sales rep (a staff member ID).',
			sends: ['POST /order-sales-reps/'],
			module: create,
		},
		{
			value: 'delete',
			name: 'Delete',
			action: 'Remove a sales rep from an order',
			description: 'Delete a sales rep assignment',
			toolDescription:
				"Removes a sales rep from an order by deleting the assignment, addressed by a whole-number ID, e.g. 1042 (the assignment's ID, not the staff member's). Returns {id, deleted: true}.",
			sends: ['DELETE /order-sales-reps/{id}/'],
			module: deleteOp,
		},
	],
};
