import { getRecordOperation } from '../shared/records';
import { activityTarget } from './shared';

export const { description, execute } = getRecordOperation(activityTarget);
