import type { IDataObject } from 'n8n-workflow';
import { isBlank, toUuid } from '../shared/validators';
import { listRecordsOperation } from '../shared/operations';
import { textFilter } from '../shared/filters';

export const { description, execute } = listRecordsOperation({
	path: '/order-event-logs/',
	label: 'event log entries',
	fields: [
		{
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [
				{
					displayName: 'By',
					name: 'by',
					type: 'string',
					default: '',
					description: 'Only events of the person with this username, first name or last name',
				},
				{
					displayName: 'Order Number',
					name: 'order',
					type: 'string',
					default: '',
					placeholder: 'e.g. 3f0e2b1c-8a4d-4e6f-9b2a-1c2d3e4f5a6b',
					description: 'Only events of this order (its LeafLink number, a UUID)',
				},
			],
		},
	],
	query(ctx, itemIndex) {
		const filters = ctx.getNodeParameter('filters', itemIndex, {}) as IDataObject;
		return {
			by: textFilter(filters.by),
			order: isBlank(filters.order)
				? undefined
				: toUuid(ctx, itemIndex, filters.order, 'Order Number'),
		};
	},
});
