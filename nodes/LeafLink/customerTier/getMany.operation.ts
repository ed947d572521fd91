import { listRecordsOperation } from '../shared/records';

export const { description, execute } = listRecordsOperation({ path: '/customer-tiers/', label: 'customer tiers' });
