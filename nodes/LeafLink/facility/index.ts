import type { ResourceDefinition } from '../shared/types';
import * as get from './get.operation';
import * as getMany from './getMany.operation';

export const facilityResource: ResourceDefinition = {
	value: 'facility',
	name: 'Facility',
	description: 'Facilities where inventory is kept (LeafLink beta)',
	operations: [
		{ value: 'getMany', name: 'Get Many', action: 'Get many facilities', description: 'List facilities', sends: ['GET /inventory/facilities/'], module: getMany },
		{ value: 'get', name: 'Get', action: 'Get a facility', description: 'Get one facility by ID', sends: ['GET /inventory/facilities/{id}/'], module: get },
	],
};
