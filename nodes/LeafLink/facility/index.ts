import type { ResourceDefinition } from '../shared/types';

export const facilityResource: ResourceDefinition = {
	value: 'facility',
	name: 'Facility',
	description: 'Facilities inventory is kept in',
	operations: [],
};
