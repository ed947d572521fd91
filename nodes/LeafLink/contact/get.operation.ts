import { getRecordOperation } from '../shared/operations';
import { contactTarget } from './shared';

export const { description, execute } = getRecordOperation(contactTarget);
