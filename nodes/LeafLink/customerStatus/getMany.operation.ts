import type { FilterSpec } from '../shared/filters';
import { companySlugFilter, sortOption } from '../shared/filters';
import { listRecordsOperation } from '../shared/operations';

const sort = sortOption('order', [
	{ name: 'Name', value: 'state' },
	{ name: 'Sort Order', value: 'order' },
]);

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
	options: { record: 'status', sort },
});
