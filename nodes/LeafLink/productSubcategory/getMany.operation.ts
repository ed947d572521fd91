import { listRecordsOperation } from '../shared/operations';

export const { description, execute } = listRecordsOperation({
	path: '/product-subcategories/',
	label: 'product subcategories',
});
