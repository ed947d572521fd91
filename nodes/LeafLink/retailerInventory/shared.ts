import type { FieldSpec } from '../shared/fields';
import type { RecordTarget } from '../shared/operations';
import { idLocator } from '../shared/locators';

export const retailerInventoryLocator = idLocator({
	name: 'retailerInventoryId',
	displayName: 'Retailer Inventory Record',
	searchListMethod: 'searchRetailerInventory',
	placeholder: 'e.g. 951',
});

export const retailerInventoryTarget: RecordTarget = {
	locator: retailerInventoryLocator,
	path: '/retailer-inventory/',
	label: 'retailer inventory record',
};

export const retailerInventoryFields: FieldSpec[] = [
	{
		name: 'brand',
		displayName: 'Brand',
		kind: 'string',
		maxLength: 400,
		description: "The product's brand name",
	},
	{
		name: 'company',
		displayName: 'Retailer Company ID',
		kind: 'id',
		description: 'The retailer company holding the stock',
	},
	{
		name: 'is_low',
		displayName: 'Is Low',
		kind: 'boolean',
		description: 'Whether the stock level is low',
	},
	{ name: 'name', displayName: 'Product Name', kind: 'string', maxLength: 400 },
	{
		name: 'quantity',
		displayName: 'Quantity',
		kind: 'integer',
		min: 0,
		description: 'Units in stock',
	},
	{ name: 'sku', displayName: 'SKU', kind: 'string', maxLength: 400 },
	{
		name: 'source',
		displayName: 'Source',
		kind: 'string',
		maxLength: 400,
		placeholder: 'pos',
		description: 'The system the figures come from',
	},
	{
		name: 'unit_of_measure',
		displayName: 'Unit of Measure',
		kind: 'string',
		maxLength: 400,
		placeholder: 'Unit',
	},
];
