// Signed LeafLink webhook deliveries through the webhook processor, run on the workers: 50 deliveries a
// second for 20 seconds (E2E_QUEUE_WEBHOOK_RATE and E2E_QUEUE_WEBHOOK_SECONDS change them), sent open loop,
// on schedule whatever the answers, each a distinct order, plus one forged delivery (wrong key) every tenth
// tick. Every signed delivery must be answered 200 and executed exactly once (the trigger's output of each
// execution is matched to the delivery it carried); every forged one answered 401 and never executed. The
// webhook processor verifies the signature (the package must be installed there), the workers run the
// executions. Also measured: response times, and the CPU each process spent per delivery.
import { randomUUID } from 'node:crypto';
import { countBy, emulatorCredential, quantile, sign } from '../fixtures.mjs';

const WORKFLOW_ID = 'LLqueueWebhook01';
const WEBHOOK_ID = '7d1e5c2a-9b3f-4e8d-a6c0-5f4e3d2c1b0a';
const WEBHOOK_KEY = 'queue-e2e-webhook-key-4c8e1a7f93d2';
const CREDENTIAL = Object.freeze({
	id: 'LLqueueHookCred1',
	name: 'LeafLink Emulator (queue, Webhook Key)',
});
const TRIGGER = 'LeafLink Trigger';
// the load; a weaker machine can run the same checks at a lower rate (the figures name the rate)
const RATE_PER_SECOND = Number(process.env.E2E_QUEUE_WEBHOOK_RATE || 50);
const SECONDS = Number(process.env.E2E_QUEUE_WEBHOOK_SECONDS || 20);
const FORGED_EVERY = 10;

let emu;

export default {
	name: `webhook processor: ${RATE_PER_SECOND} signed deliveries/s for ${SECONDS} s all answered 200 and executed once on the workers; forged ones 401`,
	timeoutMs: 420000,
	async prepare(ctx) {
		emu = await ctx.startEmulator();
		return {
			credentials: [emulatorCredential(emu, { ...CREDENTIAL, webhookKey: WEBHOOK_KEY })],
			workflows: [
				{
					id: WORKFLOW_ID,
					name: 'LeafLink Trigger (queue e2e)',
					active: false,
					settings: { executionOrder: 'v1', saveDataSuccessExecution: 'all' },
					connections: {},
					nodes: [
						{
							id: 'b4c5d6e7-0000-4000-8000-00000000a001',
							name: TRIGGER,
							type: 'n8n-nodes-leaflink.leafLinkTrigger',
							typeVersion: Number(process.env.E2E_QUEUE_TRIGGER_VERSION || 1.1),
							position: [0, 0],
							webhookId: WEBHOOK_ID,
							parameters: { events: ['order'], options: {} },
							credentials: { leafLinkApi: CREDENTIAL },
						},
					],
				},
			],
			activate: [WORKFLOW_ID],
		};
	},
	async run({ cluster, assert, log, figure }) {
		const url = cluster.webhookUrl(`${WEBHOOK_ID}/webhook`);
		const template = [...emu.db.orders.values()].find((o) => o.status === 'Submitted');

		// the webhook is registered (in Postgres, by main) once the webhook processor refuses a forged delivery
		const probe = JSON.stringify({ ...template, number: randomUUID() });
		const ready = await cluster.webhook.instance.waitForWebhook(url, {
			headers: { 'content-type': 'application/json', 'LL-Signature': sign(probe, 'not-the-key') },
			body: probe,
			accept: (res) => res.status !== 404 && res.status !== 503,
			timeoutMs: 90000,
		});
		assert.equal(ready.status, 401, `forged probe: ${ready.status} ${ready.body}`);
		const before = (await cluster.executions({ workflowId: WORKFLOW_ID })).length;
		assert.equal(before, 0, 'nothing executed before the load');

		const cpu = () =>
			Object.fromEntries(
				[cluster.webhook, ...cluster.workers].map((p) => [p.role, p.cpuSeconds()]),
			);
		const cpuBefore = cpu();
		const signed = [];
		const forged = [];
		const post = async (entry, key) => {
			const body = JSON.stringify({
				...template,
				number: entry.number,
				short_id: entry.number.slice(-8),
			});
			const t0 = performance.now();
			try {
				const res = await fetch(url, {
					method: 'POST',
					headers: { 'content-type': 'application/json', 'LL-Signature': sign(body, key) },
					body,
				});
				await res.text();
				entry.status = res.status;
			} catch (e) {
				entry.status = `error ${e.cause?.code ?? e.message}`;
			}
			entry.ms = performance.now() - t0;
		};
		const total = RATE_PER_SECOND * SECONDS;
		const interval = 1000 / RATE_PER_SECOND;
		const start = performance.now();
		const pending = [];
		let late = 0;
		for (let i = 0; i < total; i++) {
			const due = start + i * interval;
			const wait = due - performance.now();
			if (wait > 0) await new Promise((r) => setTimeout(r, wait));
			else if (wait < -interval) late++;
			const entry = { number: randomUUID() };
			signed.push(entry);
			pending.push(post(entry, WEBHOOK_KEY));
			if (i % FORGED_EVERY === FORGED_EVERY - 1) {
				const f = { number: randomUUID() };
				forged.push(f);
				pending.push(post(f, 'not-the-webhook-key'));
			}
		}
		const sentMs = performance.now() - start;
		await Promise.all(pending);
		const answeredMs = performance.now() - start;

		const statuses = countBy(signed.map((e) => e.status));
		const forgedStatuses = countBy(forged.map((e) => e.status));
		const ms = signed.map((e) => e.ms);
		const answers = `signed: ${JSON.stringify(statuses)}, forged: ${JSON.stringify(forgedStatuses)}; response p50 ${quantile(ms, 0.5).toFixed(0)} ms, p99 ${quantile(ms, 0.99).toFixed(0)} ms, max ${Math.max(...ms).toFixed(0)} ms`;
		log(`webhook processor CPU while sending: ${(cpu().webhook - cpuBefore.webhook).toFixed(1)} s`);
		log(
			`${total} signed deliveries (+${forged.length} forged) sent in ${(sentMs / 1000).toFixed(1)} s (${late} late), answered in ${(answeredMs / 1000).toFixed(1)} s; ${answers}`,
		);
		assert.deepEqual(
			statuses,
			{ 200: total },
			`every signed delivery answered 200 (got ${JSON.stringify(statuses)})`,
		);
		assert.deepEqual(forgedStatuses, { 401: forged.length }, 'every forged delivery answered 401');

		const list = await cluster.waitForExecutions((l) => l.length >= total, {
			workflowId: WORKFLOW_ID,
			timeoutMs: 300000,
		});
		const drainedMs = performance.now() - start;
		const cpuAfter = cpu();
		const cpuPerDelivery = Object.entries(cpuAfter)
			.map(([role, sec]) => `${role} ${(((sec - cpuBefore[role]) * 1000) / total).toFixed(1)}`)
			.join(', ');
		// a little longer: anything executed twice, or forged, would show up now
		await new Promise((r) => setTimeout(r, 3000));
		const executions = await cluster.executions({ workflowId: WORKFLOW_ID, withData: true });
		assert.equal(
			executions.length,
			total,
			`one execution per signed delivery (have ${executions.length} for ${total})`,
		);
		assert.deepEqual(countBy(executions.map((e) => e.status)), { success: total }, 'all succeeded');
		const carried = executions.map((e) => {
			const items = e.run?.resultData?.runData?.[TRIGGER]?.[0]?.data?.main?.[0] ?? [];
			assert.equal(items.length, 1, `execution ${e.id}: the trigger emitted one item`);
			return items[0].json.number;
		});
		const perNumber = countBy(carried);
		const twice = Object.entries(perNumber).filter(([, n]) => n > 1);
		assert.equal(twice.length, 0, `no delivery executed twice (${twice.length} were)`);
		const sentNumbers = new Set(signed.map((e) => e.number));
		assert.ok(
			carried.every((n) => sentNumbers.has(n)),
			'every execution carries a signed delivery (none a forged one)',
		);
		assert.equal(new Set(carried).size, total, 'every signed delivery executed');

		const ids = executions.map((e) => e.id);
		const perWorker = cluster.executionsPerWorker(ids);
		assert.equal(perWorker.none ?? 0, 0, 'every execution logged by a worker');
		assert.ok(
			Object.keys(perWorker).length >= 2,
			`both workers ran deliveries (${JSON.stringify(perWorker)})`,
		);

		figure(
			`webhooks: ${total} signed deliveries at ${RATE_PER_SECOND}/s (+${forged.length} forged) through the webhook processor: ${answers}; ` +
				`${executions.length} executions, none twice, none forged, all done ${(drainedMs / 1000).toFixed(1)} s after the first delivery; per worker ${JSON.stringify(perWorker)}; CPU ms per delivery: ${cpuPerDelivery}`,
		);
		log(`(${list.length} executions seen when the queue drained)`);
	},
};
