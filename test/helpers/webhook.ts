/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- test code runs in Node (servers, files, environment), not in n8n Cloud's sandbox for nodes */
/**
 * Serves one webhook node over real HTTP the way n8n's webhook server does, with n8n-core's own pieces:
 * a real `Workflow`, n8n-core's `WebhookContext` and `parseIncomingMessage`, and a real node:http request
 * and response, so headers and raw bytes are whatever the client sent.
 *
 * What n8n's CLI does around the node is reproduced from packages/cli (middlewares/body-parser.ts and
 * webhooks/webhook-helpers.ts): `readRawBody` keeps the raw bytes on `req.rawBody`; `parseBody` parses
 * JSON bodies (422 "Failed to parse request body" when a body sent as application/json is not JSON);
 * then the node's `webhook()` runs; `noWebhookResponse` means the node answered; no `workflowData` means
 * "answer 200 and start nothing"; otherwise an execution starts and `onReceived` answers 200 with the webhook's
 * `responseData` (the text `firstEntryJson` when the node declares none, as n8n does).
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseIncomingMessage, WebhookContext } from 'n8n-core';
import type {
	IDataObject,
	INode,
	INodeExecutionData,
	INodeType,
	IWebhookData,
	IWebhookDescription,
	IWebhookResponseData,
} from 'n8n-workflow';
import { jsonParse, Workflow } from 'n8n-workflow';
import type { LeafLinkCredentialData } from './engine';
import { buildAdditionalData, registerNodeType, testNodeTypes } from './engine';

/** The parts of Express's request and response that n8n's webhook code and our nodes use. */
type WebhookRequest = http.IncomingMessage & {
	body?: unknown;
	query: IDataObject;
	params: IDataObject;
};
type WebhookResponse = http.ServerResponse & {
	status(code: number): WebhookResponse;
	json(body: unknown): WebhookResponse;
	send(body: unknown): WebhookResponse;
};

export interface Delivery {
	status: number;
	body: unknown;
	/** workflowData the node returned for this delivery: an execution started */
	workflowData?: INodeExecutionData[][];
	/** the node's webhook() threw */
	error?: Error;
}

export interface WebhookServer {
	/** the node's production webhook URL on this server */
	url: string;
	/** what each delivery led to, in order */
	deliveries: Delivery[];
	/** executions started (one per delivery that returned workflowData) */
	executions(): INodeExecutionData[][][];
	post(body: string | Buffer, headers?: Record<string, string>): Promise<Delivery>;
	stop(): Promise<void>;
}

export interface WebhookServerOptions {
	nodeType: INodeType;
	/** n8n type name, e.g. n8n-nodes-leaflink.leafLinkTrigger */
	typeName: string;
	parameters: INode['parameters'];
	credential: LeafLinkCredentialData;
}

function expressLike(
	req: http.IncomingMessage,
	res: http.ServerResponse,
): [WebhookRequest, WebhookResponse] {
	const request = req as WebhookRequest;
	const url = new URL(req.url ?? '/', 'http://localhost');
	request.query = Object.fromEntries(url.searchParams.entries());
	request.params = {};
	// n8n's rawBodyReader: the raw bytes, read once, kept on req.rawBody
	request.readRawBody = async () => {
		if (!request.rawBody) {
			const chunks: Buffer[] = [];
			for await (const chunk of req) chunks.push(chunk as Buffer);
			request.rawBody = Buffer.concat(chunks);
			request._body = true;
		}
	};
	const response = res as WebhookResponse;
	response.status = (code: number) => {
		response.statusCode = code;
		return response;
	};
	response.json = (body: unknown) => {
		if (!response.headersSent)
			response.setHeader('Content-Type', 'application/json; charset=utf-8');
		response.end(JSON.stringify(body));
		return response;
	};
	response.send = (body: unknown) => {
		if (typeof body === 'object' && body !== null && !Buffer.isBuffer(body))
			return response.json(body);
		response.end(body as string | Buffer);
		return response;
	};
	return [request, response];
}

/** n8n's parseBody for the content types a LeafLink delivery can have; false when it answered 422. */
async function parseBody(req: WebhookRequest, res: WebhookResponse): Promise<boolean> {
	await req.readRawBody();
	const { rawBody, contentType, encoding } = req;
	if (rawBody?.length) {
		try {
			if (contentType === 'application/json') req.body = jsonParse(rawBody.toString(encoding));
			else if (contentType === 'text/plain') req.body = rawBody.toString(encoding);
		} catch (error) {
			res.status(422).json({
				code: 422,
				message: 'Failed to parse request body',
				hint: (error as Error).message,
			});
			return false;
		}
	}
	req.body ??= {};
	return true;
}

export async function startWebhookServer(options: WebhookServerOptions): Promise<WebhookServer> {
	registerNodeType(options.typeName, options.nodeType);
	const webhookId = '6f1c8e0a-1b2c-4d3e-8f90-a1b2c3d4e5f6';
	const node: INode = {
		id: 'trigger',
		name: 'LeafLink Trigger',
		type: options.typeName,
		typeVersion: 1,
		position: [0, 0],
		webhookId,
		parameters: options.parameters,
		credentials: { leafLinkApi: { id: 'cred-1', name: 'LeafLink test' } },
	};
	const workflow = new Workflow({
		id: 'webhook-workflow',
		name: 'LeafLink webhook test',
		nodes: [node],
		connections: {},
		active: true,
		nodeTypes: testNodeTypes(),
		settings: { executionOrder: 'v1' },
	});
	const description = options.nodeType.description.webhooks?.[0] as IWebhookDescription;
	const path = `/webhook/${webhookId}/${String(description.path)}`;
	const deliveries: Delivery[] = [];

	const server = http.createServer((req, res) => {
		void (async () => {
			const [request, response] = expressLike(req, res);
			const delivery: Delivery = { status: 0, body: undefined };
			if (
				request.method !== description.httpMethod ||
				new URL(req.url ?? '/', 'http://x').pathname !== path
			) {
				response.status(404).json({ message: 'The requested webhook is not registered.' });
				return;
			}
			parseIncomingMessage(request);
			if (!(await parseBody(request, response))) {
				deliveries.push(delivery);
				return;
			}
			const additionalData = buildAdditionalData(
				{ 'cred-1': options.credential },
				{ httpRequest: request as never, httpResponse: response as never },
			);
			const webhookData: IWebhookData = {
				httpMethod: description.httpMethod as IWebhookData['httpMethod'],
				node: node.name,
				path: String(description.path),
				webhookDescription: description,
				workflowId: String(workflow.id),
				workflowExecuteAdditionalData: additionalData,
				webhookId,
			};
			const context = new WebhookContext(
				workflow,
				node,
				additionalData,
				'webhook',
				webhookData,
				[],
				null,
			);
			let result: IWebhookResponseData;
			try {
				result = await options.nodeType.webhook!.call(context);
			} catch (error) {
				delivery.error = error as Error;
				deliveries.push(delivery);
				if (!response.headersSent)
					response
						.status(500)
						.json({ message: 'Workflow Webhook Error: Workflow could not be started!' });
				return;
			}
			deliveries.push(delivery);
			if (result.workflowData !== undefined) delivery.workflowData = result.workflowData;
			if (result.noWebhookResponse === true) return;
			if (response.headersSent) return;
			if (result.workflowData === undefined) {
				response.status(200).json(result.webhookResponse ?? { message: 'Webhook call received' });
			} else {
				// n8n answers an accepted delivery in onReceived mode with the webhook's responseData, 'firstEntryJson'
				// when the node declares none, as that literal text (packages/cli webhook-on-received-response-extractor)
				const responseData = description.responseData ?? 'firstEntryJson';
				if (responseData === 'noData') response.status(200).end();
				else if (typeof responseData === 'string') response.status(200).end(responseData);
				else
					response.status(200).json(result.webhookResponse ?? { message: 'Workflow was started' });
			}
		})();
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	const url = `http://127.0.0.1:${port}${path}`;

	return {
		url,
		deliveries,
		executions: () =>
			deliveries.filter((d) => d.workflowData !== undefined).map((d) => d.workflowData!),
		async post(body, headers = {}) {
			const count = deliveries.length;
			const answer = await fetch(url, {
				method: 'POST',
				headers: { 'Content-Type': 'application/json', ...headers },
				body,
			});
			const text = await answer.text();
			let parsed: unknown = text;
			try {
				parsed = JSON.parse(text);
			} catch {
				// not JSON: keep the text
			}
			// the node may still be running after answering (e.g. fetching the full record): wait for its result
			for (let i = 0; i < 200 && deliveries.length === count; i++)
				await new Promise((r) => setTimeout(r, 10));
			const delivery = deliveries[count] ?? { status: 0, body: undefined };
			delivery.status = answer.status;
			delivery.body = parsed;
			return delivery;
		},
		async stop() {
			await new Promise<void>((resolve) => {
				server.close(() => resolve());
				server.closeAllConnections();
			});
		},
	};
}
