import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import type { LeafLinkClient, Query } from '../transport';
import { externalIdFilter, externalIdFilterFields } from '../shared/externalIds';
import { listFields, listParameters } from '../shared/listing';
import {
	outputFields,
	responseShapeOptions,
	responseShapeQuery,
	selectedFieldsQuery,
	shapeOutput,
} from '../shared/output';
import { isBlank, optionalId, toIsoDateTime, toList } from '../shared/validators';
import { asPricingMode, pricingOption } from '../shared/linePricing';
import { CREATED_MODIFIED_RANGES } from '../shared/filters';
import {
	ORDER_CHILDREN,
	ORDER_STATUSES,
	paidFilter,
	salesRepFilter,
	simplifyOrder,
} from '../shared/orders';

const statusOptions = ORDER_STATUSES.map((s) => ({ name: s, value: s.toLowerCase() }));

export const description: INodeProperties[] = [
	...listFields('orders'),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			{
				displayName: 'Brand ID',
				name: 'brand',
				type: 'number',
				default: 0,
				description: 'Only orders of this brand',
			},
			{
				displayName: 'Buyer Company ID',
				name: 'buyer',
				type: 'number',
				default: 0,
				description: 'Only orders from this buyer company',
			},
			{
				displayName: 'Created After',
				name: 'createdAfter',
				type: 'dateTime',
				default: '',
				description: 'Only orders created at or after this time',
			},
			{
				displayName: 'Created Before',
				name: 'createdBefore',
				type: 'dateTime',
				default: '',
				description: 'Only orders created at or before this time',
			},
			{
				displayName: 'Customer',
				name: 'customer',
				type: 'string',
				default: '',
				description: 'Customer name or nickname',
			},
			...externalIdFilterFields,
			{
				displayName: 'Manually Created',
				name: 'manual',
				type: 'options',
				default: '',
				options: [
					{ name: 'Any', value: '' },
					{ name: 'Yes', value: 'true' },
					{ name: 'No', value: 'false' },
				],
				description: 'Whether the seller created the order by hand',
			},
			{
				displayName: 'Modified After',
				name: 'modifiedAfter',
				type: 'dateTime',
				default: '',
				description: 'Only orders changed at or after this time',
			},
			{
				displayName: 'Modified Before',
				name: 'modifiedBefore',
				type: 'dateTime',
				default: '',
				description: 'Only orders changed at or before this time',
			},
			{
				displayName: 'Order Number or Seller Number',
				name: 'orderId',
				type: 'string',
				default: '',
				description: "LeafLink's number or the number your company gave the order",
			},
			paidFilter,
			salesRepFilter,
			{
				displayName: 'Seller Number',
				name: 'externalIdSeller',
				type: 'string',
				default: '',
				description: 'The number your company gave the order (external_id_seller)',
			},
			{
				displayName: 'Status',
				name: 'status',
				type: 'multiOptions',
				default: [],
				options: statusOptions,
				description: 'Only orders in these statuses',
			},
			{
				displayName: 'Status Is Not',
				name: 'statusNot',
				type: 'multiOptions',
				default: [],
				options: statusOptions,
				description: 'Leave out orders in these statuses',
			},
		],
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [...responseShapeOptions('order', ORDER_CHILDREN), pricingOption],
	},
	...outputFields(),
];

/**
 * The spec types `status` and `status__not` as one status each, so several statuses are fetched as one list per
 * status (disjoint, so nothing repeats); several excluded statuses become the statuses that remain.
 */
export function statusQueries(
	include: string[],
	exclude: string[],
): Array<string | undefined> | { not: string } {
	if (include.length === 0 && exclude.length === 0) return [undefined];
	if (include.length === 0 && exclude.length === 1) return { not: exclude[0] };
	const base = include.length > 0 ? include : ORDER_STATUSES.map((s) => s.toLowerCase());
	return base.filter((s) => !exclude.includes(s));
}

export async function execute(this: IExecuteFunctions, client: LeafLinkClient, itemIndex: number) {
	const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const list = listParameters(this, itemIndex);
	const { returnAll, pageSize } = list;
	const limit = list.limit ?? Infinity;

	const qs: Query = {
		customer: isBlank(filters.customer) ? undefined : String(filters.customer),
		sales_rep: optionalId(this, itemIndex, filters.salesRep || undefined, 'Sales Rep ID'),
		brand: optionalId(this, itemIndex, filters.brand || undefined, 'Brand ID'),
		buyer: filters.buyer
			? String(optionalId(this, itemIndex, filters.buyer, 'Buyer Company ID'))
			: undefined,
		paid: filters.paid as string | undefined,
		manual: filters.manual as string | undefined,
		order_id: isBlank(filters.orderId) ? undefined : String(filters.orderId).trim(),
		external_id_seller: isBlank(filters.externalIdSeller)
			? undefined
			: String(filters.externalIdSeller).trim(),
		...externalIdFilter(this, itemIndex, filters),
		...responseShapeQuery(options),
		...selectedFieldsQuery(this, itemIndex, { simplify: simplifyOrder, key: 'number' }, options),
	};
	// dates go as given (a day stays a day); the other lists' dateRangeFilters turns a day into midnight UTC
	for (const [field, param, label] of CREATED_MODIFIED_RANGES) {
		if (!isBlank(filters[field])) qs[param] = toIsoDateTime(this, itemIndex, filters[field], label);
	}

	const statuses = statusQueries(toList(filters.status), toList(filters.statusNot));
	const orders: IDataObject[] = [];
	const queries = Array.isArray(statuses)
		? statuses.map((status) => ({ ...qs, status }))
		: [{ ...qs, status__not: statuses.not }];
	for (const query of queries) {
		if (orders.length >= limit) break;
		const remaining = limit - orders.length;
		const batch = await client.getList('/orders-received/', query, {
			returnAll,
			limit: returnAll ? undefined : remaining,
			pageSize,
			operation: 'Get many orders',
			itemIndex,
		});
		orders.push(...batch);
	}
	const result = returnAll ? orders : orders.slice(0, limit);
	const pricing = asPricingMode(options.pricing);
	return shapeOutput(this, itemIndex, result, {
		simplify: (o) => simplifyOrder(o, pricing),
		key: 'number',
	});
}
