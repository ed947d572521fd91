import type { IDataObject } from 'n8n-workflow';
import { isBlank, optionalId } from '../shared/validators';
import { listRecordsOperation } from '../shared/operations';
import { textFilter } from '../shared/filters';

export const { description, execute } = listRecordsOperation({
	path: '/product-lines/',
	label: 'product lines',
	fields: [
		{
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [
				{
					displayName: 'Brand Name or ID',
					name: 'brand',
					type: 'options',
					typeOptions: { loadOptionsMethod: 'loadBrands' },
					default: '',
					description:
						'Only product lines of this brand. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
				},
				{
					displayName: 'Company ID',
					name: 'company',
					type: 'number',
					default: 0,
					description: 'Only product lines of this company',
				},
				{
					displayName: 'Company Slug',
					name: 'companySlug',
					type: 'string',
					default: '',
					description: 'Only product lines of the company with this slug',
				},
			],
		},
	],
	query(ctx, itemIndex) {
		const filters = ctx.getNodeParameter('filters', itemIndex, {}) as IDataObject;
		const brand = isBlank(filters.brand)
			? undefined
			: optionalId(ctx, itemIndex, filters.brand, 'Brand');
		return {
			// the spec types brand as a string and company as a number
			brand: brand === undefined ? undefined : String(brand),
			company: filters.company
				? optionalId(ctx, itemIndex, filters.company, 'Company ID')
				: undefined,
			company_slug: textFilter(filters.companySlug),
		};
	},
});
