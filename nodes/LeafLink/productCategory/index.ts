import type { ResourceDefinition } from '../shared/types';
import * as get from './get.operation';
import * as getMany from './getMany.operation';

export const productCategoryResource: ResourceDefinition = {
	value: 'productCategory',
	name: 'Product Category',
	description: 'Product categories (the same for every company)',
	operations: [
		{ value: 'getMany', name: 'Get Many', action: 'Get many product categories', description: 'List product categories', sends: ['GET /product-categories/'], module: getMany },
		{ value: 'get', name: 'Get', action: 'Get a product category', description: 'Get one product category by ID', sends: ['GET /product-categories/{id}/'], module: get },
	],
};
