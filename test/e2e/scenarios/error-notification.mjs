// examples/error-notification.json (Error Trigger → Code: compose the message → HTTP Request: POST { text }) as the
// error workflow of examples/customer-sync.json (its settings.errorWorkflow), in a running n8n.
//
// n8n calls an error workflow only for executions that are not manual, and `n8n execute` exits as soon as its own
// run ends, so this runs as production does: `n8n start`, with the customer sync started by a Webhook node (the
// example's Manual Trigger swapped for it, nothing else changed) and the message going to a local HTTP catcher (the
// one URL the example asks you to replace). n8n 2.x runs only a published error workflow, so it is published there.
//
// 1. LeafLink refuses one customer and the node another: one message names both, with LeafLink's error and the fix.
// 2. The API key is revoked: one message says the key was rejected and what to check, without the key.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { EXPECTED_FAILURES, refuseNextCustomerCreate } from './customer-sync.mjs';

const examplesDir = path.join(
	path.dirname(fileURLToPath(import.meta.url)),
	'..',
	'..',
	'..',
	'examples',
);
const SYNC = 'LLe2eCustSyncHk1';
const HOOK_PATH = 'e2e-customer-sync';
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** A local stand-in for Slack / Teams / any incoming webhook: records every request it gets. */
async function startCatcher() {
	const received = [];
	const server = http.createServer((req, res) => {
		let body = '';
		req.on('data', (d) => (body += d));
		req.on('end', () => {
			let json;
			try {
				json = JSON.parse(body);
			} catch {}
			received.push({
				method: req.method,
				url: req.url,
				contentType: req.headers['content-type'],
				body,
				json,
			});
			res.writeHead(200, { 'Content-Type': 'application/json' });
			res.end('{"ok":true}');
		});
	});
	await new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(0, '127.0.0.1', resolve);
	});
	server.unref();
	return {
		url: `http://127.0.0.1:${server.address().port}/notify`,
		received,
		close: () => new Promise((r) => server.close(r)),
	};
}

async function waitFor(what, check, timeoutMs = 90000) {
	const deadline = Date.now() + timeoutMs;
	while (Date.now() < deadline) {
		const value = check();
		if (value) return value;
		await sleep(250);
	}
	throw new Error(`timed out waiting for ${what}`);
}

export default {
	name: 'error notification: a failed LeafLink sync makes its error workflow send one message with the failing records, the LeafLink error and the fix (n8n start)',
	example: 'error-notification.json',
	timeoutMs: 480000,
	async run({ n8n, emu, assert, log, example, major }) {
		const catcher = await startCatcher();
		try {
			// the example, with the catcher as the URL you replace
			const notify = structuredClone(example);
			const send = notify.nodes.find((n) => n.type === 'n8n-nodes-base.httpRequest');
			assert.equal(
				send.parameters.url,
				'https://hooks.example.com/replace-with-your-webhook-url',
				'the URL to replace',
			);
			send.parameters.url = catcher.url;

			// the customer sync, started by a webhook instead of the Manual Trigger
			const sync = JSON.parse(
				fs.readFileSync(path.join(examplesDir, 'customer-sync.json'), 'utf8'),
			);
			const manual = sync.nodes.find((n) => n.type === 'n8n-nodes-base.manualTrigger');
			const hook = {
				id: manual.id,
				name: 'Start sync',
				type: 'n8n-nodes-base.webhook',
				typeVersion: 2,
				position: manual.position,
				webhookId: '7b2e9c40-1d3f-4e5a-8c6b-00000000e2e7',
				parameters: {
					httpMethod: 'POST',
					path: HOOK_PATH,
					responseMode: 'onReceived',
					options: {},
				},
			};
			sync.nodes = sync.nodes.map((n) => (n === manual ? hook : n));
			sync.connections[hook.name] = sync.connections[manual.name];
			delete sync.connections[manual.name];
			Object.assign(sync, { id: SYNC, name: `${sync.name} (started by a webhook)` });
			assert.equal(
				sync.settings.errorWorkflow,
				notify.id,
				'the sync names the example as its error workflow',
			);

			await n8n.importWorkflows([notify, sync]);
			if (major >= 2) await n8n.activate(notify.id);
			await n8n.activate(SYNC);
			await n8n.start();

			// 1. LeafLink refuses CRM-1001, the node refuses CRM-1003 (bad email)
			refuseNextCustomerCreate(emu);
			const started = await n8n.waitForWebhook(HOOK_PATH, {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: {},
			});
			assert.equal(started.status, 200, started.body);
			const [failedRun] = await n8n.waitForExecutions((l) => l.length === 1, {
				workflowId: SYNC,
				timeoutMs: 120000,
			});
			assert.equal(failedRun.status, 'error', 'the sync failed with its report');
			const report = failedRun.run.resultData.error.message;
			assert.match(report, /^2 of 4 customers did not sync to LeafLink:/);

			const first = await waitFor('the first notification', () => catcher.received[0]);
			log(`notification 1:\n${first.json?.text}`);
			assert.equal(first.method, 'POST');
			assert.match(first.contentType ?? '', /application\/json/);
			assert.deepEqual(
				Object.keys(first.json),
				['text'],
				'a { text } body, as Slack, Teams and Google Chat incoming webhooks take',
			);
			const text = first.json.text;
			assert.ok(
				text.startsWith(
					`LeafLink sync failed: "${sync.name}" at step "Fail the run with the report"\n\n`,
				),
				text,
			);
			assert.ok(text.includes(report), 'the message carries the whole report');
			for (const f of EXPECTED_FAILURES) {
				const line = text.split('\n').find((l) => l.startsWith(`- ${f.crm_id} (${f.name}): `));
				assert.ok(line, `the message names ${f.crm_id}`);
				assert.match(line.slice(`- ${f.crm_id} (${f.name}): `.length), f.error);
			}
			assert.ok(
				text.includes('Correct them in your CRM and run the sync again'),
				'the message says what to do',
			);
			assert.match(
				text,
				new RegExp(`\\nExecution: \\S+/workflow/${SYNC}/executions/${failedRun.id}$`),
				'and links the failed execution',
			);

			const notifications = await n8n.waitForExecutions((l) => l.length === 1, {
				workflowId: notify.id,
				timeoutMs: 60000,
			});
			assert.equal(notifications[0].mode, 'error');
			assert.equal(notifications[0].status, 'success');
			const composed =
				notifications[0].run.resultData.runData['Compose message'][0].data.main[0][0].json;
			assert.equal(String(composed.execution_id), String(failedRun.id));
			assert.equal(composed.workflow_id, SYNC);
			assert.equal(composed.step, 'Fail the run with the report');
			assert.equal(composed.error, report);

			// 2. the key is revoked in LeafLink: every customer fails with 401, one message says what to check
			emu.revokeKey(emu.keys.app);
			const res = await fetch(n8n.webhookUrl(HOOK_PATH), {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: '{}',
			});
			assert.equal(res.status, 200);
			const second = await waitFor('the second notification', () => catcher.received[1]);
			log(`notification 2:\n${second.json?.text}`);
			const text2 = second.json.text;
			assert.match(text2, /\n\n4 of 4 customers did not sync to LeafLink:\n/);
			for (const id of ['CRM-1001', 'CRM-1002', 'CRM-1004']) {
				assert.match(
					text2,
					new RegExp(
						`- ${id} \\([^)]+\\): LeafLink rejected the API key \\(401\\) \\(Check the LeafLink API credential`,
					),
				);
			}
			assert.match(text2, /- CRM-1003 \(Pueblo Green House\): Email is not an email address/);
			assert.ok(
				!text2.includes(emu.keys.app) && !first.body.includes(emu.keys.app),
				'the API key is in no message',
			);
			await sleep(1000);
			assert.equal(catcher.received.length, 2, 'one message per failed run');
			assert.equal(emu.requestsWithoutUserAgent(), 0);
		} finally {
			await n8n.stop().catch(() => {});
			for (const id of [SYNC, ...(major >= 2 ? [example.id] : [])]) {
				await n8n.cli(
					major >= 2
						? ['unpublish:workflow', `--id=${id}`]
						: ['update:workflow', `--id=${id}`, '--active=false'],
					{ allowFail: true },
				);
			}
			await catcher.close();
		}
	},
};
