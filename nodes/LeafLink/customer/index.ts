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
		{
			value: 'getMany',
			name: 'Get Many',
			action: 'Get many customers',
			description: 'List customers, with filters',
			toolDescription:
				'Lists customers, filtered by the given filters. Returns one item per customer: id, name, display name, status, tier, licenses, contact details and external IDs. Returns at most Limit (default 50) unless Return All is true.',
			sends: ['GET /customers/'],
			module: getMany,
		},
		{
			value: 'get',
			name: 'Get',
			action: 'Get a customer',
			description: 'Get one customer by ID',
			toolDescription:
				'Gets one customer by a whole-number ID, e.g. 1042. Returns the customer: id, name, display name, status, tier, licenses, contact details and external IDs.',
			sends: ['GET /customers/{id}/'],
			module: get,
		},
		{
			value: 'create',
			name: 'Create',
			action: 'Create a customer',
			description: 'Add a customer to your CRM',
			toolDescription:
				"Adds a customer to your CRM: owner (your company's whole-number ID) and name, plus optional details. Returns the new customer: id, name, display name, status, tier, licenses, contact details and external IDs. Each call creates another customer; use Create or Update to avoid duplicates.",
			sends: ['POST /customers/'],
			module: create,
		},
		{
			value: 'upsert',
			name: 'Create or Update',
			action: 'Create or update a customer by external ID',
			description: 'Create a new record, or update the current one if it already exists (upsert)',
			toolDescription:
				'Creates a customer, or updates the one whose external ID under the given key already has the given value (external IDs are key/value text pairs of outside systems). Returns the customer (id, name, display name, status, tier, licenses, contact details and external IDs) with _action "created" or "updated".',
			sends: ['GET /customers/', 'PATCH /customers/{id}/', 'POST /customers/'],
			module: upsert,
		},
		{
			value: 'update',
			name: 'Update',
			action: 'Update a customer',
			description: 'Change fields of a customer',
			toolDescription:
				'Changes the given fields of one customer, addressed by a whole-number ID, e.g. 1042; fields not given stay as they are. Returns the updated customer: id, name, display name, status, tier, licenses, contact details and external IDs.',
			sends: ['PATCH /customers/{id}/'],
			module: update,
		},
		{
			value: 'archive',
			name: 'Archive',
			action: 'Archive a customer',
			description: 'Archive a customer (LeafLink does not delete customers)',
			toolDescription:
				'Archives one customer, addressed by a whole-number ID, e.g. 1042 (LeafLink does not delete customers). Returns the archived customer: id, name, display name, status, tier, licenses, contact details and external IDs.',
			sends: ['DELETE /customers/{id}/'],
			module: archive,
		},
		{
			value: 'setExternalId',
			name: 'Set External ID',
			action: 'Set an external ID on a customer',
			description: "Store an outside system's ID on the customer",
			toolDescription:
				'Stores outside systems\' IDs (key/value text pairs, e.g. key "erp", value "SO-1001") on one customer, addressed by a whole-number ID, e.g. 1042; other keys are kept. Returns the updated customer with its external IDs.',
			sends: ['PATCH /customers/{id}/'],
			module: setExternalId,
		},
		{
			value: 'removeExternalId',
			name: 'Remove External ID',
			action: 'Remove an external ID from a customer',
			description: "Remove an outside system's ID from the customer",
			toolDescription:
				'Removes outside systems\' IDs, by key (e.g. "erp"), from one customer, addressed by a whole-number ID, e.g. 1042; other keys are kept. Returns the updated customer with its external IDs.',
			sends: ['PATCH /customers/{id}/'],
			module: removeExternalId,
		},
	],
};
