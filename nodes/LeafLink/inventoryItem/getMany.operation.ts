import type { IDataObject } from 'n8n-workflow';
import { isBlank, optionalId } from '../shared/validators';
import { listRecordsOperation } from '../shared/operations';

export const { description, execute } = listRecordsOperation({
	path: '/inventory/items/',
	label: 'inventory items',
	fields: [
		{
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [
				{
					displayName: 'Include Archived',
					name: 'includeArchived',
					type: 'boolean',
					default: true,
					description: 'Whether to include archived items (LeafLink leaves them out by default)',
				},
				{
					displayName: 'Product ID',
					name: 'product',
					type: 'number',
					default: 0,
					description: 'Only the inventory items of this product',
				},
			],
		},
	],
	query(ctx, itemIndex) {
		const filters = ctx.getNodeParameter('filters', itemIndex, {}) as IDataObject;
		const product =
			isBlank(filters.product) || filters.product === 0
				? undefined
				: optionalId(ctx, itemIndex, filters.product, 'Product ID');
		return {
			include_archived: filters.includeArchived === true ? true : undefined,
			// the spec types this filter as a string
			product: product === undefined ? undefined : String(product),
		};
	},
});
