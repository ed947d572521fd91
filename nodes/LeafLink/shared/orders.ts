import type { IDataObject } from 'n8n-workflow';
import type { FilterSpec } from './filters';
import type { PricingMode } from './linePricing';
import { simplifyLineItem } from './linePricing';
import { amountOf } from './money';

/** Orders as several resources (orders, buyer orders, line items, the polling trigger) read them. */

/** The filters Orders and Buyer Orders (Get Many) share. */
export const orderBrandFilter: FilterSpec = {
	name: 'brand',
	displayName: 'Brand ID',
	kind: 'id',
	param: 'brand',
	description: 'Only orders of this brand',
};

export const manualFilter: FilterSpec = {
	name: 'manual',
	displayName: 'Manually Created',
	kind: 'yesNo',
	param: 'manual',
	description: 'Whether the seller created the order by hand',
};

export const paidFilter: FilterSpec = {
	name: 'paid',
	displayName: 'Paid',
	kind: 'yesNo',
	param: 'paid',
	labels: ['Any', 'Paid', 'Unpaid'],
	description: 'Paid: true, Unpaid: false, Any: no filter',
};

export const salesRepFilter: FilterSpec = {
	name: 'salesRep',
	displayName: 'Sales Rep ID',
	kind: 'id',
	param: 'sales_rep',
	description: 'Only orders of this sales rep (company staff ID)',
};

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
		customer_id:
			typeof customer === 'object' && customer !== null ? customer.id : (customer ?? null),
		customer_name:
			typeof customer === 'object' && customer !== null
				? (customer.display_name ?? customer.name ?? null)
				: null,
		seller: order.seller,
		total: amountOf(order.total),
		currency: (order.total as IDataObject | undefined)?.currency ?? 'USD',
		discount: amountOf(order.discount),
		discount_type: order.discount_type ?? null,
		tax_amount: amountOf(order.tax_amount),
		shipping_charge: amountOf(order.shipping_charge),
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
