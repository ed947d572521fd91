import { getRecordOperation } from '../shared/records';
import { statusTarget } from './shared';

export const { description, execute } = getRecordOperation(statusTarget);
