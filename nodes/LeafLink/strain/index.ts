import type { ResourceDefinition } from '../shared/types';
import * as create from './create.operation';
import * as get from './get.operation';
import * as getMany from './getMany.operation';

export const strainResource: ResourceDefinition = {
	value: 'strain',
	name: 'Strain',
	description: 'Cannabis strains for your products',
	operations: [
		{
			value: 'getMany',
			name: 'Get Many',
			action: 'Get many strains',
			description: 'List strains, with filters',
			toolDescription:
				'Lists strains, filtered by the given filters. Returns one item per strain: id, name, classification (indica, sativa, hybrid, indica-hybrid, sativa-hybrid, high-cbd, 11-cbd or na) and description. Returns at most Limit (default 50) unless Return All is true.',
			sends: ['GET /strains/'],
			module: getMany,
		},
		{
			value: 'get',
			name: 'Get',
			action: 'Get a strain',
			description: 'Get one strain by ID',
			toolDescription:
				'Gets one strain by a whole-number ID, e.g. 1042. Returns the strain: id, name, classification (indica, sativa, hybrid, indica-hybrid, sativa-hybrid, high-cbd, 11-cbd or na) and description.',
			sends: ['GET /strains/{id}/'],
			module: get,
		},
		{
			value: 'create',
			name: 'Create',
			action: 'Create a strain',
			description: 'Create a strain',
			toolDescription:
				'Creates a strain. Returns the new strain: id, name, classification (indica, sativa, hybrid, indica-hybrid, sativa-hybrid, high-cbd, 11-cbd or na) and description. Each call creates another one, so call it once per strain.',
			sends: ['POST /strains/'],
			module: create,
		},
	],
};
