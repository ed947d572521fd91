import { listRecordsOperation } from '../shared/records';

// the spec gives /product-batches/ no filters
export const { description, execute } = listRecordsOperation({ path: '/product-batches/', label: 'batch assignments' });
