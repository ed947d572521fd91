import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import type { LeafLinkClient } from '../transport';
import { buildBody, formCurrency } from '../shared/fieldValues';
import { fail, isBlank } from '../shared/validators';
import { productFields } from './fields';

/**
 * The one body builder behind product Create, Update and Create or Update: the field table's values (fields.ts),
 * LeafLink's recommended defaults when asked, and the field-mapping guide's rules across fields.
 */

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

/** What ProductCreate requires. */
const REQUIRED_FOR_CREATE = [
	'name',
	'sku',
	'seller',
	'brand',
	'category',
	'sub_category',
	'unit_of_measure',
	'license',
	'listing_state',
	'wholesale_price',
	'retail_price',
	'sale_price',
	'description',
	'minimum_order',
	'maximum_order',
	'inventory_management',
	'unit_denomination',
	'manufacturer',
	'strain_classification',
];

const FIELDS = new Map(productFields.map((spec) => [spec.name, spec]));

/** The name the user sees for a field. */
const label = (key: string): string => FIELDS.get(key)?.displayName ?? key;

export interface ProductBodyOptions {
	mode: 'create' | 'update';
	/** fill what the user left empty with LeafLink's documented defaults (Create) */
	applyDefaults?: boolean;
	/** Update: the product's ID, to read its current values when a rule depends on them */
	productId?: number;
}

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
	const kept: IDataObject = {};
	for (const [key, raw] of Object.entries(values)) {
		// a field given as nothing (or an expression resolving to nothing) is "left empty": defaults may fill it and a
		// required one is reported below; anything else is an error rather than silently dropped
		const blank = raw === undefined || raw === null || (typeof raw === 'string' && isBlank(raw));
		if (!blank) {
			kept[key] = raw;
			continue;
		}
		const kind = FIELDS.get(key)?.kind;
		// no currency is US dollars
		if (kind === 'currency') continue;
		const defaultable = key in RECOMMENDED_DEFAULTS || key === 'manufacturer';
		if (
			options.mode === 'create' &&
			((options.applyDefaults && defaultable) || REQUIRED_FOR_CREATE.includes(key))
		)
			continue;
		// an empty description clears it on Update
		if (kind === 'text' && raw === '') {
			kept[key] = raw;
			continue;
		}
		fail(
			ctx,
			itemIndex,
			`${label(key)} is empty`,
			`Give a value for "${label(key)}", or remove the field.`,
		);
	}
	const body = buildBody(ctx, itemIndex, productFields, kept);
	const currency = formCurrency(ctx, itemIndex, productFields, kept);
	const given = (key: string) => body[key] !== undefined;

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
		const missing = REQUIRED_FOR_CREATE.filter((key) => body[key] === undefined).map(label);
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
