import type { ResourceDefinition } from '../shared/types';

export const orderEventLogResource: ResourceDefinition = {
	value: 'orderEventLog',
	name: 'Order Event Log',
	description: 'What happened to an order, and when',
	operations: [],
};
