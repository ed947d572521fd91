import type { ResourceDefinition } from '../shared/types';

export const customerTierResource: ResourceDefinition = {
	value: 'customerTier',
	name: 'Customer Tier',
	description: 'Customer tiers',
	operations: [],
};
