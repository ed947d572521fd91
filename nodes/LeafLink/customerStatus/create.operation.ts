import { createRecordOperation } from '../shared/operations';
import { prepareStatusBody, stateField, statusOptionalFields, statusOwnerField } from './shared';

export const { description, execute } = createRecordOperation({
	path: '/customer-statuses/',
	label: 'customer status',
	required: [statusOwnerField, stateField],
	optional: statusOptionalFields,
	prepare: prepareStatusBody,
});
