import { fail } from '../shared/validators';
import type { FilterSpec } from '../shared/filters';
import { companySlugFilter, sortOption } from '../shared/filters';
import { listRecordsOperation } from '../shared/operations';

const sort = sortOption('id', [
	{ name: 'Oldest First (ID)', value: 'id' },
	{ name: 'Newest First (ID)', value: '-id' },
]);

const filters: FilterSpec[] = [
	{
		name: 'amountMin',
		displayName: 'Amount at Least',
		kind: 'number',
		param: 'amount_min',
		min: 0,
		precision: 2,
		description: 'Only credits of at least this amount',
	},
	{
		name: 'amountMax',
		displayName: 'Amount at Most',
		kind: 'number',
		param: 'amount_max',
		min: 0,
		precision: 2,
		description: 'Only credits of at most this amount',
	},
	{
		name: 'archived',
		displayName: 'Archived',
		kind: 'yesNo',
		param: 'archived',
		labels: ['Any', 'Archived', 'Not Archived'],
		description: 'Archived: true, Not Archived: false, Any: no filter',
	},
	{
		name: 'brand',
		displayName: 'Brand IDs',
		kind: 'idList',
		param: 'brand',
		placeholder: '11, 12',
		description: 'Only credits of these brands, separated by commas',
	},
	companySlugFilter('credits'),
	{
		name: 'dateAfter',
		displayName: 'Credit Date From',
		kind: 'date',
		param: 'credit_date_after',
		description: 'Only credits dated on or after this day',
	},
	{
		name: 'dateBefore',
		displayName: 'Credit Date To',
		kind: 'date',
		param: 'credit_date_before',
		description: 'Only credits dated on or before this day',
	},
	{
		name: 'customer',
		displayName: 'Customer IDs',
		kind: 'idList',
		param: 'customer',
		placeholder: '101, 102',
		description: 'Only credits of these customers, separated by commas',
	},
	{
		name: 'order',
		displayName: 'Order Number',
		kind: 'uuid',
		param: 'order',
		description: 'Only credits of this order (its LeafLink number, a UUID)',
	},
	{
		name: 'reason',
		displayName: 'Reason',
		kind: 'text',
		param: 'reason',
		placeholder: 'leaflink_return',
		description:
			'Only credits with this reason, e.g. leaflink_return, promo_new_customer, promo_existing_customer',
	},
	{
		name: 'status',
		displayName: 'Status',
		kind: 'multiOptions',
		param: 'status',
		options: [
			{ name: 'Active', value: 'active' },
			{ name: 'Cancelled', value: 'cancelled' },
			{ name: 'Used', value: 'used' },
		],
		description: 'Only credits in these statuses',
	},
];

export const { description, execute } = listRecordsOperation({
	path: '/credits/',
	label: 'credits',
	filters,
	options: { sort },
	query(ctx, itemIndex, filtered) {
		const { amount_min: min, amount_max: max } = filtered;
		if (typeof min === 'number' && typeof max === 'number' && min > max)
			fail(ctx, itemIndex, `Amount at Least (${min}) is more than Amount at Most (${max})`);
		return filtered;
	},
});
