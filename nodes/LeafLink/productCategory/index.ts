import type { ResourceDefinition } from '../shared/types';
import * as get from './get.operation';
import * as getMany from './getMany.operation';

export const productCategoryResource: ResourceDefinition = {
	value: 'productCategory',
	name: 'Product Category',
	description: 'Product categories (the same for every company)',
	operations: [
		{
			value: 'getMany',
			name: 'Get Many',
			action: 'Get many product categories',
			description: 'List product categories',
			toolDescription:
				'Lists product categories, filtered by the given filters. Returns one item per product category: id and name (e.g. Flower, Edibles). Returns at most Limit (default 50) unless Return All is true.',
			sends: ['GET /product-categories/'],
			module: getMany,
		},
		{
			value: 'get',
			name: 'Get',
			action: 'Get a product category',
			description: 'Get one product category by ID',
			toolDescription:
				'Gets one product category by a whole-number ID, e.g. 1042. Returns the product category: id and name (e.g. Flower, Edibles).',
			sends: ['GET /product-categories/{id}/'],
			module: get,
		},
	],
};
