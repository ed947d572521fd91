import { listRecordsOperation } from '../shared/operations';

export const { description, execute } = listRecordsOperation({
	path: '/inventory/items/',
	label: 'inventory items',
	filters: [
		{
			name: 'includeArchived',
			displayName: 'Include Archived',
			kind: 'boolean',
			param: 'include_archived',
			description: 'Whether to include archived items (LeafLink leaves them out by default)',
			property: { default: true },
		},
		{
			name: 'product',
			displayName: 'Product ID',
			kind: 'id',
			param: 'product',
			description: 'Only the inventory items of this product',
		},
	],
});
