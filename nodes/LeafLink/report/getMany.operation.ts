import type { IDataObject } from 'n8n-workflow';
import { listRecordsOperation } from '../shared/operations';
import { textFilter } from '../shared/filters';

export const { description, execute } = listRecordsOperation({
	path: '/reports/',
	label: 'reports',
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
					description: 'Only reports of the company with this slug',
				},
			],
		},
	],
	query(ctx, itemIndex) {
		const filters = ctx.getNodeParameter('filters', itemIndex, {}) as IDataObject;
		return { company_slug: textFilter(filters.companySlug) };
	},
});
