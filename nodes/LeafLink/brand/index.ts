import type { ResourceDefinition } from '../shared/types';
import * as get from './get.operation';
import * as getMany from './getMany.operation';

export const brandResource: ResourceDefinition = {
	value: 'brand',
	name: 'Brand',
	description: 'Brands of your companies',
	operations: [
		{
			value: 'getMany',
			name: 'Get Many',
			action: 'Get many brands',
			description: 'List brands',
			toolDescription:
				'Lists brands, filtered by the given filters. Returns one item per brand: id, name and owning company. Returns at most Limit (default 50) unless Return All is true.',
			sends: ['GET /brands/'],
			module: getMany,
		},
		{
			value: 'get',
			name: 'Get',
			action: 'Get a brand',
			description: 'Get one brand by ID',
			toolDescription:
				'Gets one brand by a whole-number ID, e.g. 1042. Returns the brand: id, name and owning company.',
			sends: ['GET /brands/{id}/'],
			module: get,
		},
	],
};
