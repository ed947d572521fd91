import type { ResourceDefinition } from '../shared/types';

export const contactResource: ResourceDefinition = {
	value: 'contact',
	name: 'Contact',
	description: 'People at your customers',
	operations: [],
};
