// examples/webhook-dedupe.json in a real n8n process (`n8n start`, production URL): the same order delivery
// posted twice starts two executions (LeafLink signs the body only, so a replay cannot be told apart at the
// trigger), and the workflow's Remove Duplicates step passes only the first on; a real change (a new `modified`)
// goes through. Every accepted delivery is answered with JSON. The shared credential has no Webhook Key, so the
// deliveries are accepted unverified here (the signature itself is covered by trigger.scenario.mjs).
const WORKFLOW_ID = 'LLexWebhookDedup';
const DEDUPE = 'Drop repeated deliveries';

export default {
	name: 'webhook replay: the repeated order delivery is dropped by Remove Duplicates, a real change passes',
	example: 'webhook-dedupe.json',
	timeoutMs: 240000,
	async run({ n8n, emu, assert, log, example }) {
		await n8n.activate(WORKFLOW_ID);
		await n8n.start();
		const trigger = example.nodes.find((n) => n.type === 'n8n-nodes-leaflink.leafLinkTrigger');
		const url = n8n.webhookUrl(`${trigger.webhookId}/webhook`);
		const order = [...emu.db.orders.values()].find((o) => o.status === 'Submitted');
		const product = [...emu.db.products.values()][0];

		// wait for the webhook with a product delivery, which this workflow drops without an execution
		const ignored = await n8n.waitForWebhook(url, {
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify(product),
			accept: (res) => res.status !== 404 && res.status !== 503,
		});
		assert.equal(ignored.status, 200, `product delivery: ${ignored.status} ${ignored.body}`);
		log(`webhook registered after ${ignored.ms} ms`);

		const post = async (body) => {
			const res = await fetch(url, {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify(body),
			});
			return { status: res.status, text: await res.text() };
		};
		const changed = {
			...order,
			status: 'Accepted',
			modified: new Date(Date.parse(order.modified) + 60_000).toISOString(),
		};
		for (const [what, body] of [
			['first', order],
			['replay', order],
			['changed', changed],
		]) {
			const answer = await post(body);
			assert.equal(answer.status, 200, `${what} delivery: ${answer.status} ${answer.text}`);
			assert.deepEqual(
				JSON.parse(answer.text),
				{ received: true },
				`${what} delivery answered with JSON`,
			);
			// one at a time: the dedupe history is read and written by each execution in turn
			await n8n.waitForExecutions(
				(l) => l.length === ['first', 'replay', 'changed'].indexOf(what) + 1,
				{ workflowId: WORKFLOW_ID },
			);
		}
		const list = (await n8n.executions({ workflowId: WORKFLOW_ID })).sort(
			(a, b) => Number(a.id) - Number(b.id),
		);
		assert.equal(list.length, 3, 'three deliveries, three executions');
		const passed = list.map(
			(e) => (e.run?.resultData?.runData?.[DEDUPE]?.[0]?.data?.main?.[0] ?? []).length,
		);
		assert.deepEqual(
			passed,
			[1, 0, 1],
			`items passed by "${DEDUPE}" per execution: ${passed.join(', ')}`,
		);
		for (const e of list) assert.equal(e.status, 'success');
	},
};
