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
		{
			value: 'getMany',
			name: 'Get Many',
			action: 'Get many batches',
			description: 'List batches, with filters',
			toolDescription:
				'Lists batches, filtered by the given filters. Returns one item per batch: id, production batch number, batch date, testing source, test results (THC, CBD...) and documents. Returns at most Limit (default 50) unless Return All is true.',
			sends: ['GET /batches/'],
			module: getMany,
		},
		{
			value: 'get',
			name: 'Get',
			action: 'Get a batch',
			description: 'Get one batch, with its documents',
			toolDescription:
				'Gets one batch by a whole-number ID, e.g. 1042, with its documents. Returns the batch: id, production batch number, batch date, testing source, test results (THC, CBD...) and documents.',
			sends: ['GET /batches/{id}/'],
			module: get,
		},
		{
			value: 'create',
			name: 'Create',
			action: 'Create a batch',
			description: 'Create a batch with its test results',
			toolDescription:
				'Creates a batch. Returns the new batch: id, production batch number, batch date, testing source, test results (THC, CBD...) and documents. Each call creates another one, so call it once per batch.',
			sends: ['POST /batches/'],
			module: create,
		},
		{
			value: 'update',
			name: 'Update',
			action: 'Update a batch',
			description: 'Change a batch or its test results',
			toolDescription:
				'Changes the given fields of one batch, addressed by a whole-number ID, e.g. 1042; fields not given stay as they are. Returns the updated batch: id, production batch number, batch date, testing source, test results (THC, CBD...) and documents.',
			sends: ['PATCH /batches/{id}/'],
			module: update,
		},
		{
			value: 'delete',
			name: 'Delete',
			action: 'Delete a batch',
			description: 'Delete a batch',
			toolDescription:
				'Deletes one batch, addressed by a whole-number ID, e.g. 1042. Returns {id, deleted: true}.',
			sends: ['DELETE /batches/{id}/'],
			module: deleteBatch,
		},
	],
};
