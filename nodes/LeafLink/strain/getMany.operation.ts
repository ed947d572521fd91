import type { IDataObject } from 'n8n-workflow';
import { fail, isBlank, optionalId, toList } from '../shared/validators';
import { anyYesNo, textFilter, yesNoFilter } from '../shared/filters';
import { listRecordsOperation } from '../shared/operations';
import { STRAIN_CLASSIFICATIONS } from '../shared/choices';

export const { description, execute } = listRecordsOperation({
	path: '/strains/',
	label: 'strains',
	fields: [
		{
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [
				{
					displayName: 'Classifications',
					name: 'classification',
					type: 'multiOptions',
					default: [],
					options: STRAIN_CLASSIFICATIONS,
					description: 'Only strains of these classifications',
				},
				{
					displayName: 'Company ID',
					name: 'company',
					type: 'number',
					default: 0,
					description: 'Only strains created by this company',
				},
				anyYesNo(
					'LeafLink Strain',
					'companyIsNull',
					"Whether the strain is one of LeafLink's own (created by no company)",
				),
				{
					displayName: 'Name',
					name: 'name',
					type: 'string',
					default: '',
					description: 'Strain name',
				},
				{
					displayName: 'Parent Strain ID',
					name: 'parents',
					type: 'number',
					default: 0,
					description: 'Only strains descending from this strain',
				},
			],
		},
	],
	query(ctx, itemIndex) {
		const filters = ctx.getNodeParameter('filters', itemIndex, {}) as IDataObject;
		const single = (raw: unknown, label: string) => {
			if (isBlank(raw) || raw === 0) return undefined;
			if (typeof raw === 'string' && raw.includes(','))
				fail(ctx, itemIndex, `${label} takes one ID, not a list ("${raw}")`);
			return optionalId(ctx, itemIndex, raw, label);
		};
		return {
			name: textFilter(filters.name),
			company: single(filters.company, 'Company ID'),
			company__isnull: yesNoFilter(ctx, itemIndex, filters.companyIsNull, 'LeafLink Strain'),
			parents: single(filters.parents, 'Parent Strain ID'),
			strain_classification: toList(filters.classification),
		};
	},
});
