import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import type { LeafLinkClient, Query } from '../transport';
import { getListFromParameters, listFields } from '../shared/listing';
import type { FilterSpec } from '../shared/filters';
import { createdModifiedFilters, filterQuery, filtersCollection } from '../shared/filters';
import { orderLocator, orderNumberOf } from '../shared/locators';
import { optionsCollection } from '../shared/output';
import { expandProductOption, outputFields, outputLines } from './shared';

const allOnly = { show: { scope: ['all'] } };

const { created, modified } = createdModifiedFilters('lines of orders', {
	when: 'this date and time (ISO 8601)',
	of: { displayName: 'Order ', param: 'order__' },
});

const filters: FilterSpec[] = [
	{
		name: 'companySlug',
		displayName: 'Company Slug',
		kind: 'text',
		param: 'company_slug',
		description: 'Only line items of the seller with this slug',
	},
	{
		name: 'customerCities',
		displayName: 'Customer Cities',
		kind: 'textList',
		param: 'order__customer__cities',
		placeholder: 'Denver, Boulder',
		description: 'Only orders whose customer is in these cities, separated by commas',
	},
	{
		name: 'customers',
		displayName: 'Customer IDs',
		kind: 'idList',
		param: 'order__customers',
		placeholder: '101, 102',
		description: 'Only orders of these customers, separated by commas',
	},
	{
		name: 'customerManagers',
		displayName: 'Customer Manager IDs',
		kind: 'idList',
		param: 'order__customer__managers',
		placeholder: '22',
		description:
			'Only orders whose customer is managed by these staff members, separated by commas',
	},
	{
		name: 'isSample',
		displayName: 'Is Sample',
		kind: 'yesNo',
		param: 'is_sample',
		labels: ['Any', 'Samples', 'Not Samples'],
		description: 'Samples: true, Not Samples: false, Any: no filter',
	},
	...created,
	...modified,
	{
		name: 'serviceZone',
		displayName: 'Order Service Zone ID',
		kind: 'id',
		param: 'order__service_zone',
		description: 'Only lines of orders in this service zone (a whole-number ID)',
	},
	{
		name: 'shipAfter',
		displayName: 'Order Shipped After',
		kind: 'dateTime',
		param: 'order__ship_date__gte',
		description: 'Only lines of orders shipped at or after this date (ISO 8601)',
	},
	{
		name: 'shipBefore',
		displayName: 'Order Shipped Before',
		kind: 'dateTime',
		param: 'order__ship_date__lte',
		description: 'Only lines of orders shipped at or before this date (ISO 8601)',
	},
	{
		name: 'orders',
		displayName: 'Orders',
		kind: 'textList',
		param: 'order',
		description: 'Order numbers or seller order numbers, separated by commas',
	},
	{
		name: 'productId',
		displayName: 'Product ID',
		kind: 'id',
		param: 'product_id',
		description: 'Only line items of this product',
	},
	{
		name: 'productName',
		displayName: 'Product Name',
		kind: 'text',
		param: 'product__name',
		description: 'Only line items of the product with this name',
	},
];

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
	filtersCollection(filters, { displayOptions: allOnly }),
	optionsCollection([expandProductOption], { displayOptions: allOnly }),
	...outputFields,
];

function globalQuery(ctx: IExecuteFunctions, itemIndex: number): Query {
	const values = ctx.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const options = ctx.getNodeParameter('options', itemIndex, {}) as IDataObject;
	return {
		...filterQuery(ctx, itemIndex, filters, values),
		expand: options.expandProduct ? 'product' : undefined,
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
