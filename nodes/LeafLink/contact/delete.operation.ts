import { deleteRecordOperation } from '../shared/records';
import { contactTarget } from './shared';

export const { description, execute } = deleteRecordOperation(contactTarget);
