import { toId } from '../shared/validators';
import { createRecordOperation } from '../shared/operations';
import { locatorId } from '../shared/locators';
import { activityOptionalFields, authorLocator, entryField, ownerField, typeField } from './shared';

export const { description, execute } = createRecordOperation({
	path: '/activity-entries/',
	label: 'activity entry',
	extra: [ownerField, authorLocator],
	required: [typeField, entryField],
	optional: activityOptionalFields,
	prepare: (ctx, itemIndex, body) => ({
		owner: toId(ctx, itemIndex, ctx.getNodeParameter('owner', itemIndex, ''), 'Owner Company'),
		author: locatorId(ctx, itemIndex, authorLocator),
		...body,
	}),
});
