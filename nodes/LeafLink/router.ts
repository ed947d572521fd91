import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';
import { findOperation } from './resources';
import { checkChoices } from './shared/checkedParameters';
import type { OperationEntry } from './shared/types';
import { DEFAULT_CONCURRENCY, LeafLinkClient, MAX_CONCURRENCY } from './transport';

/** Settings every operation shares, shown last in the node: read here so no operation file has to. */
export const requestOptionsProperty: INodeProperties = {
	displayName: 'Request Options',
	name: 'requestOptions',
	type: 'collection',
	placeholder: 'Add Option',
	default: {},
	options: [
		{
			displayName: 'Parallel Requests',
			name: 'parallelRequests',
			type: 'number',
			typeOptions: { minValue: 1, maxValue: MAX_CONCURRENCY },
			default: DEFAULT_CONCURRENCY,
			description:
				"How many requests this node may have under way at once, across its items and the pages of a Return All. All of them keep to LeafLink's rate limit together. Output stays in input order; the requests of one item, and items that change the same record, still run one after another. 1 sends one request at a time. Read from the first item.",
		},
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
		throw new NodeOperationError(
			ctx.getNode(),
			`Timeout must be a number of seconds greater than 0, not "${String(raw)}"`,
			{
				itemIndex,
				description: 'Set Request Options > Timeout, e.g. 60.',
			},
		);
	}
	return Math.round(seconds * 1000);
}

/** The Parallel Requests of Request Options: one figure for the whole execution, read from the first item. */
function parallelRequests(ctx: IExecuteFunctions): number {
	const options = ctx.getNodeParameter('requestOptions', 0, {}) as IDataObject;
	const raw = options.parallelRequests;
	if (raw === undefined || raw === null || raw === '') return DEFAULT_CONCURRENCY;
	const value = typeof raw === 'number' ? raw : Number(String(raw).trim());
	if (!Number.isInteger(value) || value < 1 || value > MAX_CONCURRENCY) {
		throw new NodeOperationError(
			ctx.getNode(),
			`Parallel Requests must be a whole number from 1 to ${MAX_CONCURRENCY}, not "${String(raw)}"`,
			{
				itemIndex: 0,
				description: `Set Request Options > Parallel Requests, e.g. ${DEFAULT_CONCURRENCY}, or 1 to send one request at a time.`,
			},
		);
	}
	return value;
}

/**
 * Runs the chosen operation once per input item, up to Parallel Requests items at a time; the output is in input
 * order and every output item is paired with the item it came from. Items are started in input order; one that
 * changes a record another earlier item also addresses waits for it (see RecordTurns). Without Continue On Fail,
 * the first failing item (in input order) fails the node, and no item is started after a failure.
 */
export async function route(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
	const items = this.getInputData();
	// one client per execution: pacing, retries and the requests under way are shared by all items, nothing
	// outlives the run; each item gets its own view of it with its own settings
	const client = new LeafLinkClient(this, { concurrency: parallelRequests(this) });
	const outputs: INodeExecutionData[][] = new Array(items.length);
	const turns = new RecordTurns();
	// the failing item that fails the node: the first in input order, as when items ran one after another
	const stop: { failure?: { itemIndex: number; error: unknown } } = {};
	const fail = (itemIndex: number, error: unknown) => {
		if (!stop.failure || itemIndex < stop.failure.itemIndex) stop.failure = { itemIndex, error };
	};
	const failedBefore = (itemIndex: number) =>
		stop.failure !== undefined && stop.failure.itemIndex < itemIndex;
	let nextItem = 0;

	const runItem = async (
		itemIndex: number,
		entry: OperationEntry | undefined,
		resource: string,
		operation: string,
	) => {
		try {
			const timeout = timeoutMs(this, itemIndex);
			if (!entry) {
				throw new NodeOperationError(
					this.getNode(),
					`The operation "${operation}" of "${resource}" is not supported`,
					{
						itemIndex,
					},
				);
			}
			// a choice the operation did not check is refused in place of its first request, after its own checks
			const itemClient = client.forItem({
				timeout,
				refuseBeforeSending: invalidChoice(this, entry.module.description, itemIndex),
			});
			const result = await entry.module.execute.call(this, itemClient, itemIndex);
			const records: IDataObject[] =
				result === undefined ? [] : Array.isArray(result) ? result : [result];
			outputs[itemIndex] = this.helpers.constructExecutionMetaData(
				this.helpers.returnJsonArray(records),
				{
					itemData: { item: itemIndex },
				},
			);
		} catch (error) {
			await hideSecrets(client, error);
			if (this.continueOnFail()) {
				const failure: IDataObject = {
					error: (error as Error).message,
					...((error as NodeApiError).description
						? { description: (error as NodeApiError).description }
						: {}),
					...((error as NodeApiError).httpCode
						? { httpCode: (error as NodeApiError).httpCode }
						: {}),
				};
				// n8n moves an item to the error output only when `error` is its json's one key; it then adds the
				// input item's fields, so the failing record travels with its error
				const { error: message, ...details } = failure;
				const json =
					this.getNode().onError === 'continueErrorOutput'
						? { error: { message, ...details } }
						: failure;
				outputs[itemIndex] = [{ json, pairedItem: { item: itemIndex } }];
				return;
			}
			fail(itemIndex, asNodeError(this, error, itemIndex));
		}
	};

	const worker = async () => {
		while (stop.failure === undefined && nextItem < items.length) {
			const itemIndex = nextItem++;
			let resource: string;
			let operation: string;
			try {
				resource = this.getNodeParameter('resource', itemIndex) as string;
				operation = this.getNodeParameter('operation', itemIndex) as string;
			} catch (error) {
				// as before items ran side by side: a resource or operation that cannot be read fails the node as it is
				fail(itemIndex, error);
				return;
			}
			const entry = findOperation(resource, operation);
			// taken now, while items are still started in input order
			const turn = turns.take(
				entry ? recordKeys(this, resource, entry, itemIndex) : [],
				entry ? changesRecords(entry) : false,
			);
			try {
				await turn.ready;
				// an item that was waiting for its record is not started after an earlier item failed the node
				if (failedBefore(itemIndex)) continue;
				await runItem(itemIndex, entry, resource, operation);
			} finally {
				turn.done();
			}
		}
	};
	await Promise.all(Array.from({ length: Math.min(client.concurrency, items.length) }, worker));
	if (stop.failure) throw stop.failure.error;
	return [outputs.flatMap((out) => out ?? [])];
}

/**
 * The LeafLink records an item addresses, as keys "parameter=value": the operation's record ID and parent
 * parameters (its resource locators named ...Id or ...Number, e.g. Product ID, Order Number, Batch ID), and for
 * Create or Update the external ID it looks up. The same parameter name addresses the same kind of record in every
 * resource (Order Number is an order everywhere), so the keys need no resource, except the external ID.
 */
function recordKeys(
	ctx: IExecuteFunctions,
	resource: string,
	entry: OperationEntry,
	itemIndex: number,
): string[] {
	const keys: string[] = [];
	const text = (value: unknown) =>
		value === undefined || value === null ? '' : String(value).trim().toLowerCase();
	for (const field of entry.module.description) {
		try {
			if (field.type === 'resourceLocator' && /(Id|Number)$/.test(field.name)) {
				const value = text(
					ctx.getNodeParameter(field.name, itemIndex, undefined, { extractValue: true }),
				);
				if (value) keys.push(`${field.name}=${value}`);
			} else if (field.name === 'upsertValue') {
				const key = text(ctx.getNodeParameter('upsertKey', itemIndex, ''));
				const value = text(ctx.getNodeParameter('upsertValue', itemIndex, ''));
				if (value) keys.push(`${resource} external ID ${key}=${value}`);
			}
		} catch {
			// a value that cannot be read fails the item itself, with the operation's own message
		}
	}
	return keys;
}

/** Whether an operation may change a record: it sends anything but GET. */
function changesRecords(entry: OperationEntry): boolean {
	return entry.sends.some((send) => !send.startsWith('GET '));
}

/**
 * Keeps items that address the same record in input order while others run side by side: an item that changes a
 * record waits for every earlier item on it; one that only reads waits for the earlier changes only. Items take
 * their turn in input order, so a wait only ever points back to an earlier item and cannot deadlock.
 */
class RecordTurns {
	private readonly records = new Map<
		string,
		{ lastChange: Promise<void>; readsSince: Array<Promise<void>> }
	>();

	take(keys: string[], changes: boolean): { ready: Promise<unknown>; done: () => void } {
		let done!: () => void;
		const finished = new Promise<void>((resolve) => (done = resolve));
		const before: Array<Promise<void>> = [];
		for (const key of new Set(keys)) {
			const record = this.records.get(key) ?? { lastChange: Promise.resolve(), readsSince: [] };
			before.push(record.lastChange);
			if (changes) {
				before.push(...record.readsSince);
				this.records.set(key, { lastChange: finished, readsSince: [] });
			} else {
				record.readsSince.push(finished);
				this.records.set(key, record);
			}
		}
		return { ready: Promise.all(before), done };
	}
}

/**
 * A value an expression gave a fixed-choice field that is not one of its choices, as the error to report (see
 * checkChoices); undefined when every choice is valid.
 */
function invalidChoice(
	ctx: IExecuteFunctions,
	description: INodeProperties[],
	itemIndex: number,
): Error | undefined {
	try {
		checkChoices(ctx, description, itemIndex);
		return undefined;
	} catch (error) {
		return error as Error;
	}
}

/**
 * A value the user typed can carry the key (pasted into the wrong field) and a message may quote it back: every
 * secret of the credential is taken out of what the error shows before n8n sees it.
 */
async function hideSecrets(client: LeafLinkClient, error: unknown): Promise<void> {
	if (typeof error !== 'object' || error === null) return;
	const e = error as {
		message?: unknown;
		description?: unknown;
		stack?: unknown;
		messages?: unknown;
	};
	try {
		if (typeof e.message === 'string') e.message = await client.redact(e.message);
		if (typeof e.description === 'string') e.description = await client.redact(e.description);
		if (typeof e.stack === 'string') e.stack = await client.redact(e.stack);
		if (Array.isArray(e.messages))
			e.messages = await Promise.all(
				e.messages.map(async (m) => (typeof m === 'string' ? await client.redact(m) : m)),
			);
	} catch {
		// without the credential there is no secret to hide
	}
}

/** Our own errors pass through with the item they belong to; anything else becomes a NodeOperationError. */
function asNodeError(
	ctx: IExecuteFunctions,
	error: unknown,
	itemIndex: number,
): NodeApiError | NodeOperationError {
	if (error instanceof NodeApiError || error instanceof NodeOperationError) {
		if (error.context.itemIndex === undefined) error.context.itemIndex = itemIndex;
		return error;
	}
	return new NodeOperationError(ctx.getNode(), error as Error, { itemIndex });
}
