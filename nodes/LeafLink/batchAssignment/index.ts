import type { ResourceDefinition } from '../shared/types';
import * as create from './create.operation';
import * as deleteAssignment from './delete.operation';
import * as get from './get.operation';
import * as getMany from './getMany.operation';

export const batchAssignmentResource: ResourceDefinition = {
	value: 'batchAssignment',
	name: 'Batch Assignment',
	description: 'Which products come from which batch',
	operations: [
		{
			value: 'getMany',
			name: 'Get Many',
			action: 'Get many batch assignments',
			description: 'List product-to-batch assignments',
			toolDescription:
				'Lists batch assignments, filtered by the given filters. Returns one item per batch assignment: id, product ID and batch ID. Returns at most Limit (default 50) unless Return All is true.',
			sends: ['GET /product-batches/'],
			module: getMany,
		},
		{
			value: 'get',
			name: 'Get',
			action: 'Get a batch assignment',
			description: 'Get one assignment by ID',
			toolDescription:
				'Gets one batch assignment by a whole-number ID, e.g. 1042. Returns the batch assignment: id, product ID and batch ID.',
			sends: ['GET /product-batches/{id}/'],
			module: get,
		},
		{
			value: 'create',
			name: 'Create',
			action: 'Assign a product to a batch',
			description: 'Assign a product to a batch',
			toolDescription:
				'Assigns one product (a whole-number ID, e.g. 1042) to one batch (a whole-number ID). Returns the assignment: id, product ID and batch ID.',
			sends: ['POST /product-batches/'],
			module: create,
		},
		{
			value: 'delete',
			name: 'Delete',
			action: 'Delete a batch assignment',
			description: 'Remove a product from a batch',
			toolDescription:
				"Removes a product from a batch by deleting the assignment, addressed by a whole-number ID, e.g. 1042 (the assignment's ID). Returns {id, deleted: true}.",
			sends: ['DELETE /product-batches/{id}/'],
			module: deleteAssignment,
		},
	],
};
