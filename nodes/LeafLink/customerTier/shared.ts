import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { searchList } from '../shared/lookups';
import type { RecordTarget } from '../shared/records';
import { idLocator } from '../shared/records';

export const tierLocator = idLocator({ name: 'tierId', displayName: 'Customer Tier', searchListMethod: 'searchCustomerTiers', placeholder: 'e.g. 711' });

export const tierTarget: RecordTarget = { locator: tierLocator, path: '/customer-tiers/', label: 'customer tier' };

export async function searchCustomerTiers(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	const result = await searchList(this, '/customer-tiers/', {}, paginationToken, (t) => String(t.rank ?? t.id));
	if (filter) result.results = result.results.filter((r) => r.name.toLowerCase().includes(filter.toLowerCase()));
	return result;
}
