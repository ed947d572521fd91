import type { ResourceDefinition } from '../shared/types';
import * as archive from './archive.operation';
import * as create from './create.operation';
import * as get from './get.operation';
import * as getMany from './getMany.operation';
import * as removeExternalId from './removeExternalId.operation';
import * as setExternalId from './setExternalId.operation';
import * as update from './update.operation';
import * as upsert from './upsert.operation';

export const customerResource: ResourceDefinition = {
	value: 'customer',
	name: 'Customer',
	description: 'Your customers (buyers)',
	operations: [
		{ value: 'getMany', name: 'Get Many', action: 'Get many customers', description: 'List customers, with filters', sends: ['GET /customers/'], module: getMany },
		{ value: 'get', name: 'Get', action: 'Get a customer', description: 'Get one customer by ID', sends: ['GET /customers/{id}/'], module: get },
		{ value: 'create', name: 'Create', action: 'Create a customer', description: 'Add a customer to your CRM', sends: ['POST /customers/'], module: create },
		{
			value: 'upsert',
			name: 'Create or Update',
			action: 'Create or update a customer by external ID',
			description: 'Create a new record, or update the current one if it already exists (upsert)',
			sends: ['GET /customers/', 'PATCH /customers/{id}/', 'POST /customers/'],
			module: upsert,
		},
		{ value: 'update', name: 'Update', action: 'Update a customer', description: 'Change fields of a customer', sends: ['PATCH /customers/{id}/'], module: update },
		{ value: 'archive', name: 'Archive', action: 'Archive a customer', description: 'Archive a customer (LeafLink does not delete customers)', sends: ['DELETE /customers/{id}/'], module: archive },
		{ value: 'setExternalId', name: 'Set External ID', action: 'Set an external ID on a customer', description: "Store an outside system's ID on the customer", sends: ['PATCH /customers/{id}/'], module: setExternalId },
		{ value: 'removeExternalId', name: 'Remove External ID', action: 'Remove an external ID from a customer', description: "Remove an outside system's ID from the customer", sends: ['PATCH /customers/{id}/'], module: removeExternalId },
	],
};
