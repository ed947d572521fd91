import { deleteRecordOperation } from '../shared/operations';
import { batchTarget } from './shared';

export const { description, execute } = deleteRecordOperation(batchTarget);
