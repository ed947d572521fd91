import type { ResourceDefinition } from '../shared/types';
import * as get from './get.operation';
import * as getMany from './getMany.operation';

export const companyStaffResource: ResourceDefinition = {
	value: 'companyStaff',
	name: 'Company Staff',
	description: 'Staff of your company, e.g. sales reps',
	operations: [
		{ value: 'getMany', name: 'Get Many', action: 'Get many staff members', description: 'List the staff of your company', sends: ['GET /company-staff/'], module: getMany },
		{ value: 'get', name: 'Get', action: 'Get a staff member', description: 'Get one staff member by ID', sends: ['GET /company-staff/{id}/'], module: get },
	],
};
