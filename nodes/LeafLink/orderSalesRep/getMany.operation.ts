import { listRecordsOperation } from '../shared/operations';

export const { description, execute } = listRecordsOperation({
	path: '/order-sales-reps/',
	label: 'order sales reps',
});
