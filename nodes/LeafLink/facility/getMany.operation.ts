import { listRecordsOperation } from '../shared/operations';

export const { description, execute } = listRecordsOperation({
	path: '/inventory/facilities/',
	label: 'facilities',
});
