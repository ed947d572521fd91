import type { IDataObject } from 'n8n-workflow';
import { responseShapeOptions, responseShapeQuery } from '../shared/output';
import type { FilterSpec } from '../shared/filters';
import { companySlugFilter } from '../shared/filters';
import { listRecordsOperation } from '../shared/operations';

const filters: FilterSpec[] = [
	companySlugFilter('statuses'),
	{
		name: 'isStock',
		displayName: 'Is Stock',
		kind: 'yesNo',
		param: 'is_stock',
		labels: ['Any', 'Stock Statuses', 'Custom Statuses'],
		description: "Stock statuses (LeafLink's own) or custom ones; Any: no filter",
	},
	{
		name: 'state',
		displayName: 'Name',
		kind: 'text',
		param: 'state',
		description: 'Only the status with this name',
	},
	{
		name: 'owner',
		displayName: 'Owner Company ID',
		kind: 'id',
		param: 'owner',
		description: 'Only statuses defined by this company',
	},
	{
		name: 'search',
		displayName: 'Search',
		kind: 'text',
		param: 'search',
		description: 'Text in the name or description',
	},
];

export const { description, execute } = listRecordsOperation({
	path: '/customer-statuses/',
	label: 'customer statuses',
	filters,
	fields: [
		{
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: [
				...responseShapeOptions('status'),
				{
					displayName: 'Sort',
					name: 'ordering',
					description: 'The order of the list, by the field named in each choice',
					type: 'options',
					default: 'order',
					options: [
						{ name: 'Name', value: 'state' },
						{ name: 'Sort Order', value: 'order' },
					],
				},
			],
		},
	],
	query(ctx, itemIndex, filtered) {
		const options = ctx.getNodeParameter('options', itemIndex, {}) as IDataObject;
		return {
			...filtered,
			// a fixed choice, checked against its options before the operation runs
			ordering: options.ordering as string | undefined,
			...responseShapeQuery(options),
		};
	},
});
