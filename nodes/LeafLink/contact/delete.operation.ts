import { deleteRecordOperation } from '../shared/operations';
import { contactTarget } from './shared';

export const { description, execute } = deleteRecordOperation(contactTarget);
