import { listRecordsOperation } from '../shared/operations';

// the spec gives /product-batches/ no filters
export const { description, execute } = listRecordsOperation({
	path: '/product-batches/',
	label: 'batch assignments',
});
