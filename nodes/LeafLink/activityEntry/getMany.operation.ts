import type { FilterSpec } from '../shared/filters';
import { companySlugFilter, createdModifiedFilters, sortOption } from '../shared/filters';
import { listRecordsOperation } from '../shared/operations';

const ids = (name: string, displayName: string, description: string): FilterSpec => ({
	name,
	displayName,
	kind: 'idList',
	param: name,
	placeholder: '22, 23',
	description,
});

const { created, modified } = createdModifiedFilters('entries', {
	when: 'this date and time (ISO 8601)',
});

const sort = sortOption('customer__name', [
	{ name: 'Customer Name', value: 'customer__name' },
	{ name: 'Customer Name (Descending)', value: '-customer__name' },
	{ name: 'Customer Nickname', value: 'customer__nickname' },
	{ name: 'Customer Nickname (Descending)', value: '-customer__nickname' },
]);

const filters: FilterSpec[] = [
	ids(
		'author',
		'Author Staff IDs',
		'Only entries written by these staff members, separated by commas',
	),
	ids('brand', 'Brand IDs', 'Only entries about these brands, separated by commas'),
	companySlugFilter('entries'),
	ids('contact', 'Contact IDs', 'Only entries about these contacts, separated by commas'),
	...created,
	ids('customer', 'Customer IDs', 'Only entries about these customers, separated by commas'),
	{
		name: 'dateAfter',
		displayName: 'Date After',
		kind: 'dateTime',
		param: 'date__gte',
		description: 'Only activity at or after this time',
	},
	{
		name: 'dateBefore',
		displayName: 'Date Before',
		kind: 'dateTime',
		param: 'date__lte',
		description: 'Only activity at or before this time',
	},
	{
		name: 'deleted',
		displayName: 'Deleted',
		kind: 'yesNo',
		param: 'delete',
		labels: ['Not Deleted (LeafLink Default)', 'Deleted Only', 'Not Deleted'],
		description:
			'Whether to list entries marked deleted: not deleted (default), deleted only, or both',
	},
	{
		name: 'entryStartsWith',
		displayName: 'Entry Starts With',
		kind: 'text',
		param: 'entry__startswith',
		description: 'Only entries whose text begins with this',
	},
	...modified,
	{
		name: 'search',
		displayName: 'Search',
		kind: 'text',
		param: 'search',
		description: 'Text in the entry',
	},
	ids('staff', 'Staff IDs', 'Only entries about these staff members, separated by commas'),
	{
		name: 'type',
		displayName: 'Types',
		kind: 'textList',
		param: 'type',
		placeholder: 'call, email',
		description: 'Only these kinds of activity, separated by commas',
	},
];

export const { description, execute } = listRecordsOperation({
	path: '/activity-entries/',
	label: 'activity entries',
	filters,
	options: { record: 'entry', sort },
});
