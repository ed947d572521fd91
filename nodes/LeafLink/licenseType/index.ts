import type { ResourceDefinition } from '../shared/types';

export const licenseTypeResource: ResourceDefinition = {
	value: 'licenseType',
	name: 'License Type',
	description: 'Kinds of license',
	operations: [],
};
