import { listRecordsOperation } from '../shared/records';

export const { description, execute } = listRecordsOperation({
	path: '/inventory/facilities/',
	label: 'facilities',
});
