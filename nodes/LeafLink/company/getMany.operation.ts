import { listRecordsOperation } from '../shared/operations';

export const { description, execute } = listRecordsOperation({
	path: '/companies/',
	label: 'companies',
});
