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
		{ value: 'getMany', name: 'Get Many', action: 'Get many product lines', description: 'List product lines', sends: ['GET /product-lines/'], module: getMany },
		{ value: 'get', name: 'Get', action: 'Get a product line', description: 'Get one product line by ID', sends: ['GET /product-lines/{id}/'], module: get },
		{ value: 'create', name: 'Create', action: 'Create a product line', description: 'Create a product line for a brand', sends: ['POST /product-lines/'], module: create },
		{ value: 'update', name: 'Update', action: 'Update a product line', description: 'Rename, move or reorder a product line', sends: ['PATCH /product-lines/{id}/'], module: update },
	],
};
