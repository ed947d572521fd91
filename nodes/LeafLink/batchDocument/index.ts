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
		{
			value: 'getMany',
			name: 'Get Many',
			action: 'Get many batch documents',
			description: 'List batch documents',
			toolDescription:
				'Lists batch documents, filtered by the given filters. Returns one item per batch document: id, batch ID, summary and document URL. Returns at most Limit (default 50) unless Return All is true.',
			sends: ['GET /batch-documents/'],
			module: getMany,
		},
		{
			value: 'get',
			name: 'Get',
			action: 'Get a batch document',
			description: 'Get one document by ID',
			toolDescription:
				'Gets one batch document by a whole-number ID, e.g. 1042. Returns the batch document: id, batch ID, summary and document URL.',
			sends: ['GET /batch-documents/{id}/'],
			module: get,
		},
		{
			value: 'upload',
			name: 'Upload',
			action: 'Upload a batch document',
			description: 'Upload a COA or other document from a binary field',
			toolDescription:
				"Uploads a COA or other document from the input item's binary field to one batch, addressed by a whole-number ID, e.g. 1042, with an optional summary. Returns the new document: id, batch ID, summary and document URL.",
			sends: ['POST /batch-documents/'],
			module: upload,
		},
		{
			value: 'delete',
			name: 'Delete',
			action: 'Delete a batch document',
			description: 'Delete a document',
			toolDescription:
				'Deletes one batch document, addressed by a whole-number ID, e.g. 1042. Returns {id, deleted: true}.',
			sends: ['DELETE /batch-documents/{id}/'],
			module: deleteDocument,
		},
	],
};
