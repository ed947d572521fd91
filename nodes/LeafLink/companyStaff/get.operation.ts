import { getRecordOperation } from '../shared/records';
import { staffTarget } from './shared';

export const { description, execute } = getRecordOperation(staffTarget);
