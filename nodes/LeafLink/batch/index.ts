import type { ResourceDefinition } from '../shared/types';
import * as create from './create.operation';
import * as deleteBatch from './delete.operation';
import * as get from './get.operation';
import * as getMany from './getMany.operation';
import * as update from './update.operation';

export const batchResource: ResourceDefinition = {
	value: 'batch',
	name: 'Batch',
	description: 'Production batches',
	operations: [
		{ value: 'getMany', name: 'Get Many', action: 'Get many batches', description: 'List batches, with filters', sends: ['GET /batches/'], module: getMany },
		{ value: 'get', name: 'Get', action: 'Get a batch', description: 'Get one batch, with its documents', sends: ['GET /batches/{id}/'], module: get },
		{ value: 'create', name: 'Create', action: 'Create a batch', description: 'Create a batch with its test results', sends: ['POST /batches/'], module: create },
		{ value: 'update', name: 'Update', action: 'Update a batch', description: 'Change a batch or its test results', sends: ['PATCH /batches/{id}/'], module: update },
		{ value: 'delete', name: 'Delete', action: 'Delete a batch', description: 'Delete a batch', sends: ['DELETE /batches/{id}/'], module: deleteBatch },
	],
};
