import type {
	IDataObject,
	IHookFunctions,
	INodeExecutionData,
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';
import { CREDENTIAL_TYPE, LeafLinkClient } from '../LeafLink/transport';
import type { ClassifiedRecord, LeafLinkEvent } from './payload';
import { parseJsonBody, recordsOf } from './payload';
import { signatureHeader, verifySignature } from './signature';

/** What n8n hands a webhook: the Express request, with the raw bytes n8n's body reader keeps. */
interface IncomingDelivery {
	headers?: Record<string, unknown>;
	rawBody?: unknown;
	readRawBody?: () => Promise<void>;
}

/** The part of Express's response the trigger answers with when it refuses a delivery. */
interface DeliveryResponse {
	headersSent?: boolean;
	status(code: number): DeliveryResponse;
	json(body: unknown): unknown;
}

const ORDER_CHILDREN = 'line_items,customer,sales_reps';

const SETUP_NOTICE =
	'LeafLink has no API for webhooks: a LeafLink admin registers this URL by hand. In LeafLink go to Settings > Developer Options > Add Webhook, give it a name, paste this node\'s Production URL (under "Webhook URLs" above), tick NEW & CHANGED ORDERS and/or NEW & CHANGED PRODUCTS, and save. ' +
	'Deliveries are verified with the Webhook Key (Settings > Developer Options > Webhook Key) saved in the LeafLink API credential; if the credential has no Webhook Key, deliveries are accepted UNVERIFIED (anyone who learns the URL can start this workflow) unless "Require Signature" is on.';

/** The raw bytes of the delivery, as n8n's body reader keeps them (reading them first if nothing has yet). */
async function rawBodyOf(request: IncomingDelivery): Promise<Buffer | undefined> {
	if (!Buffer.isBuffer(request.rawBody) && typeof request.readRawBody === 'function') {
		await request.readRawBody();
	}
	const raw = request.rawBody;
	if (Buffer.isBuffer(raw)) return raw;
	if (typeof raw === 'string') return Buffer.from(raw, 'utf8');
	return undefined;
}

/**
 * Answers the delivery now, with a JSON body. The trigger answers every delivery itself: left to n8n, an accepted
 * delivery in "onReceived" mode is answered with the webhook's `responseData`, which n8n defaults to the literal
 * text `firstEntryJson` for a node that declares none (n8n 2.8.4, webhook-helpers.js).
 */
function answer(ctx: IWebhookFunctions, status: number, body: IDataObject): void {
	const res = ctx.getResponseObject() as unknown as DeliveryResponse;
	if (!res.headersSent) res.status(status).json(body);
}

/** Answers the delivery now with this status and starts no execution. */
function refuse(ctx: IWebhookFunctions, status: number, message: string): IWebhookResponseData {
	answer(ctx, status, { message });
	return { noWebhookResponse: true };
}

async function fetchFullRecord(
	ctx: IWebhookFunctions,
	item: ClassifiedRecord,
): Promise<IDataObject> {
	const client = new LeafLinkClient(ctx);
	try {
		if (item.event === 'order') {
			return await client.request(
				'GET',
				`/orders-received/${encodeURIComponent(String(item.record.number))}/`,
				{
					qs: { include_children: ORDER_CHILDREN },
					operation: 'Fetch the delivered order',
				},
			);
		}
		return await client.request('GET', `/products/${encodeURIComponent(String(item.record.id))}/`, {
			operation: 'Fetch the delivered product',
		});
	} catch (error) {
		// LeafLink has already been answered 200: keep the delivery rather than lose it, and say why it is partial
		return {
			...item.record,
			fetch_error: await client.redact((error as Error).message ?? String(error)),
		};
	}
}

export class LeafLinkTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'LeafLink Trigger',
		name: 'leafLinkTrigger',
		icon: { light: 'file:leafLink.svg', dark: 'file:leafLink.dark.svg' },
		group: ['trigger'],
		// 1.1 behaves as 1. n8n evaluates an expression (`$parameter.options.binaryData`) on every delivery to a
		// version-1 webhook node before the node runs; on n8n 2.x's isolated-vm expression engine that costs
		// more CPU than the node's own work, so new triggers are 1.1 and saved version-1 triggers keep working
		version: [1, 1.1],
		defaultVersion: 1.1,
		subtitle: '={{"on " + $parameter["events"].join(", ")}}',
		description:
			'Starts the workflow when LeafLink sends a webhook for a new or changed order or product',
		defaults: { name: 'LeafLink Trigger' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'leafLinkApi', required: true }],
		webhooks: [
			{
				name: 'default',
				httpMethod: 'POST',
				// LeafLink deactivates a webhook that keeps failing: answer as soon as the delivery is accepted
				responseMode: 'onReceived',
				path: 'webhook',
			},
		],
		properties: [
			{
				displayName: SETUP_NOTICE,
				name: 'setupNotice',
				type: 'notice',
				default: '',
			},
			{
				displayName: 'Events',
				name: 'events',
				type: 'multiOptions',
				required: true,
				options: [
					{
						name: 'New or Changed Order',
						value: 'order',
						description: 'Deliveries of the NEW & CHANGED ORDERS subscription',
					},
					{
						name: 'New or Changed Product',
						value: 'product',
						description: 'Deliveries of the NEW & CHANGED PRODUCTS subscription',
					},
				],
				default: ['order'],
				description:
					'Which deliveries start the workflow. Others are answered 200 and dropped, so LeafLink does not disable the webhook.',
			},
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add option',
				default: {},
				options: [
					{
						displayName: 'Fetch Full Record',
						name: 'fetchFullRecord',
						type: 'boolean',
						default: false,
						description:
							'Whether to read the record from LeafLink before starting the workflow (orders with line items, customer and sales reps). LeafLink is answered first. If the read fails, the delivered payload is used and fetch_error says why.',
					},
					{
						displayName: 'Require Signature',
						name: 'requireSignature',
						type: 'boolean',
						default: false,
						description:
							'Whether to refuse (401) every delivery when the credential has no Webhook Key. With a Webhook Key, deliveries are always verified.',
					},
				],
			},
		],
	};

	// LeafLink offers no API to register, list or remove webhooks: an admin does it in LeafLink's UI
	// (Settings > Developer Options > Add Webhook). So there is nothing to create or delete on LeafLink's
	// side, and these answer without any network call.
	webhookMethods = {
		default: {
			async checkExists(this: IHookFunctions): Promise<boolean> {
				// Nothing can be looked up at LeafLink; answering false lets n8n call create(), which is a no-op
				return false;
			},
			async create(this: IHookFunctions): Promise<boolean> {
				// The URL is registered by a LeafLink admin, as the node's notice explains
				return true;
			},
			async delete(this: IHookFunctions): Promise<boolean> {
				// Deliveries to an inactive workflow get 404 from n8n; the admin removes the webhook in LeafLink
				return true;
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		const request = this.getRequestObject() as unknown as IncomingDelivery;
		const credentials = await this.getCredentials(CREDENTIAL_TYPE);
		const webhookSecret =
			typeof credentials.webhookSecret === 'string' ? credentials.webhookSecret.trim() : '';
		const options = this.getNodeParameter('options', {}) as IDataObject;

		// 1. Signature, over the bytes as received, before anything is parsed
		const rawBody = await rawBodyOf(request);
		if (webhookSecret) {
			const check = verifySignature(
				rawBody ?? Buffer.alloc(0),
				signatureHeader(request.headers),
				webhookSecret,
			);
			if (check === 'missing') return refuse(this, 401, 'Missing LL-Signature header');
			if (check === 'malformed') return refuse(this, 401, 'Malformed LL-Signature header');
			if (check === 'invalid') return refuse(this, 401, 'Invalid LL-Signature');
		} else if (options.requireSignature === true) {
			return refuse(
				this,
				401,
				'This trigger requires signed deliveries, but its LeafLink credential has no Webhook Key',
			);
		} else {
			this.logger.warn(
				'LeafLink Trigger accepted a delivery without verifying it: the credential has no Webhook Key',
				{
					node: this.getNode().name,
				},
			);
		}

		// 2. The body must be JSON
		const parsed = rawBody ? parseJsonBody(rawBody) : { ok: false as const };
		if (!parsed.ok) return refuse(this, 400, 'The request body is not JSON');

		// 3. Keep what the user asked for; answer the rest 200 without an execution
		const events = this.getNodeParameter('events', []) as LeafLinkEvent[];
		const wanted = recordsOf(parsed.value).filter(
			(r) => r.event !== undefined && events.includes(r.event),
		);
		if (wanted.length === 0) {
			return { webhookResponse: { received: true, ignored: true } };
		}

		// 4. Answer LeafLink now: it deactivates a webhook that keeps failing, and a replay of an accepted delivery
		// cannot be told from the first (LeafLink signs the body only, with no timestamp or delivery ID), so
		// dropping repeats is the workflow's job (README: "Webhook replays")
		answer(this, 200, { received: true });

		// 5. Optionally read the full records, after answering (reads can wait on LeafLink's rate limit)
		const records: Array<{ event: LeafLinkEvent; json: IDataObject }> = [];
		for (const item of wanted) {
			const json =
				options.fetchFullRecord === true ? await fetchFullRecord(this, item) : item.record;
			records.push({ event: item.event as LeafLinkEvent, json });
		}
		return { noWebhookResponse: true, workflowData: [toItems(records)] };
	}
}

function toItems(
	records: Array<{ event: LeafLinkEvent; json: IDataObject }>,
): INodeExecutionData[] {
	return records.map((r) => ({ json: r.json }));
}
