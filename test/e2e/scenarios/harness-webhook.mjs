// Checks the harness itself for trigger scenarios, with n8n's own Webhook node: a workflow is
// activated from the CLI (2.x publish:workflow, 1.x update:workflow --active), `n8n start` runs,
// the production webhook answers for real (not the "starting up" page), and the execution is saved.
// A LeafLink Trigger scenario follows the same steps (see README.md in this folder).
const WORKFLOW_ID = 'E2eHarnessHook01';
const PATH = 'e2e-harness-probe';

export default {
	name: 'harness: activate from the CLI, n8n start, real webhook answer, saved execution',
	workflows: [
		{
			id: WORKFLOW_ID,
			name: 'e2e harness: webhook probe',
			active: false,
			settings: { executionOrder: 'v1' },
			nodes: [
				{
					id: '0c7d6a0e-1b7e-4a53-9a0e-00000000e2e1',
					name: 'Webhook',
					type: 'n8n-nodes-base.webhook',
					typeVersion: 2,
					position: [0, 0],
					webhookId: '6f1d2c3b-4a5e-4f60-8b7a-00000000e2e1',
					parameters: { httpMethod: 'POST', path: PATH, responseMode: 'onReceived', options: {} },
				},
			],
			connections: {},
			pinData: {},
		},
	],
	async run({ n8n, assert }) {
		await n8n.activate(WORKFLOW_ID);
		await n8n.start();
		const res = await n8n.waitForWebhook(PATH, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: { probe: 1 },
		});
		assert.equal(res.status, 200, res.body);
		const list = await n8n.waitForExecutions(
			(l) => l.length >= 1 && l.every((e) => e.status !== 'running' && e.status !== 'new'),
			{ workflowId: WORKFLOW_ID },
		);
		assert.equal(list.length, 1, 'exactly one execution');
		assert.equal(list[0].mode, 'webhook');
		assert.equal(list[0].status, 'success');
		const out = list[0].run.resultData.runData.Webhook[0].data.main[0][0].json;
		assert.deepEqual(out.body, { probe: 1 });
		await n8n.stop();
	},
};
