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
		{ value: 'getMany', name: 'Get Many', action: 'Get many contacts', description: 'List contacts, with filters', sends: ['GET /contacts/'], module: getMany },
		{ value: 'get', name: 'Get', action: 'Get a contact', description: 'Get one contact by ID', sends: ['GET /contacts/{id}/'], module: get },
		{ value: 'create', name: 'Create', action: 'Create a contact', description: 'Add a person at one of your customers', sends: ['POST /contacts/'], module: create },
		{ value: 'update', name: 'Update', action: 'Update a contact', description: 'Change a contact', sends: ['PATCH /contacts/{id}/'], module: update },
		{ value: 'delete', name: 'Delete', action: 'Delete a contact', description: 'Delete a contact', sends: ['DELETE /contacts/{id}/'], module: deleteOp },
	],
};
