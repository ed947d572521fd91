import type { IDataObject, IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';
import { findOperation } from './resources';
import { checkChoices } from './shared/checkedParameters';
import { LeafLinkClient } from './transport';

/** Settings every operation shares, shown last in the node: read here so no operation file has to. */
export const requestOptionsProperty: INodeProperties = {
	displayName: 'Request Options',
	name: 'requestOptions',
	type: 'collection',
	placeholder: 'Add Option',
	default: {},
	options: [
		{
			displayName: 'Timeout',
			name: 'timeout',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 60,
			description:
				'Seconds to wait for LeafLink to answer one request before giving up on it. Reads are tried again; a create or status change is not, since it may have been applied.',
		},
	],
};

/** The Timeout of Request Options, in milliseconds (60 s when not set). */
function timeoutMs(ctx: IExecuteFunctions, itemIndex: number): number {
	const options = ctx.getNodeParameter('requestOptions', itemIndex, {}) as IDataObject;
	const raw = options.timeout;
	if (raw === undefined || raw === null || raw === '') return 60_000;
	const seconds = typeof raw === 'number' ? raw : Number(String(raw).trim());
	if (!Number.isFinite(seconds) || seconds <= 0) {
		throw new NodeOperationError(ctx.getNode(), `Timeout must be a number of seconds greater than 0, not "${String(raw)}"`, {
			itemIndex,
			description: 'Set Request Options > Timeout, e.g. 60.',
		});
	}
	return Math.round(seconds * 1000);
}

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
			client.defaultTimeout = timeoutMs(this, itemIndex);
			const entry = findOperation(resource, operation);
			if (!entry) {
				throw new NodeOperationError(this.getNode(), `The operation "${operation}" of "${resource}" is not supported`, {
					itemIndex,
				});
			}
			// after the operation's own checks, and before its first request: a choice it did not check is refused
			let checked = false;
			client.beforeRequest = () => {
				if (checked) return;
				checked = true;
				checkChoices(this, entry.module.description, itemIndex);
			};
			const result = await entry.module.execute.call(this, client, itemIndex);
			const records: IDataObject[] = result === undefined ? [] : Array.isArray(result) ? result : [result];
			returnData.push(
				...this.helpers.constructExecutionMetaData(this.helpers.returnJsonArray(records), {
					itemData: { item: itemIndex },
				}),
			);
		} catch (error) {
			await hideSecrets(client, error);
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

/**
 * A value the user typed can carry the key (pasted into the wrong field) and a message may quote it back: every
 * secret of the credential is taken out of what the error shows before n8n sees it.
 */
async function hideSecrets(client: LeafLinkClient, error: unknown): Promise<void> {
	if (typeof error !== 'object' || error === null) return;
	const e = error as { message?: unknown; description?: unknown; stack?: unknown; messages?: unknown };
	try {
		if (typeof e.message === 'string') e.message = await client.redact(e.message);
		if (typeof e.description === 'string') e.description = await client.redact(e.description);
		if (typeof e.stack === 'string') e.stack = await client.redact(e.stack);
		if (Array.isArray(e.messages)) e.messages = await Promise.all(e.messages.map(async (m) => (typeof m === 'string' ? await client.redact(m) : m)));
	} catch {
		// without the credential there is no secret to hide
	}
}

/** Our own errors pass through with the item they belong to; anything else becomes a NodeOperationError. */
function asNodeError(ctx: IExecuteFunctions, error: unknown, itemIndex: number): NodeApiError | NodeOperationError {
	if (error instanceof NodeApiError || error instanceof NodeOperationError) {
		if (error.context.itemIndex === undefined) error.context.itemIndex = itemIndex;
		return error;
	}
	return new NodeOperationError(ctx.getNode(), error as Error, { itemIndex });
}
