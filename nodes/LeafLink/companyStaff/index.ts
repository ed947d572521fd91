import type { ResourceDefinition } from '../shared/types';
import * as get from './get.operation';
import * as getMany from './getMany.operation';

export const companyStaffResource: ResourceDefinition = {
	value: 'companyStaff',
	name: 'Company Staff',
	description: 'Staff of your company, e.g. sales reps',
	operations: [
		{
			value: 'getMany',
			name: 'Get Many',
			action: 'Get many staff members',
			description: 'List the staff of your company',
			toolDescription:
				'Lists staff members, filtered by the given filters. Returns one item per staff member: id, name, email and role. Returns at most Limit (default 50) unless Return All is true.',
			sends: ['GET /company-staff/'],
			module: getMany,
		},
		{
			value: 'get',
			name: 'Get',
			action: 'Get a staff member',
			description: 'Get one staff member by ID',
			toolDescription:
				'Gets one staff member by a whole-number ID, e.g. 1042. Returns the staff member: id, name, email and role.',
			sends: ['GET /company-staff/{id}/'],
			module: get,
		},
	],
};
