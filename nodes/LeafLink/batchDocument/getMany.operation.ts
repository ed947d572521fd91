import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import type { LeafLinkClient } from '../transport';
import { listFields, listParameters } from '../shared/listing';
import type { FilterSpec } from '../shared/filters';
import { filterQuery, filtersCollection } from '../shared/filters';

const filters: FilterSpec[] = [
	{
		name: 'batch',
		displayName: 'Batch ID',
		kind: 'id',
		param: 'batch',
		description: 'Only the documents of this batch',
	},
];

export const description: INodeProperties[] = [
	...listFields('batch documents'),
	filtersCollection(filters),
];

/**
 * The spec gives /batch-documents/ no filter, so the batch filter is applied here, page by page, until enough
 * documents of that batch are found.
 */
export async function execute(this: IExecuteFunctions, client: LeafLinkClient, itemIndex: number) {
	const { batch } = filterQuery(
		this,
		itemIndex,
		filters,
		this.getNodeParameter('filters', itemIndex, {}) as IDataObject,
	);
	return await client.getList(
		'/batch-documents/',
		{},
		{
			...listParameters(this, itemIndex),
			keep: batch === undefined ? undefined : (d) => Number(d.batch) === batch,
			operation: 'Get many batch documents',
			itemIndex,
		},
	);
}
