import { deleteRecordOperation } from '../shared/operations';
import { assignmentTarget } from './shared';

export const { description, execute } = deleteRecordOperation(
	assignmentTarget,
	'This removes the product from the batch; the product and the batch stay',
);
