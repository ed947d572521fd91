import type { IDataObject } from 'n8n-workflow';
import { responseShapeOptions, responseShapeQuery } from '../shared/output';
import { isBlank, optionalId } from '../shared/validators';
import { listRecordsOperation } from '../shared/operations';
import { textFilter } from '../shared/filters';

export const { description, execute } = listRecordsOperation({
	path: '/customer-statuses/',
	label: 'customer statuses',
	fields: [
		{
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [
				{
					displayName: 'Company Slug',
					name: 'companySlug',
					type: 'string',
					default: '',
					description: 'Only statuses of the company with this slug',
				},
				{
					displayName: 'Is Stock',
					name: 'isStock',
					description: "Stock statuses (LeafLink's own) or custom ones; Any: no filter",
					type: 'options',
					default: '',
					options: [
						{ name: 'Any', value: '' },
						{ name: 'Stock Statuses', value: 'true' },
						{ name: 'Custom Statuses', value: 'false' },
					],
				},
				{
					displayName: 'Name',
					name: 'state',
					type: 'string',
					default: '',
					description: 'Only the status with this name',
				},
				{
					displayName: 'Owner Company ID',
					name: 'owner',
					type: 'number',
					default: 0,
					description: 'Only statuses defined by this company',
				},
				{
					displayName: 'Search',
					name: 'search',
					type: 'string',
					default: '',
					description: 'Text in the name or description',
				},
			],
		},
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
	query(ctx, itemIndex) {
		const filters = ctx.getNodeParameter('filters', itemIndex, {}) as IDataObject;
		const options = ctx.getNodeParameter('options', itemIndex, {}) as IDataObject;
		return {
			owner: optionalId(ctx, itemIndex, filters.owner || undefined, 'Owner Company ID'),
			state: textFilter(filters.state),
			is_stock: isBlank(filters.isStock) ? undefined : filters.isStock === 'true',
			company_slug: textFilter(filters.companySlug),
			search: textFilter(filters.search),
			ordering: textFilter(options.ordering),
			...responseShapeQuery(options),
		};
	},
});
