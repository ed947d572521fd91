import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import type { LeafLinkClient } from '../transport';
import { externalIdFilters } from '../shared/externalIds';
import { getListFromParameters, listFields } from '../shared/listing';
import {
	outputFields,
	responseShapeQuery,
	selectedFieldsQuery,
	shapeOutput,
} from '../shared/output';
import type { FilterSpec } from '../shared/filters';
import {
	createdModifiedFilters,
	dropdownIdFilter,
	filter,
	filterQuery,
	filtersCollection,
} from '../shared/filters';
import { LISTING_STATES } from './fields';
import { productOutputOptions } from './get.operation';
import { simplifyProduct } from './shared';

/** A product filter picked from a dropdown of the company's records. */
const dropdown = (
	name: string,
	displayName: string,
	label: string,
	param: string,
	loadOptionsMethod: string,
	what: string,
	loadOptionsDependsOn?: string[],
): FilterSpec =>
	dropdownIdFilter({
		name,
		displayName,
		label,
		param,
		loadOptionsMethod,
		records: 'products',
		what,
		loadOptionsDependsOn,
	});

const { created, modified } = createdModifiedFilters('products');

const filters: FilterSpec[] = [
	filter('yesNo', 'archived', 'archived', 'Archived', 'Whether the product is archived'),
	dropdown('brand', 'Brand Name or ID', 'Brand', 'brand', 'loadBrands', 'brand'),
	filter(
		'id',
		'buyer',
		'buyer',
		'Buyer Company ID',
		'Only products this buyer can see, with its price schedule price',
	),
	dropdown(
		'category',
		'Category Name or ID',
		'Category',
		'category',
		'loadProductCategories',
		'category',
	),
	filter('id', 'company', 'company', 'Company ID', 'Only products of this seller company'),
	...created,
	filter('text', 'displayName', 'display_name', 'Display Name', 'Display name (case insensitive)'),
	...externalIdFilters,
	filter(
		'yesNo',
		'hasChildren',
		'has_children',
		'Has Children',
		'Whether the product has varieties (child products)',
	),
	filter(
		'yesNo',
		'parentIsNull',
		'parent__isnull',
		'Is Parent Product',
		'Whether the product is a parent (has no parent itself)',
	),
	{
		name: 'lastEditAfter',
		displayName: 'Last Edited After',
		kind: 'dateTime',
		param: 'last_edit__gte',
		description: 'Only products last edited at or after this time',
	},
	{
		name: 'lastEditBefore',
		displayName: 'Last Edited Before',
		kind: 'dateTime',
		param: 'last_edit__lte',
		description: 'Only products last edited at or before this time',
	},
	dropdown('license', 'License Name or ID', 'License', 'license', 'loadLicenses', 'license'),
	filter(
		'yesNo',
		'licenseIsNull',
		'license__isnull',
		'License Missing',
		'Whether the product has no license',
	),
	{
		name: 'listingState',
		displayName: 'Listing States',
		kind: 'multiOptions',
		param: 'listing_state',
		options: LISTING_STATES.map((s) => ({ name: s, value: s })),
		description: 'Only products in these listing states',
	},
	...modified,
	filter('text', 'name', 'name', 'Name', 'Product name (case insensitive)'),
	filter('id', 'parent', 'parent', 'Parent Product ID', 'Only varieties of this parent product'),
	filter('id', 'id', 'id', 'Product ID', 'Only the product with this ID'),
	dropdown(
		'productLine',
		'Product Line Name or ID',
		'Product Line',
		'product_line',
		'loadProductLines',
		'product line',
	),
	filter('text', 'search', 'search', 'Search', 'A search term'),
	filter(
		'text',
		'sellerInternalId',
		'seller_internal_id',
		'Seller Internal ID',
		'Your internal product ID',
	),
	{
		name: 'sku',
		displayName: 'SKUs',
		kind: 'textList',
		param: 'sku',
		maxLength: 255,
		placeholder: 'GLF-FLW-BD-35, GLF-PR-BD-1',
		description: 'One or more SKUs, separated by commas',
	},
	dropdown('strain', 'Strain Name or ID', 'Strain', 'strains', 'loadStrains', 'strain'),
	dropdown(
		'subCategory',
		'Subcategory Name or ID',
		'Subcategory',
		'sub_category',
		'loadProductSubcategories',
		'subcategory',
		['filters.category'],
	),
	filter(
		'yesNo',
		'subCategoryIsNull',
		'sub_category__isnull',
		'Subcategory Missing',
		'Whether the product has no subcategory',
	),
];

export const description: INodeProperties[] = [
	...listFields('products'),
	filtersCollection(filters),
	productOutputOptions,
	...outputFields(),
];

export async function execute(this: IExecuteFunctions, client: LeafLinkClient, itemIndex: number) {
	const values = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const qs = {
		...filterQuery(this, itemIndex, filters, values),
		...responseShapeQuery(options),
		...selectedFieldsQuery(this, itemIndex, { simplify: simplifyProduct }, options),
	};
	const products = await getListFromParameters(
		this,
		client,
		itemIndex,
		'/products/',
		qs,
		'Get many products',
	);
	return shapeOutput(this, itemIndex, products, { simplify: simplifyProduct });
}
