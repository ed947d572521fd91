import type { ResourceDefinition } from '../shared/types';
import * as get from './get.operation';
import * as getMany from './getMany.operation';

export const creditResource: ResourceDefinition = {
	value: 'credit',
	name: 'Credit',
	description: 'Credits',
	operations: [
		{
			value: 'getMany',
			name: 'Get Many',
			action: 'Get many credits',
			description: 'List credits given to customers, with filters',
			toolDescription:
				'Lists credits given to customers, with filters. Returns one item per credit: id, customer ID, amount, reason and date. Returns at most Limit (default 50) unless Return All is true.',
			sends: ['GET /credits/'],
			module: getMany,
		},
		{
			value: 'get',
			name: 'Get',
			action: 'Get a credit',
			description: 'Get one credit by ID',
			toolDescription:
				'Gets one credit by a whole-number ID, e.g. 1042. Returns the credit: id, customer ID, amount, reason and date.',
			sends: ['GET /credits/{id}/'],
			module: get,
		},
	],
};
