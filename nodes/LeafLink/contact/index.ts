import type { ResourceDefinition } from '../shared/types';
import * as create from './create.operation';
import * as deleteOp from './delete.operation';
import * as get from './get.operation';
import * as getMany from './getMany.operation';
import * as update from './update.operation';

export const contactResource: ResourceDefinition = {
	value: 'contact',
	name: 'Contact',
	description: 'People at your customers',
	operations: [
		{
			value: 'getMany',
			name: 'Get Many',
			action: 'Get many contacts',
			description: 'List contacts, with filters',
			toolDescription:
				'Lists contacts, filtered by the given filters. Returns one item per contact: id, customer ID, first and last name, email, phone and role. Returns at most Limit (default 50) unless Return All is true.',
			sends: ['GET /contacts/'],
			module: getMany,
		},
		{
			value: 'get',
			name: 'Get',
			action: 'Get a contact',
			description: 'Get one contact by ID',
			toolDescription:
				'Gets one contact by a whole-number ID, e.g. 1042. Returns the contact: id, customer ID, first and last name, email, phone and role.',
			sends: ['GET /contacts/{id}/'],
			module: get,
		},
		{
			value: 'create',
			name: 'Create',
			action: 'Create a contact',
			description: 'Add a person at one of your customers',
			toolDescription:
				'Adds a person at one of your customers: customer (a whole-number ID, e.g. 1042) and first name, plus optional last name, email, phone and role. Returns the new contact: id, customer ID, first and last name, email, phone and role. Each call creates another contact.',
			sends: ['POST /contacts/'],
			module: create,
		},
		{
			value: 'update',
			name: 'Update',
			action: 'Update a contact',
			description: 'Change a contact',
			toolDescription:
				'Changes the given fields of one contact, addressed by a whole-number ID, e.g. 1042; fields not given stay as they are. Returns the updated contact: id, customer ID, first and last name, email, phone and role.',
			sends: ['PATCH /contacts/{id}/'],
			module: update,
		},
		{
			value: 'delete',
			name: 'Delete',
			action: 'Delete a contact',
			description: 'Delete a contact',
			toolDescription:
				'Deletes one contact, addressed by a whole-number ID, e.g. 1042. Returns {id, deleted: true}.',
			sends: ['DELETE /contacts/{id}/'],
			module: deleteOp,
		},
	],
};
