import { getRecordOperation } from '../shared/operations';
import { creditTarget } from './shared';

export const { description, execute } = getRecordOperation(creditTarget);
