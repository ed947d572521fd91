import type { ResourceDefinition } from '../shared/types';

export const batchDocumentResource: ResourceDefinition = {
	value: 'batchDocument',
	name: 'Batch Document',
	description: 'COA and other documents of a batch',
	operations: [],
};
