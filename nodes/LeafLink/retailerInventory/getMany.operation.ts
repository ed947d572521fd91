import { listRecordsOperation } from '../shared/operations';

export const { description, execute } = listRecordsOperation({
	path: '/retailer-inventory/',
	label: 'retailer inventory records',
	filters: [
		{
			name: 'company',
			displayName: 'Retailer Company ID',
			kind: 'idList',
			param: 'company',
			description: 'Only stock held by this retailer company',
			// a number field, yet an expression may give several IDs, which LeafLink takes comma-separated
			property: { type: 'number', default: 0 },
		},
	],
});
