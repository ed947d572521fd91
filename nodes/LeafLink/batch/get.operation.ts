import { getRecordOperation } from '../shared/operations';
import { batchTarget } from './shared';

export const { description, execute } = getRecordOperation(batchTarget);
