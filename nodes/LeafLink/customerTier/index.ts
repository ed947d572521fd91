import type { ResourceDefinition } from '../shared/types';
import * as get from './get.operation';
import * as getMany from './getMany.operation';

export const customerTierResource: ResourceDefinition = {
	value: 'customerTier',
	name: 'Customer Tier',
	description: 'Customer tiers',
	operations: [
		{ value: 'getMany', name: 'Get Many', action: 'Get many customer tiers', description: 'List customer tiers', sends: ['GET /customer-tiers/'], module: getMany },
		{ value: 'get', name: 'Get', action: 'Get a customer tier', description: 'Get one customer tier by ID', sends: ['GET /customer-tiers/{id}/'], module: get },
	],
};
