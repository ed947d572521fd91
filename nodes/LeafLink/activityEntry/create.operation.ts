import { createRecordOperation } from '../shared/operations';
import { fieldProperty } from '../shared/fields';
import { requiredField } from '../shared/fieldValues';
import { locatorId } from '../shared/locators';
import { activityOptionalFields, authorLocator, entryField, ownerField, typeField } from './shared';

export const { description, execute } = createRecordOperation({
	path: '/activity-entries/',
	label: 'activity entry',
	// the author's locator sits between the owner and the required fields
	extra: [fieldProperty(ownerField, true), authorLocator],
	required: [typeField, entryField],
	optional: activityOptionalFields,
	prepare: (ctx, itemIndex, body) => ({
		owner: requiredField(ctx, itemIndex, ownerField),
		author: locatorId(ctx, itemIndex, authorLocator),
		...body,
	}),
});
