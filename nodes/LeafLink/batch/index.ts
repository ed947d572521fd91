import type { ResourceDefinition } from '../shared/types';

export const batchResource: ResourceDefinition = {
	value: 'batch',
	name: 'Batch',
	description: 'Production batches',
	operations: [],
};
