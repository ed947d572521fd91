import type { INodeProperties } from 'n8n-workflow';
import { toId } from '../shared/validators';
import { createRecordOperation } from '../shared/operations';
import { batchDateField, batchNumberField, batchResultFields, testingSourceField } from './shared';

const owner: INodeProperties = {
	displayName: 'Owner Company Name or ID',
	name: 'owner',
	type: 'options',
	typeOptions: { loadOptionsMethod: 'loadCompanies' },
	default: '',
	required: true,
	description: 'Your company, owning the batch. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
};

export const { description, execute } = createRecordOperation({
	path: '/batches/',
	label: 'batch',
	extra: [owner],
	required: [batchNumberField, batchDateField, testingSourceField],
	optional: batchResultFields,
	prepare(ctx, itemIndex, body) {
		// the spec types the owner company as a string ID
		return { owner: String(toId(ctx, itemIndex, ctx.getNodeParameter('owner', itemIndex, ''), 'Owner Company')), ...body };
	},
	verifyHint: 'Look for the batch number in LeafLink (Get Many, filter Production Batch Numbers) before creating it again.',
});
