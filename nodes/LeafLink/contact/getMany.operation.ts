import type { FilterSpec } from '../shared/filters';
import { companySlugFilter, createdModifiedFilters } from '../shared/filters';
import { listRecordsOperation } from '../shared/operations';

const { created, modified } = createdModifiedFilters('contacts');

const filters: FilterSpec[] = [
	companySlugFilter('contacts'),
	...created,
	{
		name: 'owner',
		displayName: 'Customer ID',
		kind: 'id',
		param: 'owner',
		description: 'Only contacts of this customer',
	},
	{
		name: 'deleted',
		displayName: 'Deleted',
		kind: 'yesNo',
		param: 'delete',
		labels: ['Any', 'Deleted', 'Not Deleted'],
		description: 'Whether the contact is marked deleted',
	},
	{
		name: 'firstName',
		displayName: 'First Name',
		kind: 'text',
		param: 'first_name',
		description: 'Only contacts with exactly this first name',
	},
	{
		name: 'firstNameStartsWith',
		displayName: 'First Name Starts With',
		kind: 'text',
		param: 'first_name__startswith',
		description: 'Only contacts whose first name begins with this text',
	},
	{
		name: 'lastName',
		displayName: 'Last Name',
		kind: 'text',
		param: 'last_name',
		description: 'Only contacts with exactly this last name',
	},
	{
		name: 'lastNameStartsWith',
		displayName: 'Last Name Starts With',
		kind: 'text',
		param: 'last_name__startswith',
		description: 'Only contacts whose last name begins with this text',
	},
	...modified,
];

export const { description, execute } = listRecordsOperation({
	path: '/contacts/',
	label: 'contacts',
	filters,
});
