import type { IDataObject, INodeProperties } from 'n8n-workflow';
import { amountOf } from './money';

/**
 * Line-item pricing as LeafLink advises, for sellers who sell in cases (`unit_multiplier` > 1):
 * the effective price is `sale_price` when it is above 0.00, else `ordered_unit_price`; that price and `quantity`
 * are per sold-in unit (e.g. a case of 12), so the single-unit price is the effective price / unit_multiplier and
 * the single-unit quantity is quantity × unit_multiplier. The line total is the same either way.
 */

export type PricingMode = 'unit' | 'sellInMultiples';

export const pricingOption: INodeProperties = {
	displayName: 'Line Item Pricing',
	name: 'pricing',
	type: 'options',
	default: 'unit',
	options: [
		{
			name: 'Unit',
			value: 'unit',
			description: 'Price and quantity per single unit (a case of 12 at $108 is 12 × $9)',
		},
		{
			name: 'Sell-in Multiples',
			value: 'sellInMultiples',
			description: 'Price and quantity per unit sold (a case of 12 at $108 is 1 × $108)',
		},
	],
	description:
		'Which figures the simplified line items show as price and quantity. Both are always included in full.',
};

const round = (n: number, places: number) => Math.round(n * 10 ** places) / 10 ** places;

export function asPricingMode(value: unknown): PricingMode {
	return value === 'sellInMultiples' ? 'sellInMultiples' : 'unit';
}

/** The pricing figures of one line item, added to what the simplified output shows. */
export function linePricing(line: IDataObject, mode: PricingMode = 'unit'): IDataObject {
	const ordered = amountOf(line.ordered_unit_price) ?? 0;
	const sale = amountOf(line.sale_price) ?? 0;
	const quantity = amountOf(line.quantity) ?? 0;
	const rawMultiplier = Number(line.unit_multiplier);
	const multiplier = Number.isFinite(rawMultiplier) && rawMultiplier > 1 ? rawMultiplier : 1;
	const effective = sale > 0 ? sale : ordered;
	const unitPrice = round(effective / multiplier, 4);
	const unitQuantity = round(quantity * multiplier, 4);
	const total = round(effective * quantity, 2);
	return {
		pricing: mode,
		price: mode === 'unit' ? unitPrice : effective,
		quantity: mode === 'unit' ? unitQuantity : quantity,
		line_total: total,
		on_sale: sale > 0,
		effective_price: effective,
		ordered_unit_price: ordered,
		sale_price: sale,
		unit_multiplier: multiplier,
		sold_in_quantity: quantity,
		single_unit_price: unitPrice,
		single_unit_quantity: unitQuantity,
	};
}

/** The fields a person reads first, with the pricing figures. */
export function simplifyLineItem(line: IDataObject, mode: PricingMode = 'unit'): IDataObject {
	const product = line.product as IDataObject | string | number | undefined;
	const frozen = ((line.frozen_data as IDataObject | undefined)?.product ?? {}) as IDataObject;
	const productObject = product !== null && typeof product === 'object' ? product : undefined;
	return {
		id: line.id,
		order: line.order ?? line.order_id ?? null,
		product_id: productObject ? productObject.id : (product ?? null),
		product_name: productObject?.name ?? frozen.name ?? null,
		sku: productObject?.sku ?? frozen.sku ?? null,
		...linePricing(line, mode),
		currency: (line.ordered_unit_price as IDataObject | undefined)?.currency ?? 'USD',
		unit_of_measure: line.unit_of_measure ?? null,
		is_sample: line.is_sample ?? false,
		notes: line.notes ?? null,
		batch: line.batch ?? null,
		is_packed: line.is_packed ?? false,
	};
}
