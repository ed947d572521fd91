import { deleteRecordOperation } from '../shared/records';
import { batchTarget } from './shared';

export const { description, execute } = deleteRecordOperation(batchTarget);
