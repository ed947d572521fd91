import type {
	IDataObject,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
	IPollFunctions,
} from 'n8n-workflow';
import { NodeConnectionTypes, NodeOperationError } from 'n8n-workflow';
import type { Query } from '../LeafLink/transport';
import { LeafLinkClient } from '../LeafLink/transport';
import type { FilterSpec } from '../LeafLink/shared/filters';
import { filterQuery, filtersCollection } from '../LeafLink/shared/filters';
import { ORDER_STATUSES, simplifyOrder } from '../LeafLink/shared/orders';
import { fail, toText } from '../LeafLink/shared/validators';
import type { PollState } from './poller';
import { applyPoll, DEFAULT_OVERLAP_SECONDS, newest, sinceOf } from './poller';

type Watched = 'order' | 'product' | 'customer';

interface WatchTarget {
	path: string;
	keyField: string;
	label: string;
}

const TARGETS: Record<Watched, WatchTarget> = {
	order: { path: '/orders-received/', keyField: 'number', label: 'orders' },
	product: { path: '/products/', keyField: 'id', label: 'products' },
	customer: { path: '/customers/', keyField: 'id', label: 'customers' },
};

const ORDER_CHILDREN = 'line_items,customer,sales_reps';

const PAGE_SIZE = 100;

/** Windows (days) searched, smallest first, for the newest record a manual run shows as a sample. */
const SAMPLE_WINDOWS_DAYS = [1, 7, 30, 365];

const SAMPLE_SCAN_LIMIT = 500;

const ORDER_FILTERS: FilterSpec[] = [
	{
		// named customerId in saved workflows, from when it took an ID; LeafLink's `customer` filter of orders is
		// the customer's name or nickname, so an ID matched nothing and the trigger stayed silent
		name: 'customerId',
		displayName: 'Customer',
		kind: 'custom',
		param: 'customer',
		description: 'Only orders of the customer with this name or nickname, as LeafLink shows it',
		property: { type: 'string', default: '' },
		read(ctx, itemIndex, value, query) {
			const name = toText(ctx, itemIndex, value, 'Customer');
			if (/^\d+$/.test(name))
				fail(
					ctx,
					itemIndex,
					`Customer takes the customer's name or nickname, not an ID ("${name}")`,
					'LeafLink filters orders by the name or nickname of their customer: give it as LeafLink shows it.',
				);
			query.customer = name;
		},
	},
	{
		name: 'paid',
		displayName: 'Paid',
		kind: 'yesNo',
		param: 'paid',
		description: 'Whether to keep only paid, or only unpaid, orders',
	},
	{
		name: 'statuses',
		displayName: 'Statuses',
		kind: 'multiOptions',
		param: 'status',
		options: ORDER_STATUSES.map((s) => ({ name: s, value: s })),
		description:
			'Only orders in one of these statuses (one LeafLink query per status). None: every status.',
	},
];

const RECORD_FILTERS: FilterSpec[] = [
	{
		name: 'archived',
		displayName: 'Archived',
		kind: 'yesNo',
		param: 'archived',
		description: 'Whether to keep only archived, or only unarchived, records',
	},
];

/** The list queries of one poll. The spec's order `status` filter takes one lowercase status, so one query per status. */
function queriesFor(ctx: IPollFunctions, watched: Watched): Query[] {
	const values = ctx.getNodeParameter('filters', {}) as IDataObject;
	const options = ctx.getNodeParameter('options', {}) as IDataObject;
	if (watched === 'order') {
		const { status, ...base } = filterQuery(ctx, 0, ORDER_FILTERS, values);
		if (options.includeChildren === true) base.include_children = ORDER_CHILDREN;
		const statuses = Array.isArray(status) ? status : [];
		if (statuses.length > 0)
			return statuses.map((s) => ({ ...base, status: String(s).toLowerCase() }));
		return [base];
	}
	return [filterQuery(ctx, 0, RECORD_FILTERS, values)];
}

function toItems(
	ctx: IPollFunctions,
	watched: Watched,
	records: IDataObject[],
): INodeExecutionData[] {
	const options = ctx.getNodeParameter('options', {}) as IDataObject;
	const simplify = watched === 'order' && options.simplify === true;
	return records.map((record) => ({ json: simplify ? simplifyOrder(record) : record }));
}

async function fetchChanged(
	client: LeafLinkClient,
	target: WatchTarget,
	queries: Query[],
	since: string,
) {
	const all: IDataObject[] = [];
	for (const qs of queries) {
		const records = await client.getList(
			target.path,
			{ ...qs, modified__gte: since },
			{
				returnAll: true,
				pageSize: PAGE_SIZE,
				operation: `Poll LeafLink for changed ${target.label}`,
			},
		);
		all.push(...records);
	}
	return all;
}

/** The newest record (by modified) for a manual run, searching widening windows so no full scan is needed. */
async function sample(
	client: LeafLinkClient,
	target: WatchTarget,
	queries: Query[],
): Promise<IDataObject | undefined> {
	const now = Date.now();
	for (const days of SAMPLE_WINDOWS_DAYS) {
		const since = new Date(now - days * 86_400_000).toISOString();
		const found: IDataObject[] = [];
		for (const qs of queries) {
			found.push(
				...(await client.getList(
					target.path,
					{ ...qs, modified__gte: since },
					{
						returnAll: false,
						limit: SAMPLE_SCAN_LIMIT,
						pageSize: PAGE_SIZE,
						operation: `Find a sample of ${target.label}`,
					},
				)),
			);
		}
		const best = newest(found);
		if (best) return best;
	}
	for (const qs of queries) {
		const [any] = await client.getList(target.path, qs, {
			returnAll: false,
			limit: 1,
			operation: `Find a sample of ${target.label}`,
		});
		if (any) return any;
	}
	return undefined;
}

export class LeafLinkPollingTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'LeafLink Polling Trigger',
		name: 'leafLinkPollingTrigger',
		icon: { light: 'file:leafLink.svg', dark: 'file:leafLink.dark.svg' },
		group: ['trigger'],
		version: 1,
		subtitle: '={{"new or updated " + $parameter["watch"] + "s"}}',
		description:
			'Starts the workflow for new or updated LeafLink orders, products or customers, by polling (for n8n installs LeafLink cannot reach)',
		defaults: { name: 'LeafLink Polling Trigger' },
		polling: true,
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'leafLinkApi', required: true }],
		properties: [
			{
				displayName:
					"Asks LeafLink for records modified since the last poll (LeafLink's documented alternative to webhooks). The first poll only marks the start: changes from then on are emitted, each once. Prefer the LeafLink Trigger (webhooks) when LeafLink can reach this n8n.",
				name: 'pollingNotice',
				type: 'notice',
				default: '',
			},
			{
				displayName: 'Watch',
				name: 'watch',
				type: 'options',
				noDataExpression: true,
				options: [
					{ name: 'Customer', value: 'customer', description: 'New or updated customers' },
					{ name: 'Order', value: 'order', description: 'New or updated orders received' },
					{ name: 'Product', value: 'product', description: 'New or updated products' },
				],
				default: 'order',
			},
			filtersCollection(ORDER_FILTERS, {
				placeholder: 'Add filter',
				displayOptions: { show: { watch: ['order'] } },
			}),
			filtersCollection(RECORD_FILTERS, {
				placeholder: 'Add filter',
				displayOptions: { show: { watch: ['product', 'customer'] } },
			}),
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add option',
				default: {},
				options: [
					{
						displayName: 'Include Line Items',
						name: 'includeChildren',
						type: 'boolean',
						default: false,
						displayOptions: { show: { '/watch': ['order'] } },
						description: 'Whether to include line items, the customer and sales reps in each order',
					},
					{
						displayName: 'Overlap (Seconds)',
						name: 'overlapSeconds',
						type: 'number',
						typeOptions: { minValue: 0 },
						default: DEFAULT_OVERLAP_SECONDS,
						description:
							'How far before the last change seen each poll looks again, to catch changes that became visible late. Re-read records are not emitted twice.',
					},
					{
						displayName: 'Simplify',
						name: 'simplify',
						type: 'boolean',
						default: false,
						displayOptions: { show: { '/watch': ['order'] } },
						description:
							'Whether to return a simplified version of each order instead of the raw data',
					},
				],
			},
		],
	};

	async poll(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
		const watched = this.getNodeParameter('watch') as Watched;
		const target = TARGETS[watched];
		if (!target)
			throw new NodeOperationError(this.getNode(), `Unknown record type "${String(watched)}"`);
		const options = this.getNodeParameter('options', {}) as IDataObject;
		const overlapSeconds = Math.max(
			0,
			Number(options.overlapSeconds ?? DEFAULT_OVERLAP_SECONDS) || 0,
		);
		const queries = queriesFor(this, watched);
		const client = new LeafLinkClient(this);

		// A manual run shows the newest record and leaves the cursor alone
		if (this.getMode() === 'manual') {
			const record = await sample(client, target, queries);
			return record ? [toItems(this, watched, [record])] : null;
		}

		const staticData = this.getWorkflowStaticData('node') as IDataObject;
		const state: PollState = {
			cursor: typeof staticData.cursor === 'string' ? staticData.cursor : undefined,
			seen: (staticData.seen as Record<string, string> | undefined) ?? {},
		};
		const since = sinceOf(state, overlapSeconds);
		if (since === undefined) {
			// First poll: mark the start; changes from now on are emitted
			staticData.cursor = new Date().toISOString();
			staticData.seen = {};
			return null;
		}

		// Any failure throws before the state changes, so the next poll asks again from the same cursor
		const records = await fetchChanged(client, target, queries, since);
		const { emit, next } = applyPoll(state, records, target.keyField, overlapSeconds);
		staticData.cursor = next.cursor;
		staticData.seen = next.seen;
		return emit.length > 0 ? [toItems(this, watched, emit)] : null;
	}
}
