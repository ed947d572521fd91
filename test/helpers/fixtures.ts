import type { IDataObject } from 'n8n-workflow';
import type { RunNodeOptions } from './engine';

/**
 * A Product Create with every field LeafLink's guide ranks first (valid against the emulator's seed); defaults
 * fill the rest. An edible sold per unit. Product Create or Update takes the same form.
 */
export const productCreateParams = (
	over: IDataObject = {},
	additional: IDataObject = {},
): RunNodeOptions['parameters'] => ({
	resource: 'product',
	operation: 'create',
	seller: 1,
	name: 'Mint Chocolate Bar 100mg',
	sku: 'GLF-EDB-MINT-100',
	brand: 12,
	category: 2,
	sub_category: 12,
	unit_of_measure: 'Unit',
	license: 62,
	listing_state: 'Available',
	wholesale_price: 9.5,
	applyDefaults: true,
	base_units_per_unit: 100,
	additionalFields: { ...additional },
	...over,
});
