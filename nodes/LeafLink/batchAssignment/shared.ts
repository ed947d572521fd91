import type { RecordTarget } from '../shared/operations';
import { idLocator } from '../shared/locators';

export const assignmentLocator = idLocator({
	name: 'assignmentId',
	displayName: 'Batch Assignment',
	description: 'The assignment of a product to a batch, by its LeafLink ID',
	placeholder: 'e.g. 311',
});

export const assignmentTarget: RecordTarget = {
	locator: assignmentLocator,
	path: '/product-batches/',
	label: 'batch assignment',
};
