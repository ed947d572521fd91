import type { IDataObject } from 'n8n-workflow';
import { toList } from '../shared/validators';
import { listRecordsOperation } from '../shared/operations';
import { textFilter } from '../shared/filters';

export const { description, execute } = listRecordsOperation({
	path: '/licenses/',
	label: 'licenses',
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
					description: 'Only licenses of the company with this slug',
				},
				{
					displayName: 'License Numbers',
					name: 'numbers',
					type: 'string',
					default: '',
					placeholder: '403R-00123, 404R-00456',
					description: 'One or more license numbers, separated by commas',
				},
			],
		},
	],
	query(ctx, itemIndex) {
		const filters = ctx.getNodeParameter('filters', itemIndex, {}) as IDataObject;
		const numbers = toList(filters.numbers);
		return {
			...(numbers.length === 1 ? { number: numbers[0] } : { number__in: numbers }),
			company_slug: textFilter(filters.companySlug),
		};
	},
});
