import type { ResourceDefinition } from '../shared/types';

export const buyerOrderResource: ResourceDefinition = {
	value: 'buyerOrder',
	name: 'Buyer Order',
	description: 'Orders your company placed as buyer',
	operations: [],
};
