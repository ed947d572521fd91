import type { ResourceDefinition } from '../shared/types';

export const creditResource: ResourceDefinition = {
	value: 'credit',
	name: 'Credit',
	description: 'Credits',
	operations: [],
};
