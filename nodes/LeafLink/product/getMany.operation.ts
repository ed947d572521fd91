import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import type { LeafLinkClient, Query } from '../transport';
import { externalIdFilter, externalIdFilterFields } from '../shared/externalIds';
import { getListFromParameters, listFields } from '../shared/listing';
import {
	outputFields,
	responseShapeQuery,
	selectedFieldsQuery,
	shapeOutput,
} from '../shared/output';
import { fail, isBlank, optionalId, toList } from '../shared/validators';
import { anyYesNo, dateRangeFilters, textFilter, yesNoFilter } from '../shared/filters';
import { LISTING_STATES } from './fields';
import { productOutputOptions } from './get.operation';
import { simplifyProduct } from './shared';

const idDropdown = (
	displayName: string,
	name: string,
	method: string,
	what: string,
	dependsOn?: string[],
): INodeProperties => ({
	displayName,
	name,
	type: 'options',
	typeOptions: {
		loadOptionsMethod: method,
		...(dependsOn ? { loadOptionsDependsOn: dependsOn } : {}),
	},
	default: '',
	description: `Only products of this ${what}. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.`,
});

const filterOptions: INodeProperties[] = [
	anyYesNo('Archived', 'archived', 'Whether the product is archived'),
	idDropdown('Brand Name or ID', 'brand', 'loadBrands', 'brand'),
	{
		displayName: 'Buyer Company ID',
		name: 'buyer',
		type: 'number',
		default: 0,
		description: 'Only products this buyer can see, with its price schedule price',
	},
	idDropdown('Category Name or ID', 'category', 'loadProductCategories', 'category'),
	{
		displayName: 'Company ID',
		name: 'company',
		type: 'number',
		default: 0,
		description: 'Only products of this seller company',
	},
	{
		displayName: 'Created After',
		name: 'createdAfter',
		type: 'dateTime',
		default: '',
		description: 'Only products created at or after this time',
	},
	{
		displayName: 'Created Before',
		name: 'createdBefore',
		type: 'dateTime',
		default: '',
		description: 'Only products created at or before this time',
	},
	{
		displayName: 'Display Name',
		name: 'displayName',
		type: 'string',
		default: '',
		description: 'Display name (case insensitive)',
	},
	...externalIdFilterFields,
	anyYesNo('Has Children', 'hasChildren', 'Whether the product has varieties (child products)'),
	anyYesNo(
		'Is Parent Product',
		'parentIsNull',
		'Whether the product is a parent (has no parent itself)',
	),
	{
		displayName: 'Last Edited After',
		name: 'lastEditAfter',
		type: 'dateTime',
		default: '',
		description: 'Only products last edited at or after this time',
	},
	{
		displayName: 'Last Edited Before',
		name: 'lastEditBefore',
		type: 'dateTime',
		default: '',
		description: 'Only products last edited at or before this time',
	},
	idDropdown('License Name or ID', 'license', 'loadLicenses', 'license'),
	anyYesNo('License Missing', 'licenseIsNull', 'Whether the product has no license'),
	{
		displayName: 'Listing States',
		name: 'listingState',
		type: 'multiOptions',
		default: [],
		options: LISTING_STATES.map((s) => ({ name: s, value: s })),
		description: 'Only products in these listing states',
	},
	{
		displayName: 'Modified After',
		name: 'modifiedAfter',
		type: 'dateTime',
		default: '',
		description: 'Only products changed at or after this time',
	},
	{
		displayName: 'Modified Before',
		name: 'modifiedBefore',
		type: 'dateTime',
		default: '',
		description: 'Only products changed at or before this time',
	},
	{
		displayName: 'Name',
		name: 'name',
		type: 'string',
		default: '',
		description: 'Product name (case insensitive)',
	},
	{
		displayName: 'Parent Product ID',
		name: 'parent',
		type: 'number',
		default: 0,
		description: 'Only varieties of this parent product',
	},
	{
		displayName: 'Product ID',
		name: 'id',
		type: 'number',
		default: 0,
		description: 'Only the product with this ID',
	},
	idDropdown('Product Line Name or ID', 'productLine', 'loadProductLines', 'product line'),
	{
		displayName: 'Search',
		name: 'search',
		type: 'string',
		default: '',
		description: 'A search term',
	},
	{
		displayName: 'Seller Internal ID',
		name: 'sellerInternalId',
		type: 'string',
		default: '',
		description: 'Your internal product ID',
	},
	{
		displayName: 'SKUs',
		name: 'sku',
		type: 'string',
		default: '',
		placeholder: 'GLF-FLW-BD-35, GLF-PR-BD-1',
		description: 'One or more SKUs, separated by commas',
	},
	idDropdown('Strain Name or ID', 'strain', 'loadStrains', 'strain'),
	idDropdown('Subcategory Name or ID', 'subCategory', 'loadProductSubcategories', 'subcategory', [
		'filters.category',
	]),
	anyYesNo('Subcategory Missing', 'subCategoryIsNull', 'Whether the product has no subcategory'),
];

export const description: INodeProperties[] = [
	...listFields('products'),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: filterOptions,
	},
	productOutputOptions,
	...outputFields(),
];

/** The spec types the ID filters as one number each, so a list given for one of them is refused rather than narrowed silently. */
function singleId(
	ctx: IExecuteFunctions,
	itemIndex: number,
	raw: unknown,
	label: string,
): number | undefined {
	if (isBlank(raw) || raw === 0 || raw === '0') return undefined;
	if (typeof raw === 'string' && raw.includes(',')) {
		fail(
			ctx,
			itemIndex,
			`${label} takes one ID, not a list ("${raw}")`,
			'LeafLink filters products by one ID here; run the node once per ID (one item each) instead.',
		);
	}
	return optionalId(ctx, itemIndex, raw, label);
}

export function productListQuery(
	ctx: IExecuteFunctions,
	itemIndex: number,
	filters: IDataObject,
): Query {
	const skus = toList(filters.sku);
	for (const sku of skus)
		if (sku.length > 255)
			fail(ctx, itemIndex, `SKUs: "${sku.slice(0, 20)}…" is longer than 255 characters`);
	return {
		sku: skus,
		name: textFilter(filters.name),
		display_name: textFilter(filters.displayName),
		search: textFilter(filters.search),
		seller_internal_id: textFilter(filters.sellerInternalId),
		id: singleId(ctx, itemIndex, filters.id, 'Product ID'),
		brand: singleId(ctx, itemIndex, filters.brand, 'Brand'),
		company: singleId(ctx, itemIndex, filters.company, 'Company ID'),
		buyer: singleId(ctx, itemIndex, filters.buyer, 'Buyer Company ID'),
		category: singleId(ctx, itemIndex, filters.category, 'Category'),
		sub_category: singleId(ctx, itemIndex, filters.subCategory, 'Subcategory'),
		product_line: singleId(ctx, itemIndex, filters.productLine, 'Product Line'),
		strains: singleId(ctx, itemIndex, filters.strain, 'Strain'),
		license: singleId(ctx, itemIndex, filters.license, 'License'),
		parent: singleId(ctx, itemIndex, filters.parent, 'Parent Product ID'),
		parent__isnull: yesNoFilter(ctx, itemIndex, filters.parentIsNull, 'Is Parent Product'),
		has_children: yesNoFilter(ctx, itemIndex, filters.hasChildren, 'Has Children'),
		sub_category__isnull: yesNoFilter(
			ctx,
			itemIndex,
			filters.subCategoryIsNull,
			'Subcategory Missing',
		),
		license__isnull: yesNoFilter(ctx, itemIndex, filters.licenseIsNull, 'License Missing'),
		archived: yesNoFilter(ctx, itemIndex, filters.archived, 'Archived'),
		listing_state: toList(filters.listingState),
		...dateRangeFilters(ctx, itemIndex, filters, [
			['modifiedAfter', 'modified__gte', 'Modified After'],
			['modifiedBefore', 'modified__lte', 'Modified Before'],
			['lastEditAfter', 'last_edit__gte', 'Last Edited After'],
			['lastEditBefore', 'last_edit__lte', 'Last Edited Before'],
			['createdAfter', 'created_on__gte', 'Created After'],
			['createdBefore', 'created_on__lte', 'Created Before'],
		]),
		...externalIdFilter(ctx, itemIndex, filters),
	};
}

export async function execute(this: IExecuteFunctions, client: LeafLinkClient, itemIndex: number) {
	const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const qs = {
		...productListQuery(this, itemIndex, filters),
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
