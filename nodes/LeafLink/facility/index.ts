import type { ResourceDefinition } from '../shared/types';
import * as get from './get.operation';
import * as getMany from './getMany.operation';

export const facilityResource: ResourceDefinition = {
	value: 'facility',
	name: 'Facility',
	description: 'Facilities where inventory is kept (LeafLink beta)',
	operations: [
		{
			value: 'getMany',
			name: 'Get Many',
			action: 'Get many facilities',
			description: 'List facilities',
			toolDescription:
				'Lists facilities, filtered by the given filters. Returns one item per facility: id, name, address and license. Returns at most Limit (default 50) unless Return All is true.',
			sends: ['GET /inventory/facilities/'],
			module: getMany,
		},
		{
			value: 'get',
			name: 'Get',
			action: 'Get a facility',
			description: 'Get one facility by ID',
			toolDescription:
				'Gets one facility by a whole-number ID, e.g. 1042. Returns the facility: id, name, address and license.',
			sends: ['GET /inventory/facilities/{id}/'],
			module: get,
		},
	],
};
