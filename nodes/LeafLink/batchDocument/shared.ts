import type { RecordTarget } from '../shared/operations';
import { idLocator } from '../shared/locators';

export const documentLocator = idLocator({
	name: 'documentId',
	displayName: 'Batch Document',
	description: 'The batch document, by its LeafLink ID',
	placeholder: 'e.g. 321',
});

export const documentTarget: RecordTarget = {
	locator: documentLocator,
	path: '/batch-documents/',
	label: 'batch document',
};

export const SUMMARY_MAX_LENGTH = 350;
