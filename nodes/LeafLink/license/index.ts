import type { ResourceDefinition } from '../shared/types';

export const licenseResource: ResourceDefinition = {
	value: 'license',
	name: 'License',
	description: 'Compliance licenses',
	operations: [],
};
