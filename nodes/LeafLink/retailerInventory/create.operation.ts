import { createRecordOperation } from '../shared/operations';
import { retailerInventoryFields } from './shared';

// LeafLink requires every field of a retailer inventory record
const order = [
	'company',
	'name',
	'sku',
	'brand',
	'quantity',
	'unit_of_measure',
	'is_low',
	'source',
];

export const { description, execute } = createRecordOperation({
	path: '/retailer-inventory/',
	label: 'retailer inventory record',
	required: order.map((name) => retailerInventoryFields.find((f) => f.name === name)!),
	optional: [],
});
