import { listRecordsOperation } from '../shared/operations';
import { STRAIN_CLASSIFICATIONS } from '../shared/choices';

export const { description, execute } = listRecordsOperation({
	path: '/strains/',
	label: 'strains',
	filters: [
		{
			name: 'classification',
			displayName: 'Classifications',
			kind: 'multiOptions',
			param: 'strain_classification',
			options: STRAIN_CLASSIFICATIONS,
			description: 'Only strains of these classifications',
		},
		{
			name: 'company',
			displayName: 'Company ID',
			kind: 'id',
			param: 'company',
			description: 'Only strains created by this company',
		},
		{
			name: 'companyIsNull',
			displayName: 'LeafLink Strain',
			kind: 'yesNo',
			param: 'company__isnull',
			description: "Whether the strain is one of LeafLink's own (created by no company)",
		},
		{ name: 'name', displayName: 'Name', kind: 'text', param: 'name', description: 'Strain name' },
		{
			name: 'parents',
			displayName: 'Parent Strain ID',
			kind: 'id',
			param: 'parents',
			description: 'Only strains descending from this strain',
		},
	],
});
