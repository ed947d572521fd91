import { getRecordOperation } from '../shared/records';
import { companyTarget } from './shared';

export const { description, execute } = getRecordOperation(companyTarget);
