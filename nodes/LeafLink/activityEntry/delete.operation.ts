import { deleteRecordOperation } from '../shared/operations';
import { activityTarget } from './shared';

export const { description, execute } = deleteRecordOperation(
	activityTarget,
	'LeafLink marks the entry deleted and answers it; Get Many leaves deleted entries out unless filtered for them.',
);
