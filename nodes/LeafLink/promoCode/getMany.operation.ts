import { companySlugFilter } from '../shared/filters';
import { listRecordsOperation } from '../shared/operations';

export const { description, execute } = listRecordsOperation({
	path: '/promocodes/',
	label: 'promo codes',
	filters: [
		{
			name: 'brand',
			displayName: 'Brand ID',
			kind: 'idList',
			param: 'brand',
			description: 'Only codes of this brand',
			// a number field, yet an expression may give several IDs, which LeafLink takes comma-separated
			property: { type: 'number', default: 0 },
		},
		{
			name: 'code',
			displayName: 'Code',
			kind: 'text',
			param: 'code',
			description: 'Only the code with this text',
		},
		companySlugFilter('codes'),
	],
});
