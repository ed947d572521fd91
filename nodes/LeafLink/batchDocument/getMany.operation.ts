import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import type { LeafLinkClient } from '../transport';
import { DEFAULT_PAGE_SIZE } from '../transport';
import { listFields } from '../shared/descriptions';
import { isBlank, toId, toNumber } from '../shared/params';

export const description: INodeProperties[] = [
	...listFields('batch documents'),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [{ displayName: 'Batch ID', name: 'batch', type: 'number', default: 0, description: 'Only the documents of this batch' }],
	},
];

/**
 * The spec gives /batch-documents/ no filter, so the batch filter is applied here, page by page, until enough
 * documents of that batch are found.
 */
export async function execute(this: IExecuteFunctions, client: LeafLinkClient, itemIndex: number) {
	const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const batch = isBlank(filters.batch) || filters.batch === 0 ? undefined : toId(this, itemIndex, filters.batch, 'Batch ID');
	const returnAll = this.getNodeParameter('returnAll', itemIndex, false) as boolean;
	const limit = returnAll ? Infinity : toNumber(this, itemIndex, this.getNodeParameter('limit', itemIndex, 50), 'Limit', { min: 1 });
	const pageSize = returnAll
		? toNumber(this, itemIndex, this.getNodeParameter('pageSize', itemIndex, DEFAULT_PAGE_SIZE), 'Page Size', { min: 1, max: 1000 })
		: undefined;
	if (batch === undefined) {
		return await client.getList('/batch-documents/', {}, { returnAll, limit: returnAll ? undefined : limit, pageSize, operation: 'Get many batch documents', itemIndex });
	}
	const found: IDataObject[] = [];
	for await (const page of client.pages('/batch-documents/', {}, { returnAll: true, pageSize, operation: 'Get many batch documents', itemIndex })) {
		found.push(...page.filter((d) => Number(d.batch) === batch));
		if (found.length >= limit) break;
	}
	return returnAll ? found : found.slice(0, limit);
}
