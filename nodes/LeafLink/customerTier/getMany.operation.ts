import { listRecordsOperation } from '../shared/operations';

export const { description, execute } = listRecordsOperation({
	path: '/customer-tiers/',
	label: 'customer tiers',
});
