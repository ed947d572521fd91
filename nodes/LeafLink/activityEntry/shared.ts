import type { FieldSpec } from '../shared/fields';
import type { RecordTarget } from '../shared/operations';
import { idLocator } from '../shared/locators';
import { companySpec } from '../shared/fields';

export const activityLocator = idLocator({
	name: 'activityEntryId',
	displayName: 'Activity Entry',
	searchListMethod: 'searchActivityEntries',
	placeholder: 'e.g. 601',
});

export const activityTarget: RecordTarget = {
	locator: activityLocator,
	path: '/activity-entries/',
	label: 'activity entry',
};

export const ownerField = companySpec(
	'Owner Company',
	'owner',
	'Your company, which owns the entry',
);

export const authorLocator = idLocator({
	name: 'author',
	displayName: 'Author',
	searchListMethod: 'searchCompanyStaff',
	description: 'The staff member who writes the entry',
	placeholder: 'e.g. 22',
});

export const typeField: FieldSpec = {
	name: 'type',
	displayName: 'Type',
	kind: 'string',
	placeholder: 'call',
	description: 'Kind of activity, e.g. call, email, meeting, note',
};
export const entryField: FieldSpec = {
	name: 'entry',
	displayName: 'Entry',
	kind: 'text',
	maxLength: 4000,
	description: 'What happened (at most 4000 characters)',
};

export const activityOptionalFields: FieldSpec[] = [
	{
		name: 'brand',
		displayName: 'Brand ID',
		kind: 'id',
		description: 'The brand the entry is about',
	},
	{
		name: 'company',
		displayName: 'Company ID',
		kind: 'id',
		description: 'The company the entry is about',
	},
	{
		name: 'contact',
		displayName: 'Contact ID',
		kind: 'id',
		description: 'The contact the entry is about',
	},
	{
		name: 'customer',
		displayName: 'Customer ID',
		kind: 'id',
		description: 'The customer the entry is about',
	},
	{
		name: 'date',
		displayName: 'Date',
		kind: 'dateTime',
		description: 'When the activity happened',
	},
	{
		name: 'staff',
		displayName: 'Staff ID',
		kind: 'id',
		description: 'The staff member the entry is about',
	},
];

export const activityUpdateFields: FieldSpec[] = [
	...activityOptionalFields,
	typeField,
	entryField,
	{
		name: 'author',
		displayName: 'Author Staff ID',
		kind: 'id',
		description: 'The staff member who wrote the entry',
	},
	{
		name: 'delete',
		displayName: 'Marked Deleted',
		kind: 'boolean',
		description: 'Whether the entry is marked deleted',
	},
];
