import { deleteRecordOperation } from '../shared/operations';
import { customerTarget } from './shared';

export const { description, execute } = deleteRecordOperation(
	customerTarget,
	'LeafLink archives the customer (it is not deleted) and answers the archived record. Update with Archived off brings it back.',
);
