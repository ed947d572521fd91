import { listRecordsOperation } from '../shared/records';

export const { description, execute } = listRecordsOperation({ path: '/companies/', label: 'companies' });
