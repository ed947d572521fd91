import type { IDataObject, INodeProperties } from 'n8n-workflow';
import type { FieldSpec } from '../shared/fields';
import { fieldProperties, fieldProperty, moreThanZero } from '../shared/fields';
import { isBlank } from '../shared/validators';
import { STRAIN_CLASSIFICATIONS } from '../shared/choices';

/**
 * Product fields as LeafLink's field-mapping guide orders them: the fields it ranks first (priority 1), then its
 * "recommended" and optional ones. The guide's fields not to use (extern_acct_id, extern_income_acct_id,
 * s2s_conversion_amount, extern_sts_ids) are left out. body.ts turns them into a request body.
 */

export const UNITS_OF_MEASURE = [
	'Gram',
	'Kilogram',
	'Liter',
	'Milligram',
	'Milliliter',
	'Ounce',
	'Pound',
	'Unit',
] as const;

export const LISTING_STATES = [
	'Archived',
	'Available',
	'Backorder',
	'Internal',
	'Sample',
	'Unavailable',
] as const;

const UNIT_DENOMINATIONS: Array<[number, string]> = [
	[1, '1'],
	[2, '1/2'],
	[3, '1/4'],
	[4, '1/8'],
	[5, '3/4'],
	[6, '2'],
	[7, '3 1/2'],
	[8, '7'],
	[9, '14'],
	[10, '6'],
	[11, '28'],
	[12, '5 1/4'],
	[13, '4'],
	[14, '2 1/2'],
	[15, '8'],
	[16, '3 3/4'],
	[17, '1/10'],
	[18, '6/5'],
	[19, '3/2'],
	[20, '2/10'],
	[21, '1/5'],
	[22, '1/3'],
	[23, '1/6'],
	[24, '3/10'],
	[25, '4/10'],
];

/** LeafLink's values as choices, each shown capitalised. */
const choicesOf = (values: readonly string[]) =>
	values.map((value) => ({ name: value.charAt(0).toUpperCase() + value.slice(1), value }));

const baseUnitsPerUnit: FieldSpec = {
	name: 'base_units_per_unit',
	displayName: 'Base Units Per Unit',
	kind: 'quantity',
	min: 0,
	description:
		'Required with the generic "Unit" measure: base units (grams, or mg of cannabinoids for edibles and topicals) in each unit',
	check: moreThanZero('Give the number of base units (e.g. grams) in one unit.'),
};

/** The fields the guide ranks first; `subCategoryDependsOn` is where the form holds the category. */
function firstFields(subCategoryDependsOn: string): FieldSpec[] {
	return [
		{
			name: 'seller',
			displayName: 'Seller Company',
			kind: 'dropdown',
			method: 'loadCompanies',
			description: 'Your company, listing the product',
		},
		{
			name: 'name',
			displayName: 'Name',
			kind: 'string',
			description: 'Product name shown to buyers',
		},
		{
			name: 'sku',
			displayName: 'SKU',
			kind: 'string',
			maxLength: 255,
			description: 'Your unique identifier for the product (no commas, at most 255 characters)',
			check: (value, label) =>
				String(value).includes(',')
					? {
							message: `${label} may not contain commas: "${String(value)}"`,
							hint: 'LeafLink does not support commas in SKUs.',
						}
					: undefined,
		},
		{
			name: 'brand',
			displayName: 'Brand',
			kind: 'dropdown',
			method: 'loadBrands',
			description: 'Brand of the product',
		},
		{
			name: 'category',
			displayName: 'Category',
			kind: 'dropdown',
			method: 'loadProductCategories',
			description: 'Product category (IDs differ per LeafLink environment)',
		},
		{
			name: 'sub_category',
			displayName: 'Subcategory',
			kind: 'dropdown',
			method: 'loadProductSubcategories',
			dependsOn: [subCategoryDependsOn],
			description: 'Subcategory, listed for the chosen category',
		},
		{
			name: 'unit_of_measure',
			displayName: 'Unit of Measure',
			kind: 'options',
			options: choicesOf(UNITS_OF_MEASURE),
			default: 'Unit',
			description:
				'Base unit of measure (recommended default: Unit). With the generic "Unit", also give Base Units Per Unit.',
		},
		{
			name: 'license',
			displayName: 'License',
			kind: 'dropdown',
			method: 'loadLicenses',
			description: 'License the product is sold under; required for the product to show on menus',
		},
		{
			name: 'listing_state',
			displayName: 'Listing State',
			kind: 'options',
			options: choicesOf(LISTING_STATES),
			default: 'Available',
			description:
				'"Available" (the recommended default) lists the product; "Internal" hides it from buyers but lets you add it to orders',
		},
		{
			name: 'wholesale_price',
			displayName: 'Wholesale Price',
			kind: 'money',
			min: 0,
			twoDecimals: true,
			description: 'Wholesale price shown to buyers',
		},
	];
}

/** Required by LeafLink and marked so on Create; Unit of Measure and Listing State have a recommended default instead. */
const MARKED_REQUIRED = [
	'seller',
	'name',
	'sku',
	'brand',
	'category',
	'sub_category',
	'license',
	'wholesale_price',
];

const price = (name: string, displayName: string, description: string): FieldSpec => ({
	name,
	displayName,
	kind: 'money',
	min: 0,
	twoDecimals: true,
	description,
});

/** The guide's "recommended" and optional fields. */
const optionalFields: FieldSpec[] = [
	{
		name: 'allow_fractional_quantities',
		displayName: 'Allow Fractional Quantities',
		kind: 'boolean',
		description: 'Whether buyers may order fractions (recommended for bulk flower)',
	},
	{
		name: 'AVAILABLE_FOR_SAMPLES',
		displayName: 'Available for Samples',
		kind: 'boolean',
		default: true,
		description:
			'Whether the product can be requested as a sample (some markets, e.g. Canada and OH, do not allow samples)',
	},
	baseUnitsPerUnit,
	{
		name: 'currency',
		displayName: 'Currency',
		kind: 'currency',
		description: 'Currency of the prices',
	},
	{
		name: 'description',
		displayName: 'Description',
		kind: 'text',
		description: 'Product description (HTML allowed). The recommended default is the product name.',
	},
	{
		name: 'drop_date',
		displayName: 'Drop Date',
		kind: 'dateTime',
		description: 'When an Unavailable product turns Available',
	},
	{
		name: 'externalIds',
		displayName: 'External IDs',
		kind: 'externalIds',
		sendAs: 'external_ids',
	},
	{
		name: 'featured',
		displayName: 'Featured',
		kind: 'boolean',
		description: 'Whether the product is featured on your menu',
	},
	{
		name: 'grow_type',
		displayName: 'Grow Type ID',
		kind: 'id',
		default: 1,
		description: 'For flower: the ID of the type of grow operation',
	},
	{
		name: 'inventory_management',
		displayName: 'Inventory Management',
		kind: 'options',
		options: [
			{ name: 'Inherited (From Parent)', value: '3' },
			{ name: 'Managed (Track Quantity)', value: '1' },
			{ name: 'Unlimited', value: '2' },
		],
		default: '1',
		description: 'How LeafLink tracks stock. With Managed, set Quantity.',
	},
	{
		name: 'manufacturer',
		displayName: 'Manufacturer Company',
		kind: 'dropdown',
		method: 'loadCompanies',
		description: 'Company that made the product; the recommended default is the seller',
	},
	{
		name: 'maximum_order',
		displayName: 'Maximum Order',
		kind: 'quantity',
		min: 0,
		default: 100000,
		description: 'Most units per order (recommended default 100000)',
	},
	{
		name: 'minimum_order',
		displayName: 'Minimum Order',
		kind: 'quantity',
		min: 0,
		default: 0.01,
		description: 'Fewest units per order (recommended default 0.01)',
	},
	{
		name: 'parent',
		displayName: 'Parent Product ID',
		kind: 'id',
		asObjects: true,
		default: 1,
		description: 'Make this product a variety (size) of this parent product',
	},
	{
		name: 'product_line',
		displayName: 'Product Line',
		kind: 'dropdown',
		method: 'loadProductLines',
		description: 'Product line on your menu; recommended for navigation and reporting',
	},
	{
		name: 'product_data_items',
		displayName: 'Product Specifications (JSON)',
		kind: 'jsonList',
		description:
			'Array of specifications, e.g. [{"spec_type": "thc", "decimal_value": "22.5", "dosage_unit": "%"}]; replaces the existing ones',
		check: (value, label) => {
			const n = (value as IDataObject[]).findIndex((item) => isBlank(item.spec_type));
			return n < 0
				? undefined
				: {
						message: `${label}: item ${n + 1} needs a "spec_type"`,
						hint: 'e.g. {"spec_type": "thc", "decimal_value": "22.5", "dosage_unit": "%"}',
					};
		},
	},
	{
		name: 'quantity',
		displayName: 'Quantity',
		kind: 'quantity',
		min: 0,
		description: 'Inventory level, for managed inventory',
	},
	price('retail_price', 'Retail Price', 'Suggested retail price (MSRP); recommended default 0.00'),
	price('sale_price', 'Sale Price', 'Sale price shown to buyers; recommended default 0.00'),
	{
		name: 'sell_in_unit_of_measure',
		displayName: 'Sell In Unit of Measure',
		kind: 'options',
		options: choicesOf(['Case']),
		description:
			'Set to Case when selling in cases; required when Unit Multiplier is greater than 1',
	},
	{
		name: 'seller_internal_id',
		displayName: 'Seller Internal ID',
		kind: 'string',
		description: 'Your internal product ID',
	},
	{
		name: 'show_quantity',
		displayName: 'Show Quantity',
		kind: 'boolean',
		default: true,
		description: 'Whether buyers see inventory quantities',
	},
	{
		name: 'strain_classification',
		displayName: 'Strain Classification',
		kind: 'options',
		options: STRAIN_CLASSIFICATIONS,
		default: 'na',
		description: 'Recommended default: Not Applicable',
	},
	{
		name: 'strains',
		displayName: 'Strain',
		kind: 'dropdownList',
		method: 'loadStrains',
		description: 'Strains of the product; required for the Flower category',
	},
	{
		name: 'tagline',
		displayName: 'Tagline',
		kind: 'string',
		description: 'One line shown when the product is featured',
	},
	{
		name: 'threshold_action',
		displayName: 'Threshold Action',
		kind: 'options',
		options: choicesOf(['backorder', 'default', 'internal', 'unavailable']),
		default: 'unavailable',
		description: 'What happens when inventory falls below the Threshold Value',
	},
	{
		name: 'threshold_value',
		displayName: 'Threshold Value',
		kind: 'integer',
		min: 0,
		description: 'Inventory level below which the Threshold Action applies',
	},
	{
		name: 'reverse_threshold_action',
		displayName: 'Reverse Threshold Action',
		kind: 'options',
		options: choicesOf(['available', 'default', 'internal']),
		default: 'available',
		description: 'What happens when inventory rises above the Reverse Threshold Value',
	},
	{
		name: 'reverse_threshold_value',
		displayName: 'Reverse Threshold Value',
		kind: 'integer',
		min: 0,
		default: 1,
		description: 'Inventory level above which the Reverse Threshold Action applies',
	},
	{
		name: 'unit_denomination',
		displayName: 'Unit Denomination',
		kind: 'options',
		options: UNIT_DENOMINATIONS.map(([value, name]) => ({ name, value })).sort((a, b) =>
			a.name.localeCompare(b.name),
		),
		default: 1,
		description:
			'Size of one unit in the unit of measure (e.g. 3 1/2 grams); recommended default 1',
	},
	{
		name: 'unit_multiplier',
		displayName: 'Unit Multiplier',
		kind: 'integer',
		min: 1,
		description:
			'Units per case when selling in cases; 1 when not. Above 1, set Sell In Unit of Measure to Case.',
	},
];

/** Every product field, for reading a body (the Subcategory's dependency only matters to the editor). */
export const productFields: FieldSpec[] = [...firstFields('category'), ...optionalFields];

/** The fields the guide ranks first, at the top of Create (Base Units Per Unit under the generic Unit measure). */
export function productRequiredProperties(): INodeProperties[] {
	return firstFields('category').flatMap((spec) => {
		const property = fieldProperty(spec, MARKED_REQUIRED.includes(spec.name));
		if (spec.name !== 'unit_of_measure') return [property];
		return [
			property,
			{
				...fieldProperty(baseUnitsPerUnit),
				displayOptions: { show: { unit_of_measure: ['Unit'] } },
			},
		];
	});
}

/** Additional Fields on Create: the optional fields (Base Units Per Unit is at the top). */
export function productOptionalProperties(): INodeProperties[] {
	return fieldProperties(optionalFields.filter((spec) => spec !== baseUnitsPerUnit));
}

/** Update Fields: every product field, sorted. */
export function productUpdateProperties(): INodeProperties[] {
	return fieldProperties([...firstFields('updateFields.category'), ...optionalFields]);
}
