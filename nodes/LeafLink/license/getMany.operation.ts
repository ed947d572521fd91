import { companySlugFilter } from '../shared/filters';
import { listRecordsOperation } from '../shared/operations';

export const { description, execute } = listRecordsOperation({
	path: '/licenses/',
	label: 'licenses',
	filters: [
		companySlugFilter('licenses'),
		{
			name: 'numbers',
			displayName: 'License Numbers',
			kind: 'textList',
			param: 'number',
			paramIn: 'number__in',
			placeholder: '403R-00123, 404R-00456',
			description: 'One or more license numbers, separated by commas',
		},
	],
});
