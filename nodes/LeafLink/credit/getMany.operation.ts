import type { IDataObject } from 'n8n-workflow';
import { fail, isBlank, toList, toNumber, toUuid } from '../shared/validators';
import { dateRangeFilters, idListFilter, textFilter } from '../shared/filters';
import { listRecordsOperation } from '../shared/operations';

const STATUSES = ['active', 'cancelled', 'used'];

export const { description, execute } = listRecordsOperation({
	path: '/credits/',
	label: 'credits',
	fields: [
		{
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [
				{
					displayName: 'Amount at Least',
					name: 'amountMin',
					type: 'number',
					typeOptions: { minValue: 0, numberPrecision: 2 },
					default: 0,
					description: 'Only credits of at least this amount',
				},
				{
					displayName: 'Amount at Most',
					name: 'amountMax',
					type: 'number',
					typeOptions: { minValue: 0, numberPrecision: 2 },
					default: 0,
					description: 'Only credits of at most this amount',
				},
				{
					displayName: 'Archived',
					name: 'archived',
					description: 'Archived: true, Not Archived: false, Any: no filter',
					type: 'options',
					default: '',
					options: [
						{ name: 'Any', value: '' },
						{ name: 'Archived', value: 'true' },
						{ name: 'Not Archived', value: 'false' },
					],
				},
				{
					displayName: 'Brand IDs',
					name: 'brand',
					type: 'string',
					default: '',
					placeholder: '11, 12',
					description: 'Only credits of these brands, separated by commas',
				},
				{
					displayName: 'Company Slug',
					name: 'companySlug',
					type: 'string',
					default: '',
					description: 'Only credits of the company with this slug',
				},
				{
					displayName: 'Credit Date From',
					name: 'dateAfter',
					type: 'dateTime',
					default: '',
					description: 'Only credits dated on or after this day',
				},
				{
					displayName: 'Credit Date To',
					name: 'dateBefore',
					type: 'dateTime',
					default: '',
					description: 'Only credits dated on or before this day',
				},
				{
					displayName: 'Customer IDs',
					name: 'customer',
					type: 'string',
					default: '',
					placeholder: '101, 102',
					description: 'Only credits of these customers, separated by commas',
				},
				{
					displayName: 'Order Number',
					name: 'order',
					type: 'string',
					default: '',
					description: 'Only credits of this order (its LeafLink number, a UUID)',
				},
				{
					displayName: 'Reason',
					name: 'reason',
					type: 'string',
					default: '',
					placeholder: 'leaflink_return',
					description:
						'Only credits with this reason, e.g. leaflink_return, promo_new_customer, promo_existing_customer',
				},
				{
					displayName: 'Status',
					name: 'status',
					type: 'multiOptions',
					default: [],
					options: [
						{ name: 'Active', value: 'active' },
						{ name: 'Cancelled', value: 'cancelled' },
						{ name: 'Used', value: 'used' },
					],
					description: 'Only credits in these statuses',
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
				{
					displayName: 'Sort',
					name: 'ordering',
					description: 'The order of the list, by the field named in each choice',
					type: 'options',
					default: 'id',
					options: [
						{ name: 'Oldest First (ID)', value: 'id' },
						{ name: 'Newest First (ID)', value: '-id' },
					],
				},
			],
		},
	],
	query(ctx, itemIndex) {
		const filters = ctx.getNodeParameter('filters', itemIndex, {}) as IDataObject;
		const options = ctx.getNodeParameter('options', itemIndex, {}) as IDataObject;
		const statuses = toList(filters.status);
		for (const s of statuses)
			if (!STATUSES.includes(s))
				fail(ctx, itemIndex, `Status must be one of ${STATUSES.join(', ')}, not "${s}"`);
		const amountMin = isBlank(filters.amountMin)
			? undefined
			: toNumber(ctx, itemIndex, filters.amountMin, 'Amount at Least', { min: 0 });
		const amountMax = isBlank(filters.amountMax)
			? undefined
			: toNumber(ctx, itemIndex, filters.amountMax, 'Amount at Most', { min: 0 });
		if (amountMin !== undefined && amountMax !== undefined && amountMin > amountMax) {
			fail(
				ctx,
				itemIndex,
				`Amount at Least (${amountMin}) is more than Amount at Most (${amountMax})`,
			);
		}
		let ordering: string | undefined;
		if (!isBlank(options.ordering)) {
			ordering = String(options.ordering);
			if (ordering !== 'id' && ordering !== '-id')
				fail(ctx, itemIndex, `Sort must be "id" or "-id", not "${ordering}"`);
		}
		return {
			status: statuses,
			reason: textFilter(filters.reason),
			brand: idListFilter(ctx, itemIndex, filters.brand, 'Brand IDs'),
			customer: idListFilter(ctx, itemIndex, filters.customer, 'Customer IDs'),
			order: isBlank(filters.order)
				? undefined
				: toUuid(ctx, itemIndex, filters.order, 'Order Number'),
			company_slug: textFilter(filters.companySlug),
			archived:
				filters.archived === 'true' ? true : filters.archived === 'false' ? false : undefined,
			amount_min: amountMin,
			amount_max: amountMax,
			ordering,
			...dateRangeFilters(
				ctx,
				itemIndex,
				filters,
				[
					['dateAfter', 'credit_date_after', 'Credit Date From'],
					['dateBefore', 'credit_date_before', 'Credit Date To'],
				],
				true,
			),
		};
	},
});
