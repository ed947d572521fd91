import type { ResourceDefinition } from '../shared/types';

export const productImageResource: ResourceDefinition = {
	value: 'productImage',
	name: 'Product Image',
	description: 'Images of a product',
	operations: [],
};
