import type { IDataObject } from 'n8n-workflow';
import { idListFilter } from '../shared/filters';
import { listRecordsOperation } from '../shared/operations';

export const { description, execute } = listRecordsOperation({
	path: '/retailer-inventory/',
	label: 'retailer inventory records',
	fields: [
		{
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [
				{
					displayName: 'Retailer Company ID',
					name: 'company',
					type: 'number',
					default: 0,
					description: 'Only stock held by this retailer company',
				},
			],
		},
	],
	query(ctx, itemIndex) {
		const filters = ctx.getNodeParameter('filters', itemIndex, {}) as IDataObject;
		return { company: idListFilter(ctx, itemIndex, filters.company, 'Retailer Company ID') };
	},
});
