import { updateRecordOperation } from '../shared/operations';
import { contactTarget, contactUpdateFields } from './shared';

export const { description, execute } = updateRecordOperation({
	...contactTarget,
	fields: contactUpdateFields,
});
