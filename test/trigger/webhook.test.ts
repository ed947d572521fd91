/**
 * LeafLink Trigger through n8n-core's WebhookContext over real HTTP (see test/helpers/webhook.ts):
 * signature over the raw bytes, event filtering, non-JSON bodies, and fetching the full record from the emulator.
 */
import { randomBytes } from 'crypto';
import type { IDataObject } from 'n8n-workflow';
import { LeafLinkTrigger } from '../../nodes/LeafLinkTrigger/LeafLinkTrigger.node';
import { signBody } from '../../nodes/LeafLinkTrigger/signature';
import { credentialFor } from '../helpers/engine';
import { useLeafLink } from '../helpers/leaflink';
import type { WebhookServer, WebhookServerOptions } from '../helpers/webhook';
import { startWebhookServer } from '../helpers/webhook';

const WEBHOOK_KEY = `whk_${randomBytes(16).toString('hex')}`;
const TYPE = 'n8n-nodes-leaflink.leafLinkTrigger';

describe('LeafLink Trigger (webhook)', () => {
	const ll = useLeafLink();
	const servers: WebhookServer[] = [];
	let order: IDataObject;
	let product: IDataObject;

	const start = async (
		parameters: WebhookServerOptions['parameters'],
		webhookSecret = WEBHOOK_KEY,
	) => {
		const server = await startWebhookServer({
			nodeType: new LeafLinkTrigger(),
			typeName: TYPE,
			parameters,
			credential: credentialFor(ll.emu.baseUrl, ll.emu.keys.app, { webhookSecret }),
		});
		servers.push(server);
		return server;
	};

	/** The record as LeafLink's REST API returns it: what a webhook delivers. */
	const apiGet = async (path: string) => {
		const res = await fetch(`${ll.emu.baseUrl}${path}`, {
			headers: { Authorization: `App ${ll.emu.keys.app}`, 'User-Agent': 'n8n_test_suite' },
		});
		expect(res.status).toBe(200);
		return (await res.json()) as IDataObject;
	};

	beforeEach(async () => {
		order = await apiGet(`/orders-received/${ll.emu.ids.orders.submitted}/`);
		product = await apiGet(`/products/${ll.emu.ids.products[0]}/`);
	});

	afterEach(async () => {
		await Promise.all(servers.splice(0).map((s) => s.stop()));
	});

	it('emits one item for a correctly signed order delivery, verified over the raw bytes', async () => {
		const server = await start({ events: ['order'] });
		// odd spacing and key order: a re-serialised body would not match the signature
		const raw = Buffer.from(
			`{ "number" :"${String(order.number)}",\n "status": "Submitted",${JSON.stringify(order).slice(1)}`,
		);
		const delivery = await server.post(raw, { 'LL-Signature': signBody(raw, WEBHOOK_KEY) });
		expect(delivery.status).toBe(200);
		expect(server.executions()).toHaveLength(1);
		const items = server.executions()[0][0];
		expect(items).toHaveLength(1);
		expect(items[0].json.number).toBe(order.number);
		expect(items[0].json.status).toBe('Submitted');
		// answered with JSON by the node itself, not with n8n's default responseData text ("firstEntryJson")
		expect(delivery.body).toEqual({ received: true });
	});

	it('a replayed signed delivery starts a second execution: the signature covers the body only', async () => {
		// why the README tells workflows to drop repeats (Remove Duplicates keyed on the record and its modified)
		const server = await start({ events: ['order'] });
		const raw = Buffer.from(JSON.stringify(order));
		const headers = { 'LL-Signature': signBody(raw, WEBHOOK_KEY) };
		const first = await server.post(raw, headers);
		const replay = await server.post(raw, headers);
		expect([first.status, replay.status]).toEqual([200, 200]);
		expect([first.body, replay.body]).toEqual([{ received: true }, { received: true }]);
		expect(server.executions()).toHaveLength(2);
		const keys = server
			.executions()
			.map((run) => `${String(run[0][0].json.number)}@${String(run[0][0].json.modified)}`);
		// the key the README's Remove Duplicates step uses is the same for both: the replay is dropped there
		expect(new Set(keys).size).toBe(1);
	});

	it('drops a product delivery with 200 and no execution when only orders are selected', async () => {
		const server = await start({ events: ['order'] });
		const raw = Buffer.from(JSON.stringify(product));
		const delivery = await server.post(raw, { 'LL-Signature': signBody(raw, WEBHOOK_KEY) });
		expect(delivery.status).toBe(200);
		expect(delivery.body).toEqual({ received: true, ignored: true });
		expect(delivery.workflowData).toBeUndefined();
		expect(server.executions()).toHaveLength(0);

		// the same delivery starts the workflow when products are selected
		const both = await start({ events: ['order', 'product'] });
		const accepted = await both.post(raw, { 'LL-Signature': signBody(raw, WEBHOOK_KEY) });
		expect(accepted.status).toBe(200);
		expect(both.executions()).toHaveLength(1);
		expect(both.executions()[0][0][0].json.sku).toBe(product.sku);
	});

	it.each([
		[
			'forged (signed with another key)',
			(raw: Buffer) => ({ 'LL-Signature': signBody(raw, 'not-the-webhook-key') }),
		],
		[
			'forged (signature of another body)',
			() => ({ 'LL-Signature': signBody('{"number":"x"}', WEBHOOK_KEY) }),
		],
		['missing', () => ({})],
		['empty', () => ({ 'LL-Signature': '' })],
		['malformed (not base64)', () => ({ 'LL-Signature': 'sha256=not base64!' })],
		[
			'malformed (wrong length)',
			() => ({ 'LL-Signature': Buffer.from('short').toString('base64') }),
		],
		[
			'malformed (hex digest)',
			(raw: Buffer) => ({ 'LL-Signature': signBody(raw, WEBHOOK_KEY).replace(/./g, 'a') + 'aa' }),
		],
	])('answers 401 with no execution when the signature is %s', async (_label, headers) => {
		const server = await start({ events: ['order', 'product'] });
		const raw = Buffer.from(JSON.stringify(order));
		const delivery = await server.post(raw, headers(raw));
		expect(delivery.status).toBe(401);
		expect(delivery.workflowData).toBeUndefined();
		expect(server.executions()).toHaveLength(0);
	});

	it('refuses a body changed after signing (one byte)', async () => {
		const server = await start({ events: ['order'] });
		const raw = Buffer.from(JSON.stringify(order));
		const signature = signBody(raw, WEBHOOK_KEY);
		const tampered = Buffer.from(JSON.stringify({ ...order, status: 'Accepted' }));
		const delivery = await server.post(tampered, { 'LL-Signature': signature });
		expect(delivery.status).toBe(401);
		expect(server.executions()).toHaveLength(0);
	});

	it('answers 400 with no execution for a correctly signed body that is not JSON', async () => {
		const server = await start({ events: ['order', 'product'] });
		for (const [body, type] of [
			['this is not json', 'text/plain'],
			['{"number": "5b0f3e8a-', 'text/plain'],
			['', 'text/plain'],
		]) {
			const raw = Buffer.from(body);
			const delivery = await server.post(raw, {
				'Content-Type': type,
				'LL-Signature': signBody(raw, WEBHOOK_KEY),
			});
			expect(delivery.status).toBe(400);
			expect(delivery.workflowData).toBeUndefined();
		}
		expect(server.executions()).toHaveLength(0);
	});

	it('a body sent as application/json that is not JSON is refused before the node by n8n (422), no execution', async () => {
		const server = await start({ events: ['order'] });
		const raw = Buffer.from('{"number": ');
		const delivery = await server.post(raw, { 'LL-Signature': signBody(raw, WEBHOOK_KEY) });
		expect(delivery.status).toBe(422);
		expect(server.executions()).toHaveLength(0);
	});

	it('without a Webhook Key accepts unverified deliveries, unless Require Signature is on', async () => {
		const open = await start({ events: ['order'] }, '');
		const raw = Buffer.from(JSON.stringify(order));
		expect((await open.post(raw)).status).toBe(200);
		expect(open.executions()).toHaveLength(1);

		const strict = await start({ events: ['order'], options: { requireSignature: true } }, '');
		const refused = await strict.post(raw, { 'LL-Signature': signBody(raw, WEBHOOK_KEY) });
		expect(refused.status).toBe(401);
		expect(strict.executions()).toHaveLength(0);
	});

	it('fetches the full order (with line items) after answering LeafLink when asked to', async () => {
		const server = await start({ events: ['order'], options: { fetchFullRecord: true } });
		const before = ll.emu.requests.length;
		const bare = { ...order };
		delete bare.line_items;
		const raw = Buffer.from(JSON.stringify(bare));
		const delivery = await server.post(raw, { 'LL-Signature': signBody(raw, WEBHOOK_KEY) });
		expect(delivery.status).toBe(200);
		expect(delivery.body).toEqual({ received: true });
		const json = server.executions()[0][0][0].json;
		expect(json.number).toBe(order.number);
		expect(Array.isArray(json.line_items)).toBe(true);
		expect((json.line_items as IDataObject[]).length).toBeGreaterThan(0);
		const fetched = ll.emu.requests.slice(before);
		expect(fetched).toHaveLength(1);
		expect(fetched[0].query.include_children).toBe('line_items,customer,sales_reps');
	});

	it('keeps the delivered record, saying why, when the full record cannot be read', async () => {
		const server = await start({ events: ['product'], options: { fetchFullRecord: true } });
		ll.emu.inject({
			method: 'GET',
			path: /\/products\//,
			fault: 'status',
			status: 404,
			body: { detail: 'Not found.' },
		});
		const raw = Buffer.from(JSON.stringify(product));
		const delivery = await server.post(raw, { 'LL-Signature': signBody(raw, WEBHOOK_KEY) });
		expect(delivery.status).toBe(200);
		const json = server.executions()[0][0][0].json;
		expect(json.id).toBe(product.id);
		expect(String(json.fetch_error)).toMatch(/404|not found/i);
	});

	it('registers nothing at LeafLink: checkExists/create/delete answer without a network call', async () => {
		const methods = new LeafLinkTrigger().webhookMethods.default;
		const before = ll.emu.requests.length;
		expect(await methods.checkExists.call({} as never)).toBe(false);
		expect(await methods.create.call({} as never)).toBe(true);
		expect(await methods.delete.call({} as never)).toBe(true);
		expect(ll.emu.requests.length).toBe(before);
	});
});
