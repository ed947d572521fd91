import { companySlugFilter } from '../shared/filters';
import { listRecordsOperation } from '../shared/operations';

export const { description, execute } = listRecordsOperation({
	path: '/reports/',
	label: 'reports',
	filters: [companySlugFilter('reports')],
});
