import type { ResourceDefinition } from '../shared/types';

export const customerResource: ResourceDefinition = {
	value: 'customer',
	name: 'Customer',
	description: 'Your customers (buyers)',
	operations: [],
};
