import type { ResourceDefinition } from '../shared/types';

export const productResource: ResourceDefinition = {
	value: 'product',
	name: 'Product',
	description: 'Products on your LeafLink menu',
	operations: [],
};
