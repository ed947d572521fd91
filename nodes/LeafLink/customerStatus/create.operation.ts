import { toId } from '../shared/validators';
import { createRecordOperation } from '../shared/operations';
import { prepareStatusBody, stateField, statusOptionalFields, statusOwnerField } from './shared';

export const { description, execute } = createRecordOperation({
	path: '/customer-statuses/',
	label: 'customer status',
	extra: [statusOwnerField],
	required: [stateField],
	optional: statusOptionalFields,
	prepare: (ctx, itemIndex, body) =>
		prepareStatusBody(ctx, itemIndex, {
			owner: toId(ctx, itemIndex, ctx.getNodeParameter('owner', itemIndex, ''), 'Owner Company'),
			...body,
		}),
});
