import type { ResourceDefinition } from '../shared/types';

export const strainResource: ResourceDefinition = {
	value: 'strain',
	name: 'Strain',
	description: 'Strains products are made from',
	operations: [],
};
