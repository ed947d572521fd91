import type { IDataObject } from 'n8n-workflow';
import { optionalId } from '../shared/validators';
import { anyYesNo, booleanFilter, textFilter } from '../shared/filters';
import { listRecordsOperation } from '../shared/operations';

export const { description, execute } = listRecordsOperation({
	path: '/company-staff/',
	label: 'staff members',
	fields: [
		{
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [
				anyYesNo('Active', 'isActive', 'Whether the staff member is active'),
				anyYesNo('Admin', 'isAdmin', 'Whether the staff member is an admin'),
				{
					displayName: 'Company ID',
					name: 'company',
					type: 'number',
					default: 0,
					description: 'Only staff of this company (for keys that reach several)',
				},
				{
					displayName: 'Company Slug',
					name: 'companySlug',
					type: 'string',
					default: '',
					description: 'Only staff of the company with this slug',
				},
			],
		},
	],
	query(ctx, itemIndex) {
		const filters = ctx.getNodeParameter('filters', itemIndex, {}) as IDataObject;
		const company = optionalId(ctx, itemIndex, filters.company, 'Company ID');
		return {
			is_active: booleanFilter(filters.isActive),
			is_admin: booleanFilter(filters.isAdmin),
			company: company === undefined ? undefined : String(company),
			company_slug: textFilter(filters.companySlug),
		};
	},
});
