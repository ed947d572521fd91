import type { ResourceDefinition } from '../shared/types';

export const reportResource: ResourceDefinition = {
	value: 'report',
	name: 'Report',
	description: 'Report downloads',
	operations: [],
};
