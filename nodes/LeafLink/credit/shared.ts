import type { ILoadOptionsFunctions, INodeListSearchResult, IDataObject } from 'n8n-workflow';
import { searchList } from '../shared/lookups';
import type { RecordTarget } from '../shared/records';
import { idLocator } from '../shared/records';

export const creditLocator = idLocator({ name: 'creditId', displayName: 'Credit', searchListMethod: 'searchCredits', placeholder: 'e.g. 801' });

export const creditTarget: RecordTarget = { locator: creditLocator, path: '/credits/', label: 'credit' };

export async function searchCredits(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	const result = await searchList(this, '/credits/', { ordering: '-id' }, paginationToken, (c) => {
		const customer = c.customer as IDataObject | undefined;
		const amount = (c.amount as IDataObject | undefined)?.amount ?? c.amount;
		return `#${String(c.id)} · ${String(customer?.display_name ?? '')} · ${String(amount ?? '')} · ${String(c.status_display ?? c.status ?? '')}`;
	});
	if (filter) result.results = result.results.filter((r) => r.name.toLowerCase().includes(filter.toLowerCase()));
	return result;
}
