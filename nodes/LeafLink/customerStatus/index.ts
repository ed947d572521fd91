import type { ResourceDefinition } from '../shared/types';

export const customerStatusResource: ResourceDefinition = {
	value: 'customerStatus',
	name: 'Customer Status',
	description: 'CRM statuses for customers',
	operations: [],
};
