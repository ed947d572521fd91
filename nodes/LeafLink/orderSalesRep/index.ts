import type { ResourceDefinition } from '../shared/types';

export const orderSalesRepResource: ResourceDefinition = {
	value: 'orderSalesRep',
	name: 'Order Sales Rep',
	description: 'Sales reps assigned to orders',
	operations: [],
};
