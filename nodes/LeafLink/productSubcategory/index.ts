import type { ResourceDefinition } from '../shared/types';

export const productSubcategoryResource: ResourceDefinition = {
	value: 'productSubcategory',
	name: 'Product Subcategory',
	description: 'LeafLink product subcategories',
	operations: [],
};
