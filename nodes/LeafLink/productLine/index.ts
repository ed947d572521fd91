import type { ResourceDefinition } from '../shared/types';
import * as create from './create.operation';
import * as get from './get.operation';
import * as getMany from './getMany.operation';
import * as update from './update.operation';

export const productLineResource: ResourceDefinition = {
	value: 'productLine',
	name: 'Product Line',
	description: 'Product lines of your brands, grouping products on your menu',
	operations: [
		{
			value: 'getMany',
			name: 'Get Many',
			action: 'Get many product lines',
			description: 'List product lines',
			toolDescription:
				'Lists product lines, filtered by the given filters. Returns one item per product line: id, name, brand ID and position. Returns at most Limit (default 50) unless Return All is true.',
			sends: ['GET /product-lines/'],
			module: getMany,
		},
		{
			value: 'get',
			name: 'Get',
			action: 'Get a product line',
			description: 'Get one product line by ID',
			toolDescription:
				'Gets one product line by a whole-number ID, e.g. 1042. Returns the product line: id, name, brand ID and position.',
			sends: ['GET /product-lines/{id}/'],
			module: get,
		},
		{
			value: 'create',
			name: 'Create',
			action: 'Create a product line',
			description: 'Create a product line for a brand',
			toolDescription:
				'Creates a product line. Returns the new product line: id, name, brand ID and position. Each call creates another one, so call it once per product line.',
			sends: ['POST /product-lines/'],
			module: create,
		},
		{
			value: 'update',
			name: 'Update',
			action: 'Update a product line',
			description: 'Rename, move or reorder a product line',
			toolDescription:
				'Changes the given fields of one product line, addressed by a whole-number ID, e.g. 1042; fields not given stay as they are. Returns the updated product line: id, name, brand ID and position.',
			sends: ['PATCH /product-lines/{id}/'],
			module: update,
		},
	],
};
