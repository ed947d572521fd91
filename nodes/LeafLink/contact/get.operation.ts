import { getRecordOperation } from '../shared/records';
import { contactTarget } from './shared';

export const { description, execute } = getRecordOperation(contactTarget);
