import type { ResourceDefinition } from '../shared/types';
import * as get from './get.operation';
import * as getMany from './getMany.operation';

export const productSubcategoryResource: ResourceDefinition = {
	value: 'productSubcategory',
	name: 'Product Subcategory',
	description: 'Product subcategories, each in a category',
	operations: [
		{
			value: 'getMany',
			name: 'Get Many',
			action: 'Get many product subcategories',
			description: 'List product subcategories',
			toolDescription:
				'Lists product subcategories, filtered by the given filters. Returns one item per product subcategory: id, name and parent category ID. Returns at most Limit (default 50) unless Return All is true.',
			sends: ['GET /product-subcategories/'],
			module: getMany,
		},
		{
			value: 'get',
			name: 'Get',
			action: 'Get a product subcategory',
			description: 'Get one product subcategory by ID',
			toolDescription:
				'Gets one product subcategory by a whole-number ID, e.g. 1042. Returns the product subcategory: id, name and parent category ID.',
			sends: ['GET /product-subcategories/{id}/'],
			module: get,
		},
	],
};
