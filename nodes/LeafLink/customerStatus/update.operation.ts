import { updateRecordOperation } from '../shared/operations';
import { prepareStatusBody, statusTarget, statusUpdateFields } from './shared';

export const { description, execute } = updateRecordOperation({
	...statusTarget,
	fields: statusUpdateFields,
	prepare: prepareStatusBody,
});
