import type { ResourceDefinition } from '../shared/types';
import * as create from './create.operation';
import * as deleteOp from './delete.operation';
import * as get from './get.operation';
import * as getMany from './getMany.operation';
import * as update from './update.operation';

export const activityEntryResource: ResourceDefinition = {
	value: 'activityEntry',
	name: 'Activity Entry',
	description: 'CRM activity with customers',
	operations: [
		{
			value: 'getMany',
			name: 'Get Many',
			action: 'Get many activity entries',
			description: 'List CRM activity, with filters',
			toolDescription:
				'Lists CRM activity entries, filtered by the given filters. Returns one item per CRM activity entry: id, customer ID, type (call, email, meeting, note...), entry text, author and date. Returns at most Limit (default 50) unless Return All is true.',
			sends: ['GET /activity-entries/'],
			module: getMany,
		},
		{
			value: 'get',
			name: 'Get',
			action: 'Get an activity entry',
			description: 'Get one activity entry by ID',
			toolDescription:
				'Gets one CRM activity entry by a whole-number ID, e.g. 1042. Returns the CRM activity entry: id, customer ID, type (call, email, meeting, note...), entry text, author and date.',
			sends: ['GET /activity-entries/{id}/'],
			module: get,
		},
		{
			value: 'create',
			name: 'Create',
			action: 'Create an activity entry',
			description: 'Log a call, email, meeting or note',
			toolDescription:
				"Logs a CRM activity on a customer: owner (your company's whole-number ID), author (a staff member, whole-number ID), type (call, email, meeting, note...) and entry text. Returns the new entry: id, customer ID, type (call, email, meeting, note...), entry text, author and date. Each call logs another entry.",
			sends: ['POST /activity-entries/'],
			module: create,
		},
		{
			value: 'update',
			name: 'Update',
			action: 'Update an activity entry',
			description: 'Change an activity entry',
			toolDescription:
				'Changes the given fields of one CRM activity entry, addressed by a whole-number ID, e.g. 1042; fields not given stay as they are. Returns the updated CRM activity entry: id, customer ID, type (call, email, meeting, note...), entry text, author and date.',
			sends: ['PATCH /activity-entries/{id}/'],
			module: update,
		},
		{
			value: 'delete',
			name: 'Delete',
			action: 'Delete an activity entry',
			description: 'Mark an activity entry deleted',
			toolDescription:
				'Marks one CRM activity entry, addressed by a whole-number ID, e.g. 1042, deleted. Returns {id, deleted: true} or the entry marked deleted.',
			sends: ['DELETE /activity-entries/{id}/'],
			module: deleteOp,
		},
	],
};
