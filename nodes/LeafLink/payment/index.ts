import type { ResourceDefinition } from '../shared/types';

export const paymentResource: ResourceDefinition = {
	value: 'payment',
	name: 'Payment',
	description: 'Payments recorded against orders',
	operations: [],
};
