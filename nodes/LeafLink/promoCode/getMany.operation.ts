import type { IDataObject } from 'n8n-workflow';
import { idListFilter, textFilter } from '../shared/filters';
import { listRecordsOperation } from '../shared/operations';

export const { description, execute } = listRecordsOperation({
	path: '/promocodes/',
	label: 'promo codes',
	fields: [
		{
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [
				{
					displayName: 'Brand ID',
					name: 'brand',
					type: 'number',
					default: 0,
					description: 'Only codes of this brand',
				},
				{
					displayName: 'Code',
					name: 'code',
					type: 'string',
					default: '',
					description: 'Only the code with this text',
				},
				{
					displayName: 'Company Slug',
					name: 'companySlug',
					type: 'string',
					default: '',
					description: 'Only codes of the company with this slug',
				},
			],
		},
	],
	query(ctx, itemIndex) {
		const filters = ctx.getNodeParameter('filters', itemIndex, {}) as IDataObject;
		return {
			brand: idListFilter(ctx, itemIndex, filters.brand, 'Brand ID'),
			code: textFilter(filters.code),
			company_slug: textFilter(filters.companySlug),
		};
	},
});
