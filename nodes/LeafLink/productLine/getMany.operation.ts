import { companySlugFilter, dropdownIdFilter } from '../shared/filters';
import { listRecordsOperation } from '../shared/operations';

export const { description, execute } = listRecordsOperation({
	path: '/product-lines/',
	label: 'product lines',
	filters: [
		dropdownIdFilter({
			name: 'brand',
			displayName: 'Brand Name or ID',
			label: 'Brand',
			param: 'brand',
			loadOptionsMethod: 'loadBrands',
			records: 'product lines',
			what: 'brand',
		}),
		{
			name: 'company',
			displayName: 'Company ID',
			kind: 'id',
			param: 'company',
			description: 'Only product lines of this company',
		},
		companySlugFilter('product lines'),
	],
});
