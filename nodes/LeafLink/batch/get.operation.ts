import { getRecordOperation } from '../shared/records';
import { batchTarget } from './shared';

export const { description, execute } = getRecordOperation(batchTarget);
