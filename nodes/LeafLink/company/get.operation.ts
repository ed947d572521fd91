import { getRecordOperation } from '../shared/operations';
import { companyTarget } from './shared';

export const { description, execute } = getRecordOperation(companyTarget);
