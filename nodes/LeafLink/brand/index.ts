import type { ResourceDefinition } from '../shared/types';
import * as get from './get.operation';
import * as getMany from './getMany.operation';

export const brandResource: ResourceDefinition = {
	value: 'brand',
	name: 'Brand',
	description: 'Brands of your companies',
	operations: [
		{ value: 'getMany', name: 'Get Many', action: 'Get many brands', description: 'List brands', sends: ['GET /brands/'], module: getMany },
		{ value: 'get', name: 'Get', action: 'Get a brand', description: 'Get one brand by ID', sends: ['GET /brands/{id}/'], module: get },
	],
};
