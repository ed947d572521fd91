import type { ResourceDefinition } from '../shared/types';
import * as create from './create.operation';
import * as deleteOp from './delete.operation';
import * as get from './get.operation';
import * as getMany from './getMany.operation';
import * as update from './update.operation';

export const customerStatusResource: ResourceDefinition = {
	value: 'customerStatus',
	name: 'Customer Status',
	description: 'CRM statuses for customers',
	operations: [
		{
			value: 'getMany',
			name: 'Get Many',
			action: 'Get many customer statuses',
			description: 'List customer statuses',
			toolDescription:
				'Lists customer statuses, filtered by the given filters. Returns one item per customer status: id, name (state) and position. Returns at most Limit (default 50) unless Return All is true.',
			sends: ['GET /customer-statuses/'],
			module: getMany,
		},
		{
			value: 'get',
			name: 'Get',
			action: 'Get a customer status',
			description: 'Get one customer status by ID',
			toolDescription:
				'Gets one customer status by a whole-number ID, e.g. 1042. Returns the customer status: id, name (state) and position.',
			sends: ['GET /customer-statuses/{id}/'],
			module: get,
		},
		{
			value: 'create',
			name: 'Create',
			action: 'Create a customer status',
			description: 'Add a CRM status',
			toolDescription:
				"Adds a CRM customer status: owner (your company's whole-number ID) and state (its name). Returns the new status: id, name (state) and position.",
			sends: ['POST /customer-statuses/'],
			module: create,
		},
		{
			value: 'update',
			name: 'Update',
			action: 'Update a customer status',
			description: 'Change a customer status',
			toolDescription:
				'Changes the given fields of one customer status, addressed by a whole-number ID, e.g. 1042; fields not given stay as they are. Returns the updated customer status: id, name (state) and position.',
			sends: ['PATCH /customer-statuses/{id}/'],
			module: update,
		},
		{
			value: 'delete',
			name: 'Delete',
			action: 'Delete a customer status',
			description: 'Delete a customer status',
			toolDescription:
				'Deletes one customer status, addressed by a whole-number ID, e.g. 1042. Returns {id, deleted: true}.',
			sends: ['DELETE /customer-statuses/{id}/'],
			module: deleteOp,
		},
	],
};
