import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import type { LeafLinkClient } from '../transport';
import { listFields, listParameters } from '../shared/listing';
import { isBlank, toId } from '../shared/validators';

export const description: INodeProperties[] = [
	...listFields('batch documents'),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			{
				displayName: 'Batch ID',
				name: 'batch',
				type: 'number',
				default: 0,
				description: 'Only the documents of this batch',
			},
		],
	},
];

/**
 * The spec gives /batch-documents/ no filter, so the batch filter is applied here, page by page, until enough
 * documents of that batch are found.
 */
export async function execute(this: IExecuteFunctions, client: LeafLinkClient, itemIndex: number) {
	const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const batch =
		isBlank(filters.batch) || filters.batch === 0
			? undefined
			: toId(this, itemIndex, filters.batch, 'Batch ID');
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
