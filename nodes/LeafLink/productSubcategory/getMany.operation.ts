import { listRecordsOperation } from '../shared/records';

export const { description, execute } = listRecordsOperation({
	path: '/product-subcategories/',
	label: 'product subcategories',
});
