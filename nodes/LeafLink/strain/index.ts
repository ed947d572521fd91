import type { ResourceDefinition } from '../shared/types';
import * as create from './create.operation';
import * as get from './get.operation';
import * as getMany from './getMany.operation';

export const strainResource: ResourceDefinition = {
	value: 'strain',
	name: 'Strain',
	description: 'Cannabis strains for your products',
	operations: [
		{ value: 'getMany', name: 'Get Many', action: 'Get many strains', description: 'List strains, with filters', sends: ['GET /strains/'], module: getMany },
		{ value: 'get', name: 'Get', action: 'Get a strain', description: 'Get one strain by ID', sends: ['GET /strains/{id}/'], module: get },
		{ value: 'create', name: 'Create', action: 'Create a strain', description: 'Create a strain', sends: ['POST /strains/'], module: create },
	],
};
