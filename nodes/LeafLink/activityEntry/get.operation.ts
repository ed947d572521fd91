import { getRecordOperation } from '../shared/operations';
import { activityTarget } from './shared';

export const { description, execute } = getRecordOperation(activityTarget);
