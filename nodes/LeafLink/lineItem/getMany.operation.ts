import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import type { LeafLinkClient, Query } from '../transport';
import { getListFromParameters, listFields } from '../shared/listing';
import { optionalId, toList } from '../shared/validators';
import { booleanFilter, dateRangeFilters, idListFilter, textFilter } from '../shared/filters';
import { orderLocator, orderNumberOf } from '../shared/locators';
import { outputFields, outputLines } from './shared';

const allOnly = { show: { scope: ['all'] } };

export const description: INodeProperties[] = [
	{
		displayName: 'Line Items Of',
		name: 'scope',
		description:
			'All Orders: line items of every order; One Order: the line items of one order (give its number, a UUID)',
		type: 'options',
		default: 'all',
		options: [
			{
				name: 'All Orders',
				value: 'all',
				description: 'Line items across your orders, with filters',
			},
			{ name: 'One Order', value: 'order', description: 'The line items of one order' },
		],
	},
	{ ...orderLocator, displayOptions: { show: { scope: ['order'] } } },
	...listFields('line items').map((f) => ({
		...f,
		displayOptions: { show: { ...(f.displayOptions?.show ?? {}), scope: ['all'] } },
	})),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		displayOptions: allOnly,
		options: [
			{
				displayName: 'Company Slug',
				name: 'companySlug',
				type: 'string',
				default: '',
				description: 'Only line items of the seller with this slug',
			},
			{
				displayName: 'Customer Cities',
				name: 'customerCities',
				type: 'string',
				default: '',
				placeholder: 'Denver, Boulder',
				description: 'Only orders whose customer is in these cities, separated by commas',
			},
			{
				displayName: 'Customer IDs',
				name: 'customers',
				type: 'string',
				default: '',
				placeholder: '101, 102',
				description: 'Only orders of these customers, separated by commas',
			},
			{
				displayName: 'Customer Manager IDs',
				name: 'customerManagers',
				type: 'string',
				default: '',
				placeholder: '22',
				description:
					'Only orders whose customer is managed by these staff members, separated by commas',
			},
			{
				displayName: 'Is Sample',
				name: 'isSample',
				description: 'Samples: true, Not Samples: false, Any: no filter',
				type: 'options',
				default: '',
				options: [
					{ name: 'Any', value: '' },
					{ name: 'Samples', value: 'true' },
					{ name: 'Not Samples', value: 'false' },
				],
			},
			{
				displayName: 'Order Created After',
				name: 'createdAfter',
				description: 'Only lines of orders created at or after this date and time (ISO 8601)',
				type: 'dateTime',
				default: '',
			},
			{
				displayName: 'Order Created Before',
				name: 'createdBefore',
				description: 'Only lines of orders created at or before this date and time (ISO 8601)',
				type: 'dateTime',
				default: '',
			},
			{
				displayName: 'Order Modified After',
				name: 'modifiedAfter',
				description: 'Only lines of orders changed at or after this date and time (ISO 8601)',
				type: 'dateTime',
				default: '',
			},
			{
				displayName: 'Order Modified Before',
				name: 'modifiedBefore',
				description: 'Only lines of orders changed at or before this date and time (ISO 8601)',
				type: 'dateTime',
				default: '',
			},
			{
				displayName: 'Order Service Zone ID',
				name: 'serviceZone',
				description: 'Only lines of orders in this service zone (a whole-number ID)',
				type: 'number',
				default: 0,
			},
			{
				displayName: 'Order Shipped After',
				name: 'shipAfter',
				description: 'Only lines of orders shipped at or after this date (ISO 8601)',
				type: 'dateTime',
				default: '',
			},
			{
				displayName: 'Order Shipped Before',
				name: 'shipBefore',
				description: 'Only lines of orders shipped at or before this date (ISO 8601)',
				type: 'dateTime',
				default: '',
			},
			{
				displayName: 'Orders',
				name: 'orders',
				type: 'string',
				default: '',
				description: 'Order numbers or seller order numbers, separated by commas',
			},
			{
				displayName: 'Product ID',
				name: 'productId',
				type: 'number',
				default: 0,
				description: 'Only line items of this product',
			},
			{
				displayName: 'Product Name',
				name: 'productName',
				type: 'string',
				default: '',
				description: 'Only line items of the product with this name',
			},
		],
	},
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		displayOptions: allOnly,
		options: [
			{
				displayName: 'Expand Product',
				name: 'expandProduct',
				type: 'boolean',
				default: false,
				description: 'Whether to embed the full product instead of its ID',
			},
		],
	},
	...outputFields,
];

function globalQuery(ctx: IExecuteFunctions, itemIndex: number): Query {
	const filters = ctx.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const options = ctx.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const product = optionalId(ctx, itemIndex, filters.productId || undefined, 'Product ID');
	const cities = toList(filters.customerCities);
	const orders = toList(filters.orders);
	return {
		product_id: product === undefined ? undefined : String(product),
		product__name: textFilter(filters.productName),
		order: orders.length ? orders.join(',') : undefined,
		is_sample: booleanFilter(filters.isSample),
		order__customers: idListFilter(ctx, itemIndex, filters.customers, 'Customer IDs'),
		order__customer__managers: idListFilter(
			ctx,
			itemIndex,
			filters.customerManagers,
			'Customer Manager IDs',
		),
		order__customer__cities: cities.length ? cities.join(',') : undefined,
		order__service_zone: optionalId(
			ctx,
			itemIndex,
			filters.serviceZone || undefined,
			'Order Service Zone ID',
		),
		company_slug: textFilter(filters.companySlug),
		expand: options.expandProduct ? 'product' : undefined,
		...dateRangeFilters(ctx, itemIndex, filters, [
			['createdAfter', 'order__created_on__gte', 'Order Created After'],
			['createdBefore', 'order__created_on__lte', 'Order Created Before'],
			['modifiedAfter', 'order__modified__gte', 'Order Modified After'],
			['modifiedBefore', 'order__modified__lte', 'Order Modified Before'],
			['shipAfter', 'order__ship_date__gte', 'Order Shipped After'],
			['shipBefore', 'order__ship_date__lte', 'Order Shipped Before'],
		]),
	};
}

export async function execute(this: IExecuteFunctions, client: LeafLinkClient, itemIndex: number) {
	const scope = this.getNodeParameter('scope', itemIndex, 'all') as string;
	let lines: IDataObject[];
	if (scope === 'order') {
		const number = orderNumberOf(this, itemIndex);
		// LeafLink answers the line items of one order as one bare list
		lines = await client.getList(
			`/orders-received/${number}/line-items/`,
			{},
			{ returnAll: true, operation: 'Get the line items of an order', itemIndex },
		);
	} else {
		const qs = globalQuery(this, itemIndex);
		lines = await getListFromParameters(
			this,
			client,
			itemIndex,
			'/line-items/',
			qs,
			'Get many line items',
		);
	}
	return outputLines(this, itemIndex, lines);
}
