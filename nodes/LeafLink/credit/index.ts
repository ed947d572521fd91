import type { ResourceDefinition } from '../shared/types';
import * as get from './get.operation';
import * as getMany from './getMany.operation';

export const creditResource: ResourceDefinition = {
	value: 'credit',
	name: 'Credit',
	description: 'Credits',
	operations: [
		{ value: 'getMany', name: 'Get Many', action: 'Get many credits', description: 'List credits given to customers, with filters', sends: ['GET /credits/'], module: getMany },
		{ value: 'get', name: 'Get', action: 'Get a credit', description: 'Get one credit by ID', sends: ['GET /credits/{id}/'], module: get },
	],
};
