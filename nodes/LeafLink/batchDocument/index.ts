import type { ResourceDefinition } from '../shared/types';
import * as deleteDocument from './delete.operation';
import * as get from './get.operation';
import * as getMany from './getMany.operation';
import * as upload from './upload.operation';

export const batchDocumentResource: ResourceDefinition = {
	value: 'batchDocument',
	name: 'Batch Document',
	description: 'Documents of batches, such as certificates of analysis (COA)',
	operations: [
		{ value: 'getMany', name: 'Get Many', action: 'Get many batch documents', description: 'List batch documents', sends: ['GET /batch-documents/'], module: getMany },
		{ value: 'get', name: 'Get', action: 'Get a batch document', description: 'Get one document by ID', sends: ['GET /batch-documents/{id}/'], module: get },
		{ value: 'upload', name: 'Upload', action: 'Upload a batch document', description: 'Upload a COA or other document from a binary field', sends: ['POST /batch-documents/'], module: upload },
		{ value: 'delete', name: 'Delete', action: 'Delete a batch document', description: 'Delete a document', sends: ['DELETE /batch-documents/{id}/'], module: deleteDocument },
	],
};
