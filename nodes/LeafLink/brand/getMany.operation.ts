import { companySlugFilter } from '../shared/filters';
import { listRecordsOperation } from '../shared/operations';

export const { description, execute } = listRecordsOperation({
	path: '/brands/',
	label: 'brands',
	filters: [
		{
			name: 'companies',
			displayName: 'Company IDs',
			kind: 'idList',
			param: 'company',
			paramIn: 'company__in',
			placeholder: '1, 3',
			description: 'Only brands of these companies, separated by commas',
		},
		companySlugFilter('brands'),
	],
});
