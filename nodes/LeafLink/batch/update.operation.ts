import { updateRecordOperation } from '../shared/operations';
import { batchDateField, batchNumberField, batchResultFields, batchTarget } from './shared';

export const { description, execute } = updateRecordOperation({
	...batchTarget,
	fields: [batchNumberField, batchDateField, ...batchResultFields],
});
