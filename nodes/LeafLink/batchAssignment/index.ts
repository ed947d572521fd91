import type { ResourceDefinition } from '../shared/types';

export const batchAssignmentResource: ResourceDefinition = {
	value: 'batchAssignment',
	name: 'Batch Assignment',
	description: 'Which product comes from which batch',
	operations: [],
};
