import type { IDataObject } from 'n8n-workflow';
import { responseShapeOptions, responseShapeQuery } from '../shared/output';
import { toList } from '../shared/validators';
import { dateRangeFilters, idListFilter, textFilter } from '../shared/filters';
import { listRecordsOperation } from '../shared/operations';

const ids = (name: string, displayName: string, description: string) => ({
	displayName,
	name,
	type: 'string' as const,
	default: '',
	placeholder: '22, 23',
	description,
});

export const { description, execute } = listRecordsOperation({
	path: '/activity-entries/',
	label: 'activity entries',
	fields: [
		{
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [
				ids(
					'author',
					'Author Staff IDs',
					'Only entries written by these staff members, separated by commas',
				),
				ids('brand', 'Brand IDs', 'Only entries about these brands, separated by commas'),
				{
					displayName: 'Company Slug',
					name: 'companySlug',
					type: 'string',
					default: '',
					description: 'Only entries of the company with this slug',
				},
				ids('contact', 'Contact IDs', 'Only entries about these contacts, separated by commas'),
				{
					displayName: 'Created After',
					name: 'createdAfter',
					description: 'Only entries created at or after this date and time (ISO 8601)',
					type: 'dateTime',
					default: '',
				},
				{
					displayName: 'Created Before',
					name: 'createdBefore',
					description: 'Only entries created at or before this date and time (ISO 8601)',
					type: 'dateTime',
					default: '',
				},
				ids('customer', 'Customer IDs', 'Only entries about these customers, separated by commas'),
				{
					displayName: 'Date After',
					name: 'dateAfter',
					type: 'dateTime',
					default: '',
					description: 'Only activity at or after this time',
				},
				{
					displayName: 'Date Before',
					name: 'dateBefore',
					type: 'dateTime',
					default: '',
					description: 'Only activity at or before this time',
				},
				{
					displayName: 'Deleted',
					name: 'deleted',
					description:
						'Whether to list entries marked deleted: not deleted (default), deleted only, or both',
					type: 'options',
					default: '',
					options: [
						{ name: 'Not Deleted (LeafLink Default)', value: '' },
						{ name: 'Deleted Only', value: 'true' },
						{ name: 'Not Deleted', value: 'false' },
					],
				},
				{
					displayName: 'Entry Starts With',
					name: 'entryStartsWith',
					description: 'Only entries whose text begins with this',
					type: 'string',
					default: '',
				},
				{
					displayName: 'Modified After',
					name: 'modifiedAfter',
					description: 'Only entries changed at or after this date and time (ISO 8601)',
					type: 'dateTime',
					default: '',
				},
				{
					displayName: 'Modified Before',
					name: 'modifiedBefore',
					description: 'Only entries changed at or before this date and time (ISO 8601)',
					type: 'dateTime',
					default: '',
				},
				{
					displayName: 'Search',
					name: 'search',
					type: 'string',
					default: '',
					description: 'Text in the entry',
				},
				ids('staff', 'Staff IDs', 'Only entries about these staff members, separated by commas'),
				{
					displayName: 'Types',
					name: 'type',
					type: 'string',
					default: '',
					placeholder: 'call, email',
					description: 'Only these kinds of activity, separated by commas',
				},
			],
		},
		{
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: [
				...responseShapeOptions('entry'),
				{
					displayName: 'Sort',
					name: 'ordering',
					description: 'The order of the list, by the field named in each choice',
					type: 'options',
					default: 'customer__name',
					options: [
						{ name: 'Customer Name', value: 'customer__name' },
						{ name: 'Customer Name (Descending)', value: '-customer__name' },
						{ name: 'Customer Nickname', value: 'customer__nickname' },
						{ name: 'Customer Nickname (Descending)', value: '-customer__nickname' },
					],
				},
			],
		},
	],
	query(ctx, itemIndex) {
		const filters = ctx.getNodeParameter('filters', itemIndex, {}) as IDataObject;
		const options = ctx.getNodeParameter('options', itemIndex, {}) as IDataObject;
		return {
			author: idListFilter(ctx, itemIndex, filters.author, 'Author Staff IDs'),
			brand: idListFilter(ctx, itemIndex, filters.brand, 'Brand IDs'),
			contact: idListFilter(ctx, itemIndex, filters.contact, 'Contact IDs'),
			customer: idListFilter(ctx, itemIndex, filters.customer, 'Customer IDs'),
			staff: idListFilter(ctx, itemIndex, filters.staff, 'Staff IDs'),
			type: toList(filters.type),
			company_slug: textFilter(filters.companySlug),
			entry__startswith: textFilter(filters.entryStartsWith),
			search: textFilter(filters.search),
			delete: filters.deleted === 'true' ? true : filters.deleted === 'false' ? false : undefined,
			ordering: textFilter(options.ordering),
			...responseShapeQuery(options),
			...dateRangeFilters(ctx, itemIndex, filters, [
				['createdAfter', 'created_on__gte', 'Created After'],
				['createdBefore', 'created_on__lte', 'Created Before'],
				['dateAfter', 'date__gte', 'Date After'],
				['dateBefore', 'date__lte', 'Date Before'],
				['modifiedAfter', 'modified__gte', 'Modified After'],
				['modifiedBefore', 'modified__lte', 'Modified Before'],
			]),
		};
	},
});
