import type { IDataObject, IExecuteFunctions, INodeExecutionData } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';
import { findOperation } from './resources';
import { LeafLinkClient } from './transport';

/** Runs the chosen operation once per input item; every output item is paired with the item it came from. */
export async function route(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	// one client per execution: pacing and retries are shared by all items, nothing outlives the run
	const client = new LeafLinkClient(this);
	const returnData: INodeExecutionData[] = [];

	for (let itemIndex = 0; itemIndex < items.length; itemIndex++) {
		const resource = this.getNodeParameter('resource', itemIndex) as string;
		const operation = this.getNodeParameter('operation', itemIndex) as string;
		try {
			const entry = findOperation(resource, operation);
			if (!entry) {
				throw new NodeOperationError(this.getNode(), `The operation "${operation}" of "${resource}" is not supported`, {
					itemIndex,
				});
			}
			const result = await entry.module.execute.call(this, client, itemIndex);
			const records: IDataObject[] = result === undefined ? [] : Array.isArray(result) ? result : [result];
			returnData.push(
				...this.helpers.constructExecutionMetaData(this.helpers.returnJsonArray(records), {
					itemData: { item: itemIndex },
				}),
			);
		} catch (error) {
			if (this.continueOnFail()) {
				returnData.push({
					json: {
						error: (error as Error).message,
						...((error as NodeApiError).description ? { description: (error as NodeApiError).description } : {}),
						...((error as NodeApiError).httpCode ? { httpCode: (error as NodeApiError).httpCode } : {}),
					},
					pairedItem: { item: itemIndex },
				});
				continue;
			}
			throw asNodeError(this, error, itemIndex);
		}
	}
	return [returnData];
}

/** Our own errors pass through with the item they belong to; anything else becomes a NodeOperationError. */
function asNodeError(ctx: IExecuteFunctions, error: unknown, itemIndex: number): NodeApiError | NodeOperationError {
	if (error instanceof NodeApiError || error instanceof NodeOperationError) {
		if (error.context.itemIndex === undefined) error.context.itemIndex = itemIndex;
		return error;
	}
	return new NodeOperationError(ctx.getNode(), error as Error, { itemIndex });
}
