import { updateRecordOperation } from '../shared/operations';
import { activityTarget, activityUpdateFields } from './shared';

export const { description, execute } = updateRecordOperation({
	...activityTarget,
	fields: activityUpdateFields,
});
