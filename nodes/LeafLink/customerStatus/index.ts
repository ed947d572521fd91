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
		{ value: 'getMany', name: 'Get Many', action: 'Get many customer statuses', description: 'List customer statuses', sends: ['GET /customer-statuses/'], module: getMany },
		{ value: 'get', name: 'Get', action: 'Get a customer status', description: 'Get one customer status by ID', sends: ['GET /customer-statuses/{id}/'], module: get },
		{ value: 'create', name: 'Create', action: 'Create a customer status', description: 'Add a CRM status', sends: ['POST /customer-statuses/'], module: create },
		{ value: 'update', name: 'Update', action: 'Update a customer status', description: 'Change a customer status', sends: ['PATCH /customer-statuses/{id}/'], module: update },
		{ value: 'delete', name: 'Delete', action: 'Delete a customer status', description: 'Delete a customer status', sends: ['DELETE /customer-statuses/{id}/'], module: deleteOp },
	],
};
