import { getRecordOperation } from '../shared/records';
import { reportTarget } from './shared';

export const { description, execute } = getRecordOperation(reportTarget);
