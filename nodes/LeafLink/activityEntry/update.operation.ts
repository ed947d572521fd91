import { updateRecordOperation } from '../shared/records';
import { activityTarget, activityUpdateFields } from './shared';

export const { description, execute } = updateRecordOperation({ ...activityTarget, fields: activityUpdateFields });
