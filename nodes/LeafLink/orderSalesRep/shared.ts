import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { searchList } from '../shared/lookups';
import type { RecordTarget } from '../shared/records';
import { idLocator } from '../shared/records';

export const assignmentLocator = idLocator({
	name: 'orderSalesRepId',
	displayName: 'Sales Rep Assignment',
	searchListMethod: 'searchOrderSalesReps',
	description: 'The link between an order and a sales rep, by its LeafLink ID',
	placeholder: 'e.g. 1301',
});

export const assignmentTarget: RecordTarget = { locator: assignmentLocator, path: '/order-sales-reps/', label: 'order sales rep' };

export const repLocator = idLocator({
	name: 'rep',
	displayName: 'Sales Rep',
	searchListMethod: 'searchCompanyStaff',
	description: 'The staff member to assign',
	placeholder: 'e.g. 22',
});

export async function searchOrderSalesReps(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	const result = await searchList(this, '/order-sales-reps/', {}, paginationToken, (a: IDataObject) =>
		`#${String(a.id)} · order ${String(a.order ?? '').slice(-8)} · rep ${String(a.rep ?? '')}`,
	);
	if (filter) result.results = result.results.filter((r) => r.name.toLowerCase().includes(filter.toLowerCase()));
	return result;
}
