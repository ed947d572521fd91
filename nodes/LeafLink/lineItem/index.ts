import type { ResourceDefinition } from '../shared/types';

export const lineItemResource: ResourceDefinition = {
	value: 'lineItem',
	name: 'Line Item',
	description: 'Products on an order',
	operations: [],
};
