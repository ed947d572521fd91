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
		{ value: 'getMany', name: 'Get Many', action: 'Get many batch assignments', description: 'List product-to-batch assignments', sends: ['GET /product-batches/'], module: getMany },
		{ value: 'get', name: 'Get', action: 'Get a batch assignment', description: 'Get one assignment by ID', sends: ['GET /product-batches/{id}/'], module: get },
		{ value: 'create', name: 'Create', action: 'Assign a product to a batch', description: 'Assign a product to a batch', sends: ['POST /product-batches/'], module: create },
		{ value: 'delete', name: 'Delete', action: 'Delete a batch assignment', description: 'Remove a product from a batch', sends: ['DELETE /product-batches/{id}/'], module: deleteAssignment },
	],
};
