import { listRecordsOperation } from '../shared/records';

export const { description, execute } = listRecordsOperation({
	path: '/license-types/',
	label: 'license types',
});
