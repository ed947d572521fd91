import { toId } from '../shared/validators';
import { createRecordOperation } from '../shared/operations';
import { batchDateField, batchNumberField, batchResultFields, testingSourceField } from './shared';
import { companyField } from '../shared/fields';

const owner = companyField('Owner Company', 'owner', 'Your company, owning the batch');

export const { description, execute } = createRecordOperation({
	path: '/batches/',
	label: 'batch',
	extra: [owner],
	required: [batchNumberField, batchDateField, testingSourceField],
	optional: batchResultFields,
	prepare(ctx, itemIndex, body) {
		// the spec types the owner company as a string ID
		return {
			owner: String(
				toId(ctx, itemIndex, ctx.getNodeParameter('owner', itemIndex, ''), 'Owner Company'),
			),
			...body,
		};
	},
	verifyHint:
		'Look for the batch number in LeafLink (Get Many, filter Production Batch Numbers) before creating it again.',
});
