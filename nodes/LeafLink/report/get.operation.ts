import { getRecordOperation } from '../shared/operations';
import { reportTarget } from './shared';

export const { description, execute } = getRecordOperation(reportTarget);
