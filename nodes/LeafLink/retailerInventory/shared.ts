import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { searchList } from '../shared/lookups';
import type { FieldSpec, RecordTarget } from '../shared/records';
import { idLocator } from '../shared/records';

export const retailerInventoryLocator = idLocator({
	name: 'retailerInventoryId',
	displayName: 'Retailer Inventory Record',
	searchListMethod: 'searchRetailerInventory',
	placeholder: 'e.g. 951',
});

export const retailerInventoryTarget: RecordTarget = { locator: retailerInventoryLocator, path: '/retailer-inventory/', label: 'retailer inventory record' };

export const retailerInventoryFields: FieldSpec[] = [
	{ name: 'brand', displayName: 'Brand', kind: 'string', maxLength: 400, description: "The product's brand name" },
	{ name: 'company', displayName: 'Retailer Company ID', kind: 'id', description: 'The retailer company holding the stock' },
	{ name: 'is_low', displayName: 'Is Low', kind: 'boolean', description: 'Whether the stock level is low' },
	{ name: 'name', displayName: 'Product Name', kind: 'string', maxLength: 400 },
	{ name: 'quantity', displayName: 'Quantity', kind: 'integer', min: 0, description: 'Units in stock' },
	{ name: 'sku', displayName: 'SKU', kind: 'string', maxLength: 400 },
	{ name: 'source', displayName: 'Source', kind: 'string', maxLength: 400, placeholder: 'pos', description: 'The system the figures come from' },
	{ name: 'unit_of_measure', displayName: 'Unit of Measure', kind: 'string', maxLength: 400, placeholder: 'Unit' },
];

export async function searchRetailerInventory(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	const result = await searchList(this, '/retailer-inventory/', {}, paginationToken, (r: IDataObject) =>
		`${String(r.name ?? r.id)}${r.sku ? ` · ${String(r.sku)}` : ''}${r.quantity !== undefined ? ` · ${String(r.quantity)}` : ''}`,
	);
	if (filter) result.results = result.results.filter((r) => r.name.toLowerCase().includes(filter.toLowerCase()));
	return result;
}
