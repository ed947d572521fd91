import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import type { LeafLinkClient, Query } from '../transport';
import { DEFAULT_PAGE_SIZE } from '../transport';
import { toNumber } from './validators';

/** Return All / Limit / Page Size, as every list operation has them, and the fetch they drive. */

/** Return All + Limit, as every n8n list operation has them. */
export function listFields(recordsLabel: string): INodeProperties[] {
	return [
		{
			displayName: 'Return All',
			name: 'returnAll',
			type: 'boolean',
			default: false,
			description: 'Whether to return all results or only up to a given limit',
		},
		{
			displayName: 'Limit',
			name: 'limit',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 50,
			description: 'Max number of results to return',
			displayOptions: { show: { returnAll: [false] } },
		},
		{
			displayName: 'Page Size',
			name: 'pageSize',
			type: 'number',
			typeOptions: { minValue: 1, maxValue: 1000 },
			default: DEFAULT_PAGE_SIZE,
			description: `How many ${recordsLabel} to ask LeafLink for per request. Larger pages mean fewer requests under the rate limit.`,
			displayOptions: { show: { returnAll: [true] } },
		},
	];
}

/** Reads Return All / Limit / Page Size and fetches the list. */
export async function getListFromParameters(
	ctx: IExecuteFunctions,
	client: LeafLinkClient,
	itemIndex: number,
	path: string,
	qs: Query,
	operation: string,
): Promise<IDataObject[]> {
	return await client.getList(path, qs, {
		...listParameters(ctx, itemIndex),
		operation,
		itemIndex,
	});
}

/** Return All, and Limit or Page Size, as the user set them (validated). */
export function listParameters(
	ctx: IExecuteFunctions,
	itemIndex: number,
): { returnAll: boolean; limit?: number; pageSize?: number } {
	const returnAll = ctx.getNodeParameter('returnAll', itemIndex, false) as boolean;
	if (!returnAll) {
		return {
			returnAll,
			limit: toNumber(ctx, itemIndex, ctx.getNodeParameter('limit', itemIndex, 50), 'Limit', {
				min: 1,
			}),
		};
	}
	const pageSize = toNumber(
		ctx,
		itemIndex,
		ctx.getNodeParameter('pageSize', itemIndex, DEFAULT_PAGE_SIZE),
		'Page Size',
		{ min: 1, max: 1000 },
	);
	return { returnAll, pageSize };
}
