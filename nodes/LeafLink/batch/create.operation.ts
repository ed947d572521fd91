import { createRecordOperation } from '../shared/operations';
import { batchDateField, batchNumberField, batchResultFields, testingSourceField } from './shared';
import { companySpec } from '../shared/fields';

const ownerField = companySpec('Owner Company', 'owner', 'Your company, owning the batch');

export const { description, execute } = createRecordOperation({
	path: '/batches/',
	label: 'batch',
	required: [ownerField, batchNumberField, batchDateField, testingSourceField],
	optional: batchResultFields,
	// the spec types the owner company as a string ID
	prepare: (ctx, itemIndex, body) => ({ ...body, owner: String(body.owner) }),
	verifyHint:
		'Look for the batch number in LeafLink (Get Many, filter Production Batch Numbers) before creating it again.',
});
