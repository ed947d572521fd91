import { getRecordOperation } from '../shared/operations';
import { statusTarget } from './shared';

export const { description, execute } = getRecordOperation(statusTarget);
