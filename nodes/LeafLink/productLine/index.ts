import type { ResourceDefinition } from '../shared/types';

export const productLineResource: ResourceDefinition = {
	value: 'productLine',
	name: 'Product Line',
	description: 'Product lines of a brand',
	operations: [],
};
