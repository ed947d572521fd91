import type { ResourceDefinition } from '../shared/types';
import * as get from './get.operation';
import * as getMany from './getMany.operation';

export const productSubcategoryResource: ResourceDefinition = {
	value: 'productSubcategory',
	name: 'Product Subcategory',
	description: 'Product subcategories, each in a category',
	operations: [
		{ value: 'getMany', name: 'Get Many', action: 'Get many product subcategories', description: 'List product subcategories', sends: ['GET /product-subcategories/'], module: getMany },
		{ value: 'get', name: 'Get', action: 'Get a product subcategory', description: 'Get one product subcategory by ID', sends: ['GET /product-subcategories/{id}/'], module: get },
	],
};
