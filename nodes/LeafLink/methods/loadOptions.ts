import type { IDataObject, ILoadOptionsFunctions, INodePropertyOptions } from 'n8n-workflow';
import { LeafLinkClient } from '../transport';

/** Every dropdown of the node (`loadOptionsMethod`), by method name: all records of a LeafLink list, sorted by name. */

type LoadMethod = (this: ILoadOptionsFunctions) => Promise<INodePropertyOptions[]>;
type Labeler = (record: IDataObject) => string;

async function optionsOf(
	ctx: ILoadOptionsFunctions,
	path: string,
	label: Labeler,
	keep: (record: IDataObject) => boolean = () => true,
): Promise<INodePropertyOptions[]> {
	const client = new LeafLinkClient(ctx);
	const records = await client.getList(path, {}, { returnAll: true, operation: 'Load options' });
	return records
		.filter(keep)
		.map((r) => ({ name: label(r), value: Number(r.id) }))
		.sort((a, b) => a.name.localeCompare(b.name));
}

function loadAll(path: string, label: Labeler): LoadMethod {
	return async function (this: ILoadOptionsFunctions) {
		return await optionsOf(this, path, label);
	};
}

const named: Labeler = (r) => String(r.name ?? r.id);

/** The category chosen on the form (Create: Category; Update: Update Fields > Category; Get Many: Filters > Category). */
function chosenCategory(ctx: ILoadOptionsFunctions): string | undefined {
	for (const name of ['category', 'updateFields.category', 'filters.category']) {
		let category: unknown;
		try {
			category = ctx.getCurrentNodeParameter(name);
		} catch {
			category = undefined;
		}
		if (category !== undefined && category !== '' && category !== null) return String(category);
	}
	return undefined;
}

export const loadOptions: Record<string, LoadMethod> = {
	loadBrands: loadAll('/brands/', named),
	/** the companies the key reaches (sellers, owners, manufacturers) */
	loadCompanies: loadAll('/companies/', named),
	loadFacilities: loadAll('/inventory/facilities/', named),
	loadLicenses: loadAll(
		'/licenses/',
		(l) => `${String(l.number ?? l.id)}${l.display_type ? ` · ${String(l.display_type)}` : ''}`,
	),
	loadProductCategories: loadAll('/product-categories/', named),
	loadProductLines: loadAll('/product-lines/', named),
	/** subcategories of the category chosen on the form; all when none is chosen */
	async loadProductSubcategories(this: ILoadOptionsFunctions) {
		const wanted = chosenCategory(this);
		return await optionsOf(
			this,
			'/product-subcategories/',
			named,
			(s) => wanted === undefined || String(s.category) === wanted,
		);
	},
	loadStrains: loadAll(
		'/strains/',
		(s) =>
			`${String(s.name ?? s.id)}${s.strain_classification ? ` (${String(s.strain_classification)})` : ''}`,
	),
};
