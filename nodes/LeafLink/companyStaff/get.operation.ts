import { getRecordOperation } from '../shared/operations';
import { staffTarget } from './shared';

export const { description, execute } = getRecordOperation(staffTarget);
