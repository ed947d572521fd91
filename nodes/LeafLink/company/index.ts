import type { ResourceDefinition } from '../shared/types';

export const companyResource: ResourceDefinition = {
	value: 'company',
	name: 'Company',
	description: 'Companies the key reaches',
	operations: [],
};
