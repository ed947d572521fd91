import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import type { LeafLinkClient, Query } from '../transport';
import { externalIdFilters } from '../shared/externalIds';
import { listFields, listParameters } from '../shared/listing';
import {
	optionsCollection,
	outputFields,
	responseShapeOptions,
	responseShapeQuery,
	selectedFieldsQuery,
	shapeOutput,
} from '../shared/output';
import { toList } from '../shared/validators';
import { asPricingMode, pricingOption } from '../shared/linePricing';
import type { FilterSpec } from '../shared/filters';
import { createdModifiedFilters, filterQuery, filtersCollection } from '../shared/filters';
import {
	ORDER_CHILDREN,
	manualFilter,
	ORDER_STATUSES,
	orderBrandFilter,
	paidFilter,
	salesRepFilter,
	simplifyOrder,
} from '../shared/orders';

const statusOptions = ORDER_STATUSES.map((s) => ({ name: s, value: s.toLowerCase() }));

const { created, modified } = createdModifiedFilters('orders', { kind: 'dateTimeAsGiven' });

const filters: FilterSpec[] = [
	orderBrandFilter,
	{
		name: 'buyer',
		displayName: 'Buyer Company ID',
		kind: 'id',
		param: 'buyer',
		description: 'Only orders from this buyer company',
	},
	...created,
	{
		name: 'customer',
		displayName: 'Customer',
		kind: 'text',
		param: 'customer',
		description: 'Customer name or nickname',
	},
	...externalIdFilters,
	manualFilter,
	...modified,
	{
		name: 'orderId',
		displayName: 'Order Number or Seller Number',
		kind: 'text',
		param: 'order_id',
		description: "LeafLink's number or the number your company gave the order",
	},
	paidFilter,
	salesRepFilter,
	{
		name: 'externalIdSeller',
		displayName: 'Seller Number',
		kind: 'text',
		param: 'external_id_seller',
		description: 'The number your company gave the order (external_id_seller)',
	},
	{
		name: 'status',
		displayName: 'Status',
		kind: 'multiOptions',
		param: 'status',
		options: statusOptions,
		description: 'Only orders in these statuses',
	},
	{
		name: 'statusNot',
		displayName: 'Status Is Not',
		kind: 'multiOptions',
		param: 'status__not',
		options: statusOptions,
		description: 'Leave out orders in these statuses',
	},
];

export const description: INodeProperties[] = [
	...listFields('orders'),
	filtersCollection(filters),
	optionsCollection([...responseShapeOptions('order', ORDER_CHILDREN), pricingOption]),
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
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const list = listParameters(this, itemIndex);
	const { returnAll, pageSize } = list;
	const limit = list.limit ?? Infinity;

	const {
		status: include,
		status__not: exclude,
		...filtered
	} = filterQuery(
		this,
		itemIndex,
		filters,
		this.getNodeParameter('filters', itemIndex, {}) as IDataObject,
	);
	const qs: Query = {
		...filtered,
		...responseShapeQuery(options),
		...selectedFieldsQuery(this, itemIndex, { simplify: simplifyOrder, key: 'number' }, options),
	};
	const statuses = statusQueries(toList(include), toList(exclude));
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
