import { createRecordOperation } from '../shared/operations';
import { locatorId } from '../shared/locators';
import { contactFields, customerOwnerLocator, firstNameField } from './shared';

export const { description, execute } = createRecordOperation({
	path: '/contacts/',
	label: 'contact',
	extra: [customerOwnerLocator],
	required: [firstNameField],
	optional: contactFields,
	prepare: (ctx, itemIndex, body) => ({
		owner: locatorId(ctx, itemIndex, customerOwnerLocator),
		...body,
	}),
});
