import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import type { LeafLinkClient } from '../transport';
import { externalIdPairs, externalIdsField } from '../shared/externalIds';
import { dropdownField } from '../shared/fields';
import {
	fail,
	isBlank,
	toBoolean,
	toChoice,
	toFieldText,
	toId,
	toIsoDateTime,
	toJson,
	toList,
	toNumber,
	toWholeNumber,
} from '../shared/validators';
import { STRAIN_CLASSIFICATIONS } from '../shared/choices';

/**
 * Product fields as LeafLink's field-mapping guide orders them, and the one body builder behind Create, Update
 * (and a later "Create or Update by External ID"): it validates every value, fills LeafLink's recommended defaults
 * when asked, enforces the guide's rules and leaves out the fields the guide says not to use
 * (extern_acct_id, extern_income_acct_id, s2s_conversion_amount, extern_sts_ids).
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

const INVENTORY_MANAGEMENT = [
	{ name: 'Inherited (From Parent)', value: '3' },
	{ name: 'Managed (Track Quantity)', value: '1' },
	{ name: 'Unlimited', value: '2' },
];

/** A plain list of LeafLink values as choices (each its own display name). */
const choicesOf = (values: readonly string[]) => values.map((value) => ({ name: value, value }));

const THRESHOLD_ACTIONS = ['backorder', 'default', 'internal', 'unavailable'];
const REVERSE_THRESHOLD_ACTIONS = ['available', 'default', 'internal'];

/** LeafLink's documented defaults, applied by "Apply LeafLink Recommended Defaults" to what the user left empty. */
export const RECOMMENDED_DEFAULTS = {
	unit_multiplier: 1,
	retail_price: '0.00',
	sale_price: '0.00',
	minimum_order: '0.01',
	maximum_order: '100000',
	AVAILABLE_FOR_SAMPLES: true,
	featured: false,
	listing_state: 'Available',
	inventory_management: '1',
	unit_of_measure: 'Unit',
	unit_denomination: 1,
	strain_classification: 'na',
} as const;

/** What ProductCreate requires, with the label the user sees. */
const REQUIRED_FOR_CREATE: Array<[string, string]> = [
	['name', 'Name'],
	['sku', 'SKU'],
	['seller', 'Seller Company'],
	['brand', 'Brand'],
	['category', 'Category'],
	['sub_category', 'Subcategory'],
	['unit_of_measure', 'Unit of Measure'],
	['license', 'License'],
	['listing_state', 'Listing State'],
	['wholesale_price', 'Wholesale Price'],
	['retail_price', 'Retail Price'],
	['sale_price', 'Sale Price'],
	['description', 'Description'],
	['minimum_order', 'Minimum Order'],
	['maximum_order', 'Maximum Order'],
	['inventory_management', 'Inventory Management'],
	['unit_denomination', 'Unit Denomination'],
	['manufacturer', 'Manufacturer Company'],
	['strain_classification', 'Strain Classification'],
];

const options = (
	displayName: string,
	name: string,
	values: readonly string[],
	description: string,
	def: string,
): INodeProperties => ({
	displayName,
	name,
	type: 'options',
	options: values.map((v) => ({ name: v.charAt(0).toUpperCase() + v.slice(1), value: v })),
	default: def,
	description,
});

const money = (displayName: string, name: string, description: string): INodeProperties => ({
	displayName,
	name,
	type: 'number',
	typeOptions: { minValue: 0, numberPrecision: 2 },
	default: 0,
	description,
});

/** The fields the guide ranks first (priority 1), shown at the top of Create; part of Update Fields on Update. */
export function productRequiredProperties(forCreate: boolean): INodeProperties[] {
	const required = forCreate ? { required: true } : {};
	const fields: INodeProperties[] = [
		{
			...dropdownField({
				displayName: 'Seller Company',
				name: 'seller',
				method: 'loadCompanies',
				description: 'Your company, listing the product',
			}),
			...required,
		},
		{
			displayName: 'Name',
			name: 'name',
			type: 'string',
			default: '',
			description: 'Product name shown to buyers',
			...required,
		},
		{
			displayName: 'SKU',
			name: 'sku',
			type: 'string',
			default: '',
			description: 'Your unique identifier for the product (no commas, at most 255 characters)',
			...required,
		},
		{
			...dropdownField({
				displayName: 'Brand',
				name: 'brand',
				method: 'loadBrands',
				description: 'Brand of the product',
			}),
			...required,
		},
		{
			...dropdownField({
				displayName: 'Category',
				name: 'category',
				method: 'loadProductCategories',
				description: 'Product category (IDs differ per LeafLink environment)',
			}),
			...required,
		},
		{
			...dropdownField({
				displayName: 'Subcategory',
				name: 'sub_category',
				method: 'loadProductSubcategories',
				description: 'Subcategory, listed for the chosen category',
				dependsOn: [forCreate ? 'category' : 'updateFields.category'],
			}),
			...required,
		},
		// required by LeafLink, but with a recommended default: not marked required, so an empty value can take the default
		options(
			'Unit of Measure',
			'unit_of_measure',
			UNITS_OF_MEASURE,
			'Base unit of measure (recommended default: Unit). With the generic "Unit", also give Base Units Per Unit.',
			'Unit',
		),
		...(forCreate
			? [
					{
						displayName: 'Base Units Per Unit',
						name: 'base_units_per_unit',
						type: 'number',
						typeOptions: { minValue: 0 },
						default: 0,
						displayOptions: { show: { unit_of_measure: ['Unit'] } },
						description:
							'Required with the generic "Unit" measure: base units (grams, or mg of cannabinoids for edibles and topicals) in each unit',
					} as INodeProperties,
				]
			: []),
		{
			...dropdownField({
				displayName: 'License',
				name: 'license',
				method: 'loadLicenses',
				description: 'License the product is sold under; required for the product to show on menus',
			}),
			...required,
		},
		options(
			'Listing State',
			'listing_state',
			LISTING_STATES,
			'"Available" (the recommended default) lists the product; "Internal" hides it from buyers but lets you add it to orders',
			'Available',
		),
		{
			...money('Wholesale Price', 'wholesale_price', 'Wholesale price shown to buyers'),
			...required,
		},
	];
	return fields;
}

/** The guide's "recommended" and optional fields (Additional Fields on Create, where Base Units Per Unit is at the top). */
export function productOptionalProperties(forCreate = false): INodeProperties[] {
	const fields: INodeProperties[] = [
		{
			displayName: 'Allow Fractional Quantities',
			name: 'allow_fractional_quantities',
			type: 'boolean',
			default: false,
			description: 'Whether buyers may order fractions (recommended for bulk flower)',
		},
		{
			displayName: 'Available for Samples',
			name: 'AVAILABLE_FOR_SAMPLES',
			type: 'boolean',
			default: true,
			description:
				'Whether the product can be requested as a sample (some markets, e.g. Canada and OH, do not allow samples)',
		},
		{
			displayName: 'Base Units Per Unit',
			name: 'base_units_per_unit',
			type: 'number',
			typeOptions: { minValue: 0 },
			default: 0,
			description:
				'Required with the generic "Unit" measure: base units (grams, or mg of cannabinoids for edibles and topicals) in each unit',
		},
		{
			displayName: 'Currency',
			name: 'currency',
			type: 'string',
			default: 'USD',
			description: 'Currency of the prices',
		},
		{
			displayName: 'Description',
			name: 'description',
			type: 'string',
			typeOptions: { rows: 3 },
			default: '',
			description:
				'Product description (HTML allowed). The recommended default is the product name.',
		},
		{
			displayName: 'Drop Date',
			name: 'drop_date',
			type: 'dateTime',
			default: '',
			description: 'When an Unavailable product turns Available',
		},
		{ ...externalIdsField('externalIds', 'External IDs') },
		{
			displayName: 'Featured',
			name: 'featured',
			type: 'boolean',
			default: false,
			description: 'Whether the product is featured on your menu',
		},
		{
			displayName: 'Grow Type ID',
			name: 'grow_type',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 1,
			description: 'For flower: the ID of the type of grow operation',
		},
		{
			displayName: 'Inventory Management',
			name: 'inventory_management',
			type: 'options',
			options: INVENTORY_MANAGEMENT,
			default: '1',
			description: 'How LeafLink tracks stock. With Managed, set Quantity.',
		},
		{
			...dropdownField({
				displayName: 'Manufacturer Company',
				name: 'manufacturer',
				method: 'loadCompanies',
				description: 'Company that made the product; the recommended default is the seller',
			}),
		},
		{
			displayName: 'Maximum Order',
			name: 'maximum_order',
			type: 'number',
			typeOptions: { minValue: 0 },
			default: 100000,
			description: 'Most units per order (recommended default 100000)',
		},
		{
			displayName: 'Minimum Order',
			name: 'minimum_order',
			type: 'number',
			typeOptions: { minValue: 0 },
			default: 0.01,
			description: 'Fewest units per order (recommended default 0.01)',
		},
		{
			displayName: 'Parent Product ID',
			name: 'parent',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 1,
			description: 'Make this product a variety (size) of this parent product',
		},
		{
			...dropdownField({
				displayName: 'Product Line',
				name: 'product_line',
				method: 'loadProductLines',
				description: 'Product line on your menu; recommended for navigation and reporting',
			}),
		},
		{
			displayName: 'Product Specifications (JSON)',
			name: 'product_data_items',
			type: 'json',
			default: '[]',
			description:
				'Array of specifications, e.g. [{"spec_type": "thc", "decimal_value": "22.5", "dosage_unit": "%"}]; replaces the existing ones',
		},
		{
			displayName: 'Quantity',
			name: 'quantity',
			type: 'number',
			typeOptions: { minValue: 0 },
			default: 0,
			description: 'Inventory level, for managed inventory',
		},
		money(
			'Retail Price',
			'retail_price',
			'Suggested retail price (MSRP); recommended default 0.00',
		),
		money('Sale Price', 'sale_price', 'Sale price shown to buyers; recommended default 0.00'),
		{
			displayName: 'Sell In Unit of Measure',
			name: 'sell_in_unit_of_measure',
			type: 'options',
			options: [{ name: 'Case', value: 'Case' }],
			default: 'Case',
			description:
				'Set to Case when selling in cases; required when Unit Multiplier is greater than 1',
		},
		{
			displayName: 'Seller Internal ID',
			name: 'seller_internal_id',
			type: 'string',
			default: '',
			description: 'Your internal product ID',
		},
		{
			displayName: 'Show Quantity',
			name: 'show_quantity',
			type: 'boolean',
			default: true,
			description: 'Whether buyers see inventory quantities',
		},
		{
			displayName: 'Strain Classification',
			name: 'strain_classification',
			type: 'options',
			options: STRAIN_CLASSIFICATIONS,
			default: 'na',
			description: 'Recommended default: Not Applicable',
		},
		{
			displayName: 'Strain Names or IDs',
			name: 'strains',
			type: 'multiOptions',
			typeOptions: { loadOptionsMethod: 'loadStrains' },
			default: [],
			description:
				'Strains of the product; required for the Flower category. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
		{
			displayName: 'Tagline',
			name: 'tagline',
			type: 'string',
			default: '',
			description: 'One line shown when the product is featured',
		},
		{
			...options(
				'Threshold Action',
				'threshold_action',
				THRESHOLD_ACTIONS,
				'What happens when inventory falls below the Threshold Value',
				'unavailable',
			),
		},
		{
			displayName: 'Threshold Value',
			name: 'threshold_value',
			type: 'number',
			typeOptions: { minValue: 0 },
			default: 0,
			description: 'Inventory level below which the Threshold Action applies',
		},
		{
			...options(
				'Reverse Threshold Action',
				'reverse_threshold_action',
				REVERSE_THRESHOLD_ACTIONS,
				'What happens when inventory rises above the Reverse Threshold Value',
				'available',
			),
		},
		{
			displayName: 'Reverse Threshold Value',
			name: 'reverse_threshold_value',
			type: 'number',
			typeOptions: { minValue: 0 },
			default: 1,
			description: 'Inventory level above which the Reverse Threshold Action applies',
		},
		{
			displayName: 'Unit Denomination',
			name: 'unit_denomination',
			type: 'options',
			options: UNIT_DENOMINATIONS.map(([value, name]) => ({ name, value })).sort((a, b) =>
				a.name.localeCompare(b.name),
			),
			default: 1,
			description:
				'Size of one unit in the unit of measure (e.g. 3 1/2 grams); recommended default 1',
		},
		{
			displayName: 'Unit Multiplier',
			name: 'unit_multiplier',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 1,
			description:
				'Units per case when selling in cases; 1 when not. Above 1, set Sell In Unit of Measure to Case.',
		},
	];
	return fields
		.filter((f) => !(forCreate && f.name === 'base_units_per_unit'))
		.sort((a, b) => a.displayName.localeCompare(b.displayName));
}

/** Update Fields: every product field, sorted. */
export function productUpdateProperties(): INodeProperties[] {
	return [...productRequiredProperties(false), ...productOptionalProperties()].sort((a, b) =>
		a.displayName.localeCompare(b.displayName),
	);
}

// ---------- values ----------

/** Money as LeafLink writes it: two decimals when the value has at most two. */
export function decimalText(n: number): string {
	return Number.isInteger(Math.round(n * 100)) && Math.abs(n * 100 - Math.round(n * 100)) < 1e-9
		? n.toFixed(2)
		: String(n);
}

function quantityText(n: number): string {
	return String(n);
}

export interface ProductBodyOptions {
	mode: 'create' | 'update';
	/** fill what the user left empty with LeafLink's documented defaults (Create) */
	applyDefaults?: boolean;
	/** Update: the product's ID, to read its current values when a rule depends on them */
	productId?: number;
}

const LABELS: Record<string, string> = Object.fromEntries(
	[...productRequiredProperties(false), ...productOptionalProperties()].map((p) => [
		p.name,
		p.displayName.replace(/ Name or ID$/, '').replace(/ Names or IDs$/, 's'),
	]),
);

/**
 * Builds the ProductCreate / ProductUpdate body from the user's values (top-level and collection values merged,
 * keyed by API field name). Every value is validated and nothing given is dropped. May read LeafLink (the
 * category, the license, the current product) to apply the guide's rules, and only after every local check passed.
 */
export async function productBody(
	ctx: IExecuteFunctions,
	client: LeafLinkClient,
	itemIndex: number,
	values: IDataObject,
	options: ProductBodyOptions,
): Promise<IDataObject> {
	const body: IDataObject = {};
	const label = (key: string) => LABELS[key] ?? key;
	const given = (key: string) => body[key] !== undefined;
	const currency = isBlank(values.currency)
		? 'USD'
		: toFieldText(ctx, itemIndex, values.currency, 'Currency');

	for (const [key, raw] of Object.entries(values)) {
		if (key === 'currency') continue;
		// a field given as nothing (or an expression resolving to nothing) is "left empty": defaults may fill it and a
		// required one is reported below; anything else is an error rather than silently dropped
		const blank = raw === undefined || raw === null || (typeof raw === 'string' && isBlank(raw));
		if (blank && key !== 'description') {
			const defaultable = key in RECOMMENDED_DEFAULTS || key === 'manufacturer';
			if (
				options.mode === 'create' &&
				((options.applyDefaults && defaultable) || REQUIRED_FOR_CREATE.some(([k]) => k === key))
			)
				continue;
			fail(
				ctx,
				itemIndex,
				`${label(key)} is empty`,
				`Give a value for "${label(key)}", or remove the field.`,
			);
		}
		switch (key) {
			case 'name':
				body.name = toFieldText(ctx, itemIndex, raw, 'Name');
				break;
			case 'sku': {
				const sku = toFieldText(ctx, itemIndex, raw, 'SKU', 255);
				if (sku.includes(','))
					fail(
						ctx,
						itemIndex,
						`SKU may not contain commas: "${sku}"`,
						'LeafLink does not support commas in SKUs.',
					);
				body.sku = sku;
				break;
			}
			case 'description':
				if (blank) {
					// an empty description clears it on Update; on Create the default (the name) or the required check applies
					if (options.mode === 'update' && raw === '') body.description = '';
					else if (options.mode === 'update')
						fail(
							ctx,
							itemIndex,
							'Description is empty',
							'Give a value for "Description", or remove the field.',
						);
					break;
				}
				body.description = String(raw);
				break;
			case 'seller':
			case 'brand':
			case 'category':
			case 'sub_category':
			case 'product_line':
			case 'manufacturer':
			case 'license':
			case 'grow_type':
			case 'unit_denomination':
				body[key] = toId(ctx, itemIndex, raw, label(key));
				break;
			case 'parent':
				body.parent = { id: toId(ctx, itemIndex, raw, 'Parent Product ID') };
				break;
			case 'unit_of_measure':
				body.unit_of_measure = toChoice(
					ctx,
					itemIndex,
					raw,
					'Unit of Measure',
					choicesOf(UNITS_OF_MEASURE),
				);
				break;
			case 'listing_state':
				body.listing_state = toChoice(
					ctx,
					itemIndex,
					raw,
					'Listing State',
					choicesOf(LISTING_STATES),
				);
				break;
			case 'strain_classification':
				body.strain_classification = toChoice(
					ctx,
					itemIndex,
					raw,
					'Strain Classification',
					STRAIN_CLASSIFICATIONS,
				);
				break;
			case 'inventory_management':
				body.inventory_management = toChoice(
					ctx,
					itemIndex,
					raw,
					'Inventory Management',
					INVENTORY_MANAGEMENT,
				);
				break;
			case 'sell_in_unit_of_measure':
				body.sell_in_unit_of_measure = toChoice(
					ctx,
					itemIndex,
					raw,
					'Sell In Unit of Measure',
					choicesOf(['Case']),
				);
				break;
			case 'threshold_action':
				body.threshold_action = toChoice(
					ctx,
					itemIndex,
					raw,
					'Threshold Action',
					choicesOf(THRESHOLD_ACTIONS),
				);
				break;
			case 'reverse_threshold_action':
				body.reverse_threshold_action = toChoice(
					ctx,
					itemIndex,
					raw,
					'Reverse Threshold Action',
					choicesOf(REVERSE_THRESHOLD_ACTIONS),
				);
				break;
			case 'wholesale_price':
			case 'retail_price':
			case 'sale_price':
				body[key] = {
					amount: decimalText(toNumber(ctx, itemIndex, raw, label(key), { min: 0 })),
					currency,
				};
				break;
			case 'minimum_order':
			case 'maximum_order':
			case 'quantity':
				body[key] = quantityText(toNumber(ctx, itemIndex, raw, label(key), { min: 0 }));
				break;
			case 'base_units_per_unit': {
				const n = toNumber(ctx, itemIndex, raw, 'Base Units Per Unit', { min: 0 });
				if (n <= 0)
					fail(
						ctx,
						itemIndex,
						'Base Units Per Unit must be greater than 0',
						'Give the number of base units (e.g. grams) in one unit.',
					);
				body.base_units_per_unit = String(n);
				break;
			}
			case 'unit_multiplier':
				body.unit_multiplier = toWholeNumber(ctx, itemIndex, raw, 'Unit Multiplier', { min: 1 });
				break;
			case 'threshold_value':
			case 'reverse_threshold_value':
				body[key] = toWholeNumber(ctx, itemIndex, raw, label(key), { min: 0 });
				break;
			case 'AVAILABLE_FOR_SAMPLES':
			case 'featured':
			case 'allow_fractional_quantities':
			case 'show_quantity':
				body[key] = toBoolean(ctx, itemIndex, raw, label(key));
				break;
			case 'tagline':
			case 'seller_internal_id':
				body[key] = toFieldText(ctx, itemIndex, raw, label(key));
				break;
			case 'drop_date':
				body.drop_date = toIsoDateTime(ctx, itemIndex, raw, 'Drop Date');
				break;
			case 'strains': {
				const ids = toList(raw).map((id) => toId(ctx, itemIndex, id, 'Strains'));
				if (ids.length) body.strains = [...new Set(ids)];
				break;
			}
			case 'product_data_items': {
				const items = toJson(ctx, itemIndex, raw, 'Product Specifications (JSON)');
				if (!Array.isArray(items))
					fail(ctx, itemIndex, 'Product Specifications (JSON) must be a JSON array of objects');
				(items as unknown[]).forEach((item, i) => {
					if (
						item === null ||
						typeof item !== 'object' ||
						Array.isArray(item) ||
						isBlank((item as IDataObject).spec_type)
					) {
						fail(
							ctx,
							itemIndex,
							`Product Specifications (JSON): item ${i + 1} needs a "spec_type"`,
							'e.g. {"spec_type": "thc", "decimal_value": "22.5", "dosage_unit": "%"}',
						);
					}
				});
				body.product_data_items = items as IDataObject[];
				break;
			}
			case 'externalIds': {
				const pairs = ((raw as IDataObject | undefined)?.pair ?? []) as IDataObject[];
				if (pairs.length) body.external_ids = externalIdPairs(ctx, itemIndex, pairs);
				break;
			}
			default:
				fail(ctx, itemIndex, `Unknown product field "${key}"`);
		}
	}

	if (options.mode === 'create') {
		if (options.applyDefaults) {
			for (const [key, value] of Object.entries(RECOMMENDED_DEFAULTS)) {
				if (body[key] !== undefined) continue;
				body[key] = key.endsWith('_price') ? { amount: value, currency } : value;
			}
			if (body.description === undefined && typeof body.name === 'string')
				body.description = body.name;
			if (body.manufacturer === undefined && body.seller !== undefined)
				body.manufacturer = body.seller;
		}
		const missing = REQUIRED_FOR_CREATE.filter(([key]) => body[key] === undefined).map(
			([, name]) => name,
		);
		if (missing.length) {
			fail(
				ctx,
				itemIndex,
				`${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} required to create a product`,
				options.applyDefaults
					? 'Give a value for each.'
					: 'Give a value for each, or turn on "Apply LeafLink Recommended Defaults" to fill LeafLink\'s documented defaults.',
			);
		}
	} else if (Object.keys(body).length === 0) {
		fail(ctx, itemIndex, 'Update Fields: add at least one field to change');
	}

	// LeafLink's rules, checked against the product as it will be (Update: what is not sent stays as it is)
	let current: IDataObject | undefined;
	const currentProduct = async (): Promise<IDataObject> => {
		if (current) return current;
		current = await client.request<IDataObject>('GET', `/products/${options.productId}/`, {
			qs: {
				fields_include:
					'id,unit_multiplier,sell_in_unit_of_measure,unit_of_measure,base_units_per_unit,strains,category',
			},
			operation: 'Update a product',
			itemIndex,
		});
		return current;
	};
	const valueAfter = async (key: string): Promise<unknown> => {
		if (body[key] !== undefined) return body[key];
		if (options.mode === 'update' && options.productId !== undefined)
			return (await currentProduct())[key];
		return undefined;
	};

	if (given('unit_multiplier') || given('sell_in_unit_of_measure') || options.mode === 'create') {
		const multiplier = Number((await valueAfter('unit_multiplier')) ?? 1);
		if (multiplier > 1 && (await valueAfter('sell_in_unit_of_measure')) !== 'Case') {
			fail(
				ctx,
				itemIndex,
				`Sell In Unit of Measure is required when Unit Multiplier is greater than 1 (it is ${multiplier})`,
				'Set Sell In Unit of Measure to Case, or Unit Multiplier to 1.',
			);
		}
	}
	if (given('unit_of_measure') || options.mode === 'create') {
		if ((await valueAfter('unit_of_measure')) === 'Unit') {
			const base = await valueAfter('base_units_per_unit');
			if (base === undefined || base === null || base === '' || Number(base) <= 0) {
				fail(
					ctx,
					itemIndex,
					'Base Units Per Unit is required with the generic "Unit" unit of measure',
					'Give the number of base units (grams, or mg of cannabinoids for edibles and topicals) in each unit, or choose another Unit of Measure.',
				);
			}
		}
	}
	if (body.category !== undefined) {
		const strains = await valueAfter('strains');
		if (!Array.isArray(strains) || strains.length === 0) {
			const category = await client.request<IDataObject>(
				'GET',
				`/product-categories/${String(body.category)}/`,
				{
					operation: options.mode === 'create' ? 'Create a product' : 'Update a product',
					itemIndex,
				},
			);
			if (
				String(category.name ?? '')
					.trim()
					.toLowerCase() === 'flower'
			) {
				fail(
					ctx,
					itemIndex,
					'Strains are required for products in the Flower category',
					'Add one or more Strains (Additional Fields > Strain Names or IDs).',
				);
			}
		}
	}

	// ProductUpdate takes the license as a license object identified by its number, ProductCreate by its ID
	if (options.mode === 'update' && typeof body.license === 'number') {
		const license = await client.request<IDataObject>('GET', `/licenses/${body.license}/`, {
			operation: 'Update a product',
			itemIndex,
		});
		body.license = { number: String(license.number) };
	}
	return body;
}
