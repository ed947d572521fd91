import type { ResourceDefinition } from '../shared/types';
import * as get from './get.operation';
import * as getMany from './getMany.operation';

export const customerTierResource: ResourceDefinition = {
	value: 'customerTier',
	name: 'Customer Tier',
	description: 'Customer tiers',
	operations: [
		{
			value: 'getMany',
			name: 'Get Many',
			action: 'Get many customer tiers',
			description: 'List customer tiers',
			toolDescription:
				'Lists customer tiers, filtered by the given filters. Returns one item per customer tier: id and name. Returns at most Limit (default 50) unless Return All is true.',
			sends: ['GET /customer-tiers/'],
			module: getMany,
		},
		{
			value: 'get',
			name: 'Get',
			action: 'Get a customer tier',
			description: 'Get one customer tier by ID',
			toolDescription:
				'Gets one customer tier by a whole-number ID, e.g. 1042. Returns the customer tier: id and name.',
			sends: ['GET /customer-tiers/{id}/'],
			module: get,
		},
	],
};
