import type { IDataObject } from 'n8n-workflow';
import { toId, toList } from '../shared/validators';
import { listRecordsOperation } from '../shared/operations';
import { textFilter } from '../shared/filters';

export const { description, execute } = listRecordsOperation({
	path: '/brands/',
	label: 'brands',
	fields: [
		{
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [
				{
					displayName: 'Company IDs',
					name: 'companies',
					type: 'string',
					default: '',
					placeholder: '1, 3',
					description: 'Only brands of these companies, separated by commas',
				},
				{
					displayName: 'Company Slug',
					name: 'companySlug',
					type: 'string',
					default: '',
					description: 'Only brands of the company with this slug',
				},
			],
		},
	],
	query(ctx, itemIndex) {
		const filters = ctx.getNodeParameter('filters', itemIndex, {}) as IDataObject;
		const ids = toList(filters.companies).map((id) => toId(ctx, itemIndex, id, 'Company IDs'));
		return {
			...(ids.length === 1 ? { company: String(ids[0]) } : { company__in: ids }),
			company_slug: textFilter(filters.companySlug),
		};
	},
});
