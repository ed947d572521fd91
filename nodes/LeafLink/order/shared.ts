import type {
	IDataObject,
	IExecuteFunctions,
	ILoadOptionsFunctions,
	INodeListSearchResult,
	INodeProperties,
} from 'n8n-workflow';
import { LeafLinkClient } from '../transport';
import { locatorValue, toUuid } from '../shared/params';
import { simplifyLineItem } from '../lineItem/pricing';
import type { PricingMode } from '../lineItem/pricing';

/** What LeafLink can embed in an order (include_children). */
export const ORDER_CHILDREN = [
	{ name: 'Customer', value: 'customer' },
	{ name: 'Line Items', value: 'line_items' },
	{ name: 'Sales Reps', value: 'sales_reps' },
];

export const ORDER_STATUSES = [
	'Draft',
	'Submitted',
	'Accepted',
	'Backorder',
	'Fulfilled',
	'Shipped',
	'Complete',
	'Rejected',
	'Combined',
	'Cancelled',
] as const;

const UUID_PATTERN = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';

/** The order an operation acts on: picked from a searchable list, by number, or from a LeafLink URL. */
export const orderLocator: INodeProperties = {
	displayName: 'Order',
	name: 'orderNumber',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	required: true,
	description: 'The order, addressed by its LeafLink number (a UUID)',
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			placeholder: 'Select an order...',
			typeOptions: { searchListMethod: 'searchOrders', searchable: true },
		},
		{
			displayName: 'By Number',
			name: 'id',
			type: 'string',
			placeholder: 'e.g. 3f0e2b1c-8a4d-4e6f-9b2a-1c2d3e4f5a6b',
			validation: [
				{
					type: 'regex',
					properties: { regex: `^\\s*${UUID_PATTERN}\\s*$`, errorMessage: 'An order number is a UUID' },
				},
			],
		},
		{
			displayName: 'By URL',
			name: 'url',
			type: 'string',
			placeholder: 'e.g. https://app.leaflink.com/c/my-company/orders/3f0e2b1c-8a4d-4e6f-9b2a-1c2d3e4f5a6b/',
			extractValue: { type: 'regex', regex: `(${UUID_PATTERN})` },
			validation: [
				{
					type: 'regex',
					properties: { regex: `^https?://.*${UUID_PATTERN}.*`, errorMessage: 'Not a LeafLink order URL' },
				},
			],
		},
	],
};

export function orderNumberOf(ctx: IExecuteFunctions, itemIndex: number): string {
	const raw = locatorValue(ctx, itemIndex, 'orderNumber');
	// a URL given in "By Number" mode still carries the number
	const text = typeof raw === 'string' ? (new RegExp(UUID_PATTERN).exec(raw)?.[0] ?? raw) : raw;
	return toUuid(ctx, itemIndex, text, 'Order');
}

export function orderPath(ctx: IExecuteFunctions, itemIndex: number): string {
	return `/orders-received/${orderNumberOf(ctx, itemIndex)}/`;
}

/** Searchable order list: newest first, filtered by LeafLink's order_id search (number or seller's number). */
export async function searchOrders(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const client = new LeafLinkClient(this);
	const offset = paginationToken ? Number(paginationToken) : 0;
	const page = await client.request<{ results: IDataObject[]; next?: string | null }>('GET', '/orders-received/', {
		qs: {
			limit: 50,
			offset,
			fields_include: 'number,short_id,status,customer,external_id_seller,created_on',
			...(filter ? { order_id: filter } : {}),
		},
		operation: 'Search orders',
	});
	return {
		results: (page.results ?? []).map((o) => {
			const customer = o.customer as IDataObject | undefined;
			const who = customer?.display_name ?? customer?.name ?? '';
			return {
				name: `${o.short_id ?? o.number} · ${o.status ?? ''}${who ? ` · ${who}` : ''}${o.external_id_seller ? ` · ${o.external_id_seller}` : ''}`,
				value: String(o.number),
			};
		}),
		paginationToken: page.next ? String(offset + 50) : undefined,
	};
}

function toNumberOrNull(value: unknown): number | null {
	if (value === undefined || value === null || value === '') return null;
	if (typeof value === 'object') return toNumberOrNull((value as IDataObject).amount);
	const n = Number(value);
	return Number.isFinite(n) ? n : null;
}

/**
 * The fields a person reads first, money as plain numbers, Cancelled and Rejected flagged. Line items (when the
 * order carries them) get LeafLink's pricing figures; `pricing` picks Unit or Sell-in-Multiples for their headline
 * price and quantity (anything else, e.g. an array index from `map`, means Unit).
 */
export function simplifyOrder(order: IDataObject, pricing: PricingMode = 'unit'): IDataObject {
	const customer = order.customer as IDataObject | number | undefined;
	const status = String(order.status ?? '');
	const lineItems = order.line_items as IDataObject[] | undefined;
	return {
		number: order.number,
		short_id: order.short_id,
		status,
		is_cancelled_or_rejected: status === 'Cancelled' || status === 'Rejected',
		external_id_seller: order.external_id_seller ?? null,
		external_ids: order.external_ids ?? {},
		customer_id: typeof customer === 'object' && customer !== null ? customer.id : (customer ?? null),
		customer_name:
			typeof customer === 'object' && customer !== null ? (customer.display_name ?? customer.name ?? null) : null,
		seller: order.seller,
		total: toNumberOrNull(order.total),
		currency: (order.total as IDataObject | undefined)?.currency ?? 'USD',
		discount: toNumberOrNull(order.discount),
		discount_type: order.discount_type ?? null,
		tax_amount: toNumberOrNull(order.tax_amount),
		shipping_charge: toNumberOrNull(order.shipping_charge),
		paid: order.paid ?? false,
		payment_term: order.payment_term ?? null,
		ship_date: order.ship_date ?? null,
		created_on: order.created_on,
		modified: order.modified,
		available_transitions: order.available_transitions ?? [],
		...(Array.isArray(lineItems) ? simplifyOrderLines(lineItems, pricing) : {}),
	};
}

/** Simplified line items and their sum (the order's subtotal before discount, tax and shipping). */
function simplifyOrderLines(lines: IDataObject[], mode: PricingMode): IDataObject {
	// line items are objects; an order fetched with fields_include may carry bare IDs, which stay as they are
	if (!lines.every((l) => l !== null && typeof l === 'object')) return { line_items: lines };
	const simplified = lines.map((line) => simplifyLineItem(line, mode));
	const subtotal = simplified.reduce((sum, line) => sum + Number(line.line_total ?? 0), 0);
	return { line_items: simplified, line_items_subtotal: Math.round(subtotal * 100) / 100 };
}
