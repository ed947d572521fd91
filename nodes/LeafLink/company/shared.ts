import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { searchList } from '../shared/lookups';
import type { RecordTarget } from '../shared/records';
import { idLocator } from '../shared/records';

export const companyLocator = idLocator({
	name: 'companyId',
	displayName: 'Company',
	searchListMethod: 'searchCompanies',
	description: 'A company your API key reaches',
	placeholder: 'e.g. 1',
});

export const companyTarget: RecordTarget = { locator: companyLocator, path: '/companies/', label: 'company' };

/** The companies the key reaches; the list has no text filter, so the search narrows each page here. */
export async function searchCompanies(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	const result = await searchList(this, '/companies/', {}, paginationToken, (c) => String(c.name ?? c.id));
	if (filter) result.results = result.results.filter((r) => r.name.toLowerCase().includes(filter.toLowerCase()));
	return result;
}
