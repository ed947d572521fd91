import type { ResourceDefinition } from '../shared/types';

export const productCategoryResource: ResourceDefinition = {
	value: 'productCategory',
	name: 'Product Category',
	description: 'LeafLink product categories',
	operations: [],
};
