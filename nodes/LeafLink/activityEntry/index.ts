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
		{ value: 'getMany', name: 'Get Many', action: 'Get many activity entries', description: 'List CRM activity, with filters', sends: ['GET /activity-entries/'], module: getMany },
		{ value: 'get', name: 'Get', action: 'Get an activity entry', description: 'Get one activity entry by ID', sends: ['GET /activity-entries/{id}/'], module: get },
		{ value: 'create', name: 'Create', action: 'Create an activity entry', description: 'Log a call, email, meeting or note', sends: ['POST /activity-entries/'], module: create },
		{ value: 'update', name: 'Update', action: 'Update an activity entry', description: 'Change an activity entry', sends: ['PATCH /activity-entries/{id}/'], module: update },
		{ value: 'delete', name: 'Delete', action: 'Delete an activity entry', description: 'Mark an activity entry deleted', sends: ['DELETE /activity-entries/{id}/'], module: deleteOp },
	],
};
