import type { ResourceDefinition } from '../shared/types';

export const activityEntryResource: ResourceDefinition = {
	value: 'activityEntry',
	name: 'Activity Entry',
	description: 'CRM activity with customers',
	operations: [],
};
