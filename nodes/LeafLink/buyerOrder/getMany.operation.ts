import type { IDataObject } from 'n8n-workflow';
import { externalIdFilter, externalIdFilterFields } from '../shared/externalIds';
import { responseShapeOptions, responseShapeQuery } from '../shared/output';
import { ORDER_CHILDREN, ORDER_STATUSES, paidFilter, salesRepFilter } from '../shared/orders';
import { fail, isBlank, optionalId, toUuid } from '../shared/validators';
import {
	anyYesNo,
	booleanFilter,
	CREATED_MODIFIED_RANGES,
	dateRangeFilters,
	textFilter,
} from '../shared/filters';
import { listRecordsOperation } from '../shared/operations';

/** LeafLink's order statuses in the lower case the filter takes; a buyer never sees a seller's drafts. */
const STATUSES = ORDER_STATUSES.filter((s) => s !== 'Draft').map((s) => s.toLowerCase());

export const { description, execute } = listRecordsOperation({
	path: '/buyer/orders/',
	label: 'orders',
	fields: [
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
					displayName: 'Classification',
					name: 'classification',
					type: 'string',
					default: '',
					placeholder: 'Adult Use',
					description: 'Only orders of this license-type classification',
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
				...externalIdFilterFields,
				anyYesNo('Manually Created', 'manual', 'Whether the seller created the order by hand'),
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
					displayName: 'Order Number',
					name: 'number',
					type: 'string',
					default: '',
					description: 'Only the order with this LeafLink number (a UUID)',
				},
				{
					displayName: 'Order Number or Seller Number',
					name: 'orderId',
					type: 'string',
					default: '',
					description: "LeafLink's number or the number the seller gave the order",
				},
				paidFilter,
				salesRepFilter,
				{
					displayName: 'Seller Company ID',
					name: 'seller',
					type: 'number',
					default: 0,
					description: 'Only orders from this seller',
				},
				{
					displayName: 'Seller Number',
					name: 'externalIdSeller',
					type: 'string',
					default: '',
					description: 'The number the seller gave the order',
				},
				{
					displayName: 'Seller Number Contains',
					name: 'externalIdSellerContains',
					type: 'string',
					default: '',
					description: 'Only orders whose seller number contains this text',
				},
				{
					displayName: 'Seller Slug',
					name: 'sellerSlug',
					type: 'string',
					default: '',
					description: 'Only orders from the seller with this slug',
				},
				{
					displayName: 'Status',
					name: 'status',
					type: 'options',
					default: 'submitted',
					options: STATUSES.map((s) => ({
						name: s.charAt(0).toUpperCase() + s.slice(1),
						value: s,
					})).sort((a, b) => a.name.localeCompare(b.name)),
					description: 'Only orders in this status',
				},
			],
		},
		{
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: responseShapeOptions('order', ORDER_CHILDREN),
		},
	],
	query(ctx, itemIndex) {
		const filters = ctx.getNodeParameter('filters', itemIndex, {}) as IDataObject;
		const options = ctx.getNodeParameter('options', itemIndex, {}) as IDataObject;
		let status: string | undefined;
		if (!isBlank(filters.status)) {
			status = String(filters.status).trim().toLowerCase();
			if (!STATUSES.includes(status))
				fail(ctx, itemIndex, `Status must be one of ${STATUSES.join(', ')}, not "${status}"`);
		}
		const seller = optionalId(ctx, itemIndex, filters.seller || undefined, 'Seller Company ID');
		return {
			seller: seller === undefined ? undefined : String(seller),
			seller__slug__iexact: textFilter(filters.sellerSlug),
			status,
			brand: optionalId(ctx, itemIndex, filters.brand || undefined, 'Brand ID'),
			paid: booleanFilter(filters.paid),
			manual: booleanFilter(filters.manual),
			sales_rep: optionalId(ctx, itemIndex, filters.salesRep || undefined, 'Sales Rep ID'),
			classification: textFilter(filters.classification),
			number: isBlank(filters.number)
				? undefined
				: toUuid(ctx, itemIndex, filters.number, 'Order Number'),
			order_id: textFilter(filters.orderId),
			external_id_seller: textFilter(filters.externalIdSeller),
			external_id_seller__icontains: textFilter(filters.externalIdSellerContains),
			...externalIdFilter(ctx, itemIndex, filters),
			...dateRangeFilters(ctx, itemIndex, filters, CREATED_MODIFIED_RANGES),
			...responseShapeQuery(options),
		};
	},
});
