import { getRecordOperation } from '../shared/records';
import { creditTarget } from './shared';

export const { description, execute } = getRecordOperation(creditTarget);
