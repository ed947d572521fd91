import { listRecordsOperation } from '../shared/records';

export const { description, execute } = listRecordsOperation({
	path: '/product-categories/',
	label: 'product categories',
});
