import { externalIdFilters } from '../shared/externalIds';
import {
	manualFilter,
	ORDER_CHILDREN,
	ORDER_STATUSES,
	orderBrandFilter,
	paidFilter,
	salesRepFilter,
} from '../shared/orders';
import type { FilterSpec } from '../shared/filters';
import { createdModifiedFilters } from '../shared/filters';
import { listRecordsOperation } from '../shared/operations';

/** LeafLink's order statuses in the lower case the filter takes; a buyer never sees a seller's drafts. */
const STATUSES = ORDER_STATUSES.filter((s) => s !== 'Draft').map((s) => s.toLowerCase());

const { created, modified } = createdModifiedFilters('orders');

const filters: FilterSpec[] = [
	orderBrandFilter,
	{
		name: 'classification',
		displayName: 'Classification',
		kind: 'text',
		param: 'classification',
		placeholder: 'Adult Use',
		description: 'Only orders of this license-type classification',
	},
	...created,
	...externalIdFilters,
	manualFilter,
	...modified,
	{
		name: 'number',
		displayName: 'Order Number',
		kind: 'uuid',
		param: 'number',
		description: 'Only the order with this LeafLink number (a UUID)',
	},
	{
		name: 'orderId',
		displayName: 'Order Number or Seller Number',
		kind: 'text',
		param: 'order_id',
		description: "LeafLink's number or the number the seller gave the order",
	},
	paidFilter,
	salesRepFilter,
	{
		name: 'seller',
		displayName: 'Seller Company ID',
		kind: 'id',
		param: 'seller',
		description: 'Only orders from this seller',
	},
	{
		name: 'externalIdSeller',
		displayName: 'Seller Number',
		kind: 'text',
		param: 'external_id_seller',
		description: 'The number the seller gave the order',
	},
	{
		name: 'externalIdSellerContains',
		displayName: 'Seller Number Contains',
		kind: 'text',
		param: 'external_id_seller__icontains',
		description: 'Only orders whose seller number contains this text',
	},
	{
		name: 'sellerSlug',
		displayName: 'Seller Slug',
		kind: 'text',
		param: 'seller__slug__iexact',
		description: 'Only orders from the seller with this slug',
	},
	{
		name: 'status',
		displayName: 'Status',
		kind: 'options',
		param: 'status',
		options: STATUSES.map((s) => ({
			name: s.charAt(0).toUpperCase() + s.slice(1),
			value: s,
		})).sort((a, b) => a.name.localeCompare(b.name)),
		description: 'Only orders in this status',
		property: { default: 'submitted' },
	},
];

export const { description, execute } = listRecordsOperation({
	path: '/buyer/orders/',
	label: 'orders',
	filters,
	options: { record: 'order', children: ORDER_CHILDREN },
});
