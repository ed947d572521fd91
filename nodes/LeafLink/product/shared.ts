import type { IDataObject } from 'n8n-workflow';
import { amountOf } from '../shared/money';

function idOf(value: unknown): IDataObject[string] {
	const id = value !== null && typeof value === 'object' ? (value as IDataObject).id : value;
	return (id ?? null) as IDataObject[string];
}

/** The fields a person reads first: identity, menu placement, stock, prices as plain numbers. */
export function simplifyProduct(product: IDataObject): IDataObject {
	const license = product.license as IDataObject | number | null | undefined;
	const wholesale = product.wholesale_price as IDataObject | undefined;
	return {
		id: product.id,
		name: product.name,
		sku: product.sku,
		display_name: product.display_name,
		seller_internal_id: product.seller_internal_id ?? null,
		listing_state: product.listing_state,
		is_archived: product.listing_state === 'Archived',
		seller: idOf(product.seller),
		brand: idOf(product.brand),
		product_line: idOf(product.product_line) ?? null,
		category: idOf(product.category),
		sub_category: idOf(product.sub_category) ?? null,
		strains: product.strains ?? [],
		strain_classification: product.strain_classification,
		license_id: license !== null && typeof license === 'object' ? license.id : (license ?? null),
		license_number:
			license !== null && typeof license === 'object' ? (license.number ?? null) : null,
		parent: idOf(product.parent) ?? null,
		quantity: amountOf(product.quantity),
		reserved_qty: amountOf(product.reserved_qty),
		available_inventory: amountOf(product.available_inventory),
		inventory_management: product.inventory_management,
		unit_of_measure: product.unit_of_measure,
		base_units_per_unit: amountOf(product.base_units_per_unit),
		unit_multiplier: product.unit_multiplier,
		sell_in_unit_of_measure: product.sell_in_unit_of_measure ?? null,
		wholesale_price: amountOf(product.wholesale_price),
		retail_price: amountOf(product.retail_price),
		sale_price: amountOf(product.sale_price),
		currency: wholesale?.currency ?? 'USD',
		minimum_order: amountOf(product.minimum_order),
		maximum_order: amountOf(product.maximum_order),
		external_ids: product.external_ids ?? {},
		created_on: product.created_on,
		modified: product.modified,
	};
}
