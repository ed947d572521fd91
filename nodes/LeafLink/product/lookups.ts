import type {
	IDataObject,
	IExecuteFunctions,
	ILoadOptionsFunctions,
	INodeListSearchResult,
	INodePropertyOptions,
} from 'n8n-workflow';
import { LeafLinkClient } from '../transport';
import { searchList } from '../shared/lookups';
import { fail, isBlank } from '../shared/params';

/**
 * The catalog's searchable lists (resource locators) and dropdowns (load options): brands, categories,
 * subcategories, product lines, strains, licenses, facilities, products and batches. Registered once, by the
 * Product resource (dropdowns) and by each resource that owns the record (searchable lists).
 */

type Labeler = (record: IDataObject) => string;

/** A searchable list over a LeafLink list endpoint; the spec gives most catalog lists no text filter, so the page is narrowed here. */
function searchBy(path: string, label: Labeler, textFilter?: string) {
	return async function (this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
		const qs: IDataObject = textFilter && filter ? { [textFilter]: filter } : {};
		const result = await searchList(this, path, qs, paginationToken, label);
		if (filter && !textFilter) {
			const needle = filter.toLowerCase();
			result.results = result.results.filter((r) => r.name.toLowerCase().includes(needle) || String(r.value) === filter.trim());
		}
		return result;
	};
}

/** Every record of a list endpoint as dropdown options, sorted by name. */
async function optionsOf(
	ctx: ILoadOptionsFunctions,
	path: string,
	label: Labeler,
	keep: (record: IDataObject) => boolean = () => true,
	value: (record: IDataObject) => string | number = (r) => Number(r.id),
): Promise<INodePropertyOptions[]> {
	const client = new LeafLinkClient(ctx);
	const records = await client.getList(path, {}, { returnAll: true, operation: 'Load options' });
	return records
		.filter(keep)
		.map((r) => ({ name: label(r), value: value(r) }))
		.sort((a, b) => a.name.localeCompare(b.name));
}

const productLabel: Labeler = (p) => `${String(p.name ?? p.display_name ?? p.id)}${p.sku ? ` (${String(p.sku)})` : ''}`;
const batchLabel: Labeler = (b) => `${String(b.production_batch_number ?? b.id)}${b.batch_date ? ` · ${String(b.batch_date)}` : ''}`;
const licenseLabel: Labeler = (l) => `${String(l.number ?? l.id)}${l.display_type ? ` · ${String(l.display_type)}` : ''}`;
const named: Labeler = (r) => String(r.name ?? r.id);

// ---------- searchable lists ----------

export const searchProducts = searchBy('/products/', productLabel, 'search');
export const searchBatches = searchBy('/batches/', batchLabel);
export const searchBrands = searchBy('/brands/', named);
export const searchProductLines = searchBy('/product-lines/', named);
export const searchStrains = searchBy('/strains/', named);
export const searchProductCategories = searchBy('/product-categories/', named);
export const searchProductSubcategories = searchBy('/product-subcategories/', named);
export const searchLicenses = searchBy('/licenses/', licenseLabel);
export const searchLicenseTypes = searchBy('/license-types/', (t) => String(t.display_type ?? t.type ?? t.id));
export const searchFacilities = searchBy('/inventory/facilities/', named);

// ---------- dropdowns ----------

export async function loadBrands(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return await optionsOf(this, '/brands/', named);
}

export async function loadProductCategories(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return await optionsOf(this, '/product-categories/', named);
}

/** Subcategories of the category chosen on the form (Create: Category; Update: Update Fields > Category); all when none is chosen. */
export async function loadProductSubcategories(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	let category: unknown;
	for (const name of ['category', 'updateFields.category', 'filters.category']) {
		try {
			category = this.getCurrentNodeParameter(name);
		} catch {
			category = undefined;
		}
		if (category !== undefined && category !== '' && category !== null) break;
	}
	const wanted = category === undefined || category === null || category === '' ? undefined : String(category);
	return await optionsOf(this, '/product-subcategories/', named, (s) => wanted === undefined || String(s.category) === wanted);
}

export async function loadProductLines(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return await optionsOf(this, '/product-lines/', named);
}

export async function loadStrains(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return await optionsOf(this, '/strains/', (s) => `${String(s.name ?? s.id)}${s.strain_classification ? ` (${String(s.strain_classification)})` : ''}`);
}

export async function loadLicenses(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return await optionsOf(this, '/licenses/', licenseLabel);
}

export async function loadFacilities(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return await optionsOf(this, '/inventory/facilities/', named);
}

/** An Any / Yes / No filter as LeafLink reads it ("true" / "false"), or an error for anything else. */
export function yesNoFilter(ctx: IExecuteFunctions, itemIndex: number, raw: unknown, label: string): string | undefined {
	if (isBlank(raw)) return undefined;
	if (raw === true || raw === 'true') return 'true';
	if (raw === false || raw === 'false') return 'false';
	return fail(ctx, itemIndex, `${label} must be Any, Yes or No (true or false), not "${String(raw)}"`);
}
