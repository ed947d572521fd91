import { deleteRecordOperation } from '../shared/operations';
import { assignmentTarget } from './shared';

export const { description, execute } = deleteRecordOperation(
	assignmentTarget,
	'This removes the sales rep from the order; the staff member is not affected.',
);
