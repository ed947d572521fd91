import type { FieldSpec } from '../shared/fields';
import type { RecordTarget } from '../shared/operations';
import { idLocator } from '../shared/locators';

export const contactLocator = idLocator({
	name: 'contactId',
	displayName: 'Contact',
	searchListMethod: 'searchContacts',
	placeholder: 'e.g. 501',
});

export const contactTarget: RecordTarget = {
	locator: contactLocator,
	path: '/contacts/',
	label: 'contact',
};

export const customerOwnerLocator = idLocator({
	name: 'customer',
	displayName: 'Customer',
	searchListMethod: 'searchCustomers',
	description: 'The customer the contact works for',
	placeholder: 'e.g. 101',
});

export const firstNameField: FieldSpec = {
	name: 'first_name',
	displayName: 'First Name',
	kind: 'string',
	maxLength: 30,
};

export const contactFields: FieldSpec[] = [
	{
		name: 'description',
		displayName: 'Description',
		kind: 'text',
		maxLength: 1500,
		description: 'An overview of the contact',
	},
	{
		name: 'email',
		displayName: 'Email',
		kind: 'email',
		maxLength: 255,
		placeholder: 'name@email.com',
	},
	{ name: 'last_name', displayName: 'Last Name', kind: 'string', maxLength: 30 },
	{ name: 'phone', displayName: 'Phone', kind: 'string', maxLength: 400 },
	{ name: 'phone_extension', displayName: 'Phone Extension', kind: 'string', maxLength: 20 },
	{
		name: 'role',
		displayName: 'Role',
		kind: 'string',
		maxLength: 400,
		description: 'Position or role at the company',
	},
	{
		name: 'secondary_email',
		displayName: 'Secondary Email',
		kind: 'email',
		maxLength: 255,
		placeholder: 'name@email.com',
	},
	{ name: 'secondary_phone', displayName: 'Secondary Phone', kind: 'string', maxLength: 400 },
	{
		name: 'secondary_phone_extension',
		displayName: 'Secondary Phone Extension',
		kind: 'string',
		maxLength: 20,
	},
];

export const contactUpdateFields: FieldSpec[] = [
	...contactFields,
	firstNameField,
	{
		name: 'owner',
		displayName: 'Customer ID',
		kind: 'id',
		description: 'Move the contact to this customer',
	},
];
