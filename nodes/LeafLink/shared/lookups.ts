import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult, INodePropertyOptions } from 'n8n-workflow';
import { LeafLinkClient } from '../transport';

/**
 * Searchable lists and dropdowns that several resources share: customers, company staff (sales reps),
 * and the companies the key reaches (sellers).
 */

const SEARCH_PAGE = 50;

export async function searchList(
	ctx: ILoadOptionsFunctions,
	path: string,
	qs: IDataObject,
	paginationToken: string | undefined,
	label: (record: IDataObject) => string,
	value: (record: IDataObject) => string = (r) => String(r.id),
): Promise<INodeListSearchResult> {
	const client = new LeafLinkClient(ctx);
	const offset = paginationToken ? Number(paginationToken) : 0;
	const page = await client.request<{ results?: IDataObject[]; next?: string | null }>('GET', path, {
		qs: { ...(qs as Record<string, string>), limit: SEARCH_PAGE, offset },
		operation: 'Search',
	});
	return {
		results: (page.results ?? []).map((r) => ({ name: label(r), value: value(r) })),
		paginationToken: page.next ? String(offset + SEARCH_PAGE) : undefined,
	};
}

export async function searchCustomers(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	// the spec offers name__startswith (no contains), which is how people type a customer's name anyway
	return await searchList(this, '/customers/', filter ? { name__startswith: filter } : {}, paginationToken, (c) =>
		`${c.name ?? c.id}${c.nickname ? ` (${c.nickname})` : ''}`,
	);
}

export async function searchCompanyStaff(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const result = await searchList(this, '/company-staff/', {}, paginationToken, (s) => {
		const name = s.display_name ?? s.username ?? s.email ?? s.id;
		return `${String(name)}${s.email && s.email !== name ? ` · ${String(s.email)}` : ''}`;
	});
	// company-staff has no text filter in the spec, so the search narrows the page here
	if (filter) {
		const needle = filter.toLowerCase();
		result.results = result.results.filter((r) => r.name.toLowerCase().includes(needle));
	}
	return result;
}

export async function loadCompanies(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const client = new LeafLinkClient(this);
	const companies = await client.getList('/companies/', {}, { returnAll: true, operation: 'Load companies' });
	return companies.map((c) => ({ name: String(c.name ?? c.id), value: Number(c.id) }));
}
