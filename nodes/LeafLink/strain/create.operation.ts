import type { FieldSpec } from '../shared/fields';
import { STRAIN_CLASSIFICATIONS } from '../shared/choices';
import { createRecordOperation } from '../shared/operations';

const requiredFields: FieldSpec[] = [
	{ name: 'name', displayName: 'Name', kind: 'string', description: 'Name of the strain' },
	{
		name: 'strain_classification',
		displayName: 'Strain Classification',
		kind: 'options',
		options: STRAIN_CLASSIFICATIONS,
		default: 'hybrid',
		description: 'Classification of the strain',
	},
];

const additionalFields: FieldSpec[] = [
	{
		name: 'company',
		displayName: 'Company',
		kind: 'dropdown',
		method: 'loadCompanies',
		description: 'Company creating the strain',
	},
	{
		name: 'parents',
		displayName: 'Parent Strain',
		kind: 'dropdownList',
		method: 'loadStrains',
		description: 'Strains this one descends from',
	},
];

export const { description, execute } = createRecordOperation({
	path: '/strains/',
	label: 'strain',
	required: requiredFields,
	optional: additionalFields,
	verifyHint: 'Look for the strain (Get Many, filter Name) before creating it again.',
});
