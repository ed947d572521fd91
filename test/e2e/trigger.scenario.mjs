// LeafLink Trigger in a real n8n process (`n8n start`), in the scenario shape test/e2e/run.mjs loads from
// test/e2e/scenarios/ ({ name, workflows, timeoutMs, run(t) }); move or re-export it there to include it.
//
// A workflow with the LeafLink Trigger (events: orders) is imported with its own credential (one with a
// Webhook Key: the suite's shared credential has none), published, and n8n started. Then, at the
// production webhook URL:
//   forged signature -> 401, no execution          (also how we wait for the webhook to be registered)
//   signed order     -> 200, one execution whose trigger output is that order
//   signed product   -> 200, no execution (only orders selected)
//   signed non-JSON  -> 400 (text/plain, and application/octet-stream, which n8n leaves unparsed for a
//                       webhook node above version 1), no execution
//   missing / malformed signature -> 401, no execution
// once for each version of the trigger: 1 (saved workflows) and 1.1 (new ones), each in its own workflow.
import { createHmac } from 'node:crypto';

/** The trigger's versions, each with its own workflow and webhook. */
const VERSIONS = [
	{
		typeVersion: 1,
		workflowId: 'LLtriggerE2E0001',
		webhookId: '3c2b1a09-8f7e-4d6c-9b5a-4e3d2c1b0a99',
	},
	{
		typeVersion: 1.1,
		workflowId: 'LLtriggerE2E0011',
		webhookId: '3c2b1a09-8f7e-4d6c-9b5a-4e3d2c1b0a11',
	},
];
const CREDENTIAL = Object.freeze({
	id: 'LLwebhookKeyCr01',
	name: 'LeafLink Emulator (Webhook Key)',
	type: 'leafLinkApi',
});
const WEBHOOK_KEY = 'e2e-webhook-key-7f3a9c1d5b2e8f40';
const TRIGGER = 'LeafLink Trigger';

export const sign = (body, key = WEBHOOK_KEY) =>
	createHmac('sha256', key).update(body).digest('base64');

export function triggerWorkflow({ typeVersion, workflowId, webhookId } = VERSIONS[0]) {
	return {
		id: workflowId,
		name: `LeafLink Trigger ${typeVersion} e2e`,
		active: false,
		settings: { executionOrder: 'v1', saveDataSuccessExecution: 'all' },
		connections: {},
		nodes: [
			{
				id: 'a1b2c3d4-0000-4000-8000-00000000e2e1',
				name: TRIGGER,
				type: 'n8n-nodes-leaflink.leafLinkTrigger',
				typeVersion,
				position: [0, 0],
				webhookId,
				parameters: { events: ['order'], options: {} },
				credentials: { leafLinkApi: { id: CREDENTIAL.id, name: CREDENTIAL.name } },
			},
		],
	};
}

export default {
	name: 'LeafLink Trigger 1 and 1.1: signed delivery starts one execution, forged ones none (n8n start, production URL)',
	workflows: () => VERSIONS.map(triggerWorkflow),
	timeoutMs: 240000,
	async run({ n8n, emu, assert, log, userAgent }) {
		await n8n.importCredentials([
			{
				...CREDENTIAL,
				data: {
					environment: 'custom',
					customBaseUrl: emu.baseUrl,
					apiKey: emu.keys.app,
					keyType: 'App',
					userAgent,
					webhookSecret: WEBHOOK_KEY,
				},
			},
		]);
		// import again so the node refers to a credential that exists (harmless if the harness already did)
		await n8n.importWorkflows(VERSIONS.map(triggerWorkflow));
		for (const { workflowId } of VERSIONS) await n8n.activate(workflowId);
		await n8n.start();
		for (const version of VERSIONS) await checkDeliveries({ n8n, emu, assert, log }, version);
	},
};

async function checkDeliveries({ n8n, emu, assert, log }, { typeVersion, workflowId, webhookId }) {
	const url = n8n.webhookUrl(`${webhookId}/webhook`);
	const order = [...emu.db.orders.values()].find((o) => o.status === 'Submitted');
	const product = [...emu.db.products.values()][0];
	const orderBody = JSON.stringify(order);
	const post = async (body, headers = {}) => {
		const res = await fetch(url, {
			method: 'POST',
			headers: { 'content-type': 'application/json', ...headers },
			body,
		});
		return { status: res.status, text: await res.text() };
	};
	const executions = async () => await n8n.executions({ workflowId: workflowId, withData: false });

	// forged: wait until the webhook answers it (registered) and check it is refused
	const forged = await n8n.waitForWebhook(url, {
		headers: {
			'content-type': 'application/json',
			'LL-Signature': sign(orderBody, 'not-the-key'),
		},
		body: orderBody,
		accept: (res) => res.status !== 404 && res.status !== 503,
	});
	assert.equal(forged.status, 401, `forged delivery: ${forged.status} ${forged.body}`);
	log(
		`version ${typeVersion}: webhook registered after ${forged.ms} ms; forged delivery answered 401`,
	);

	const signed = await post(orderBody, { 'LL-Signature': sign(orderBody) });
	assert.equal(signed.status, 200, `signed delivery: ${signed.status} ${signed.text}`);
	const list = await n8n.waitForExecutions((l) => l.length >= 1, { workflowId: workflowId });
	const full = await n8n.executions({ workflowId: workflowId });
	const out = full[0].run?.resultData?.runData?.[TRIGGER]?.[0]?.data?.main?.[0] ?? [];
	assert.equal(out.length, 1, 'the trigger emitted one item');
	assert.equal(out[0].json.number, order.number, 'the item is the delivered order');

	const productBody = JSON.stringify(product);
	assert.equal(
		(await post(productBody, { 'LL-Signature': sign(productBody) })).status,
		200,
		'product delivery answered 200',
	);
	const notJson = 'this is not json';
	assert.equal(
		(await post(notJson, { 'content-type': 'text/plain', 'LL-Signature': sign(notJson) })).status,
		400,
		'non-JSON answered 400',
	);
	const binary = Buffer.from([0xff, 0x00, 0x7b]);
	assert.equal(
		(
			await post(binary, {
				'content-type': 'application/octet-stream',
				'LL-Signature': sign(binary),
			})
		).status,
		400,
		'a signed body that is not JSON (application/octet-stream) answered 400',
	);
	assert.equal((await post(orderBody)).status, 401, 'missing signature answered 401');
	assert.equal(
		(await post(orderBody, { 'LL-Signature': 'not base64!' })).status,
		401,
		'malformed signature answered 401',
	);
	assert.equal(
		(await post(orderBody, { 'LL-Signature': sign(orderBody, 'not-the-key') })).status,
		401,
		'forged signature answered 401',
	);

	// give n8n time to start anything it wrongly started, then count again
	await new Promise((r) => setTimeout(r, 2000));
	const after = await executions();
	assert.equal(
		after.length,
		list.length,
		`only the signed order started an execution (have ${after.length})`,
	);
	assert.equal(after[0].status, 'success');
}
