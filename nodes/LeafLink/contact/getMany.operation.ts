import type { IDataObject } from 'n8n-workflow';
import { optionalId } from '../shared/validators';
import { CREATED_MODIFIED_RANGES, dateRangeFilters, textFilter } from '../shared/filters';
import { listRecordsOperation } from '../shared/operations';

export const { description, execute } = listRecordsOperation({
	path: '/contacts/',
	label: 'contacts',
	fields: [
		{
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [
				{
					displayName: 'Company Slug',
					name: 'companySlug',
					type: 'string',
					default: '',
					description: 'Only contacts of the company with this slug',
				},
				{
					displayName: 'Created After',
					name: 'createdAfter',
					type: 'dateTime',
					default: '',
					description: 'Only contacts created at or after this time',
				},
				{
					displayName: 'Created Before',
					name: 'createdBefore',
					type: 'dateTime',
					default: '',
					description: 'Only contacts created at or before this time',
				},
				{
					displayName: 'Customer ID',
					name: 'owner',
					type: 'number',
					default: 0,
					description: 'Only contacts of this customer',
				},
				{
					displayName: 'Deleted',
					name: 'deleted',
					type: 'options',
					default: '',
					options: [
						{ name: 'Any', value: '' },
						{ name: 'Deleted', value: 'true' },
						{ name: 'Not Deleted', value: 'false' },
					],
					description: 'Whether the contact is marked deleted',
				},
				{
					displayName: 'First Name',
					name: 'firstName',
					type: 'string',
					default: '',
					description: 'Only contacts with exactly this first name',
				},
				{
					displayName: 'First Name Starts With',
					name: 'firstNameStartsWith',
					description: 'Only contacts whose first name begins with this text',
					type: 'string',
					default: '',
				},
				{
					displayName: 'Last Name',
					name: 'lastName',
					type: 'string',
					default: '',
					description: 'Only contacts with exactly this last name',
				},
				{
					displayName: 'Last Name Starts With',
					name: 'lastNameStartsWith',
					description: 'Only contacts whose last name begins with this text',
					type: 'string',
					default: '',
				},
				{
					displayName: 'Modified After',
					name: 'modifiedAfter',
					type: 'dateTime',
					default: '',
					description: 'Only contacts changed at or after this time',
				},
				{
					displayName: 'Modified Before',
					name: 'modifiedBefore',
					type: 'dateTime',
					default: '',
					description: 'Only contacts changed at or before this time',
				},
			],
		},
	],
	query(ctx, itemIndex) {
		const filters = ctx.getNodeParameter('filters', itemIndex, {}) as IDataObject;
		return {
			owner: optionalId(ctx, itemIndex, filters.owner || undefined, 'Customer ID'),
			first_name: textFilter(filters.firstName),
			first_name__startswith: textFilter(filters.firstNameStartsWith),
			last_name: textFilter(filters.lastName),
			last_name__startswith: textFilter(filters.lastNameStartsWith),
			company_slug: textFilter(filters.companySlug),
			delete:
				filters.deleted === 'true' || filters.deleted === 'false'
					? String(filters.deleted)
					: undefined,
			...dateRangeFilters(ctx, itemIndex, filters, CREATED_MODIFIED_RANGES),
		};
	},
});
