import { listRecordsOperation } from '../shared/records';

export const { description, execute } = listRecordsOperation({ path: '/order-sales-reps/', label: 'order sales reps' });
