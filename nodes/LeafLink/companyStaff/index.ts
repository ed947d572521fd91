import type { ResourceDefinition } from '../shared/types';

export const companyStaffResource: ResourceDefinition = {
	value: 'companyStaff',
	name: 'Company Staff',
	description: 'Staff of your company, e.g. sales reps',
	operations: [],
};
