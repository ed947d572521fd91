import { companySlugFilter } from '../shared/filters';
import { listRecordsOperation } from '../shared/operations';

export const { description, execute } = listRecordsOperation({
	path: '/company-staff/',
	label: 'staff members',
	filters: [
		{
			name: 'isActive',
			displayName: 'Active',
			kind: 'yesNo',
			param: 'is_active',
			description: 'Whether the staff member is active',
		},
		{
			name: 'isAdmin',
			displayName: 'Admin',
			kind: 'yesNo',
			param: 'is_admin',
			description: 'Whether the staff member is an admin',
		},
		{
			name: 'company',
			displayName: 'Company ID',
			kind: 'id',
			param: 'company',
			description: 'Only staff of this company (for keys that reach several)',
		},
		companySlugFilter('staff'),
	],
});
