import type { ResourceDefinition } from '../shared/types';

export const brandResource: ResourceDefinition = {
	value: 'brand',
	name: 'Brand',
	description: 'Brands of your company',
	operations: [],
};
