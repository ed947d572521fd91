// Several executions on one LeafLink key, on different workers: four workflows of 500 order updates each
// (Code → LeafLink Order Update), all started at once. With two workers at concurrency 2 the four run two
// on each worker, sharing one key and therefore LeafLink's limit (300 requests a minute per key owner,
// bursts to 1,000, as the emulator enforces it). They do not coordinate: each paces itself from the
// RateLimit-* headers and waits out a 429. Proven: 0 errors surfaced, every one of the 2,000 orders updated
// exactly once; measured: the 429s LeafLink answered and the wall time against the time the limit allows.
// The emulator's clock runs TIME_SCALE times faster (a "minute" of rate limit lasts 60 / TIME_SCALE s).
import { countBy, emulatorCredential } from '../fixtures.mjs';

const EXECUTIONS = 4;
const UPDATES = 500;
const TIME_SCALE = 5;
const RATE = { perMinute: 300, burstPerMinute: 1000, timeScale: TIME_SCALE };
const CREDENTIAL = Object.freeze({
	id: 'LLqueueRateCred1',
	name: 'LeafLink Emulator (queue, rate limited)',
});
const UPDATE_NODE = 'Update order';
const workflowId = (b) => `LLqueueRateWf00${b + 1}`;
const note = (b) => `queue e2e: batch ${b + 1}`;

let emu;
let batches;

function batchWorkflow(b, numbers) {
	return {
		id: workflowId(b),
		name: `Queue e2e: ${UPDATES} order updates, batch ${b + 1}`,
		active: false,
		settings: { executionOrder: 'v1', saveDataSuccessExecution: 'all' },
		nodes: [
			{
				id: `c0000000-0000-4000-8000-0000000000${b}1`,
				name: 'Start',
				type: 'n8n-nodes-base.manualTrigger',
				typeVersion: 1,
				position: [0, 0],
				parameters: {},
			},
			{
				id: `c0000000-0000-4000-8000-0000000000${b}2`,
				name: 'Orders of this batch',
				type: 'n8n-nodes-base.code',
				typeVersion: 2,
				position: [220, 0],
				parameters: {
					jsCode: `return ${JSON.stringify(numbers)}.map((number) => ({ json: { number } }));`,
				},
			},
			{
				id: `c0000000-0000-4000-8000-0000000000${b}3`,
				name: UPDATE_NODE,
				type: 'n8n-nodes-leaflink.leafLink',
				typeVersion: 1,
				position: [440, 0],
				parameters: {
					resource: 'order',
					operation: 'update',
					orderNumber: { __rl: true, mode: 'id', value: '={{ $json.number }}' },
					updateFields: { notes: note(b) },
					simplify: true,
				},
				credentials: { leafLinkApi: { ...CREDENTIAL } },
			},
		],
		connections: {
			Start: { main: [[{ node: 'Orders of this batch', type: 'main', index: 0 }]] },
			'Orders of this batch': { main: [[{ node: UPDATE_NODE, type: 'main', index: 0 }]] },
		},
	};
}

export default {
	name: `${EXECUTIONS} executions of ${UPDATES} order updates at once on one key, on both workers: 0 errors, every order updated once`,
	timeoutMs: 600000,
	async prepare(ctx) {
		emu = await ctx.startEmulator({ rateLimit: RATE });
		const numbers = emu.seedBulkOrders(EXECUTIONS * UPDATES);
		batches = Array.from({ length: EXECUTIONS }, (_, b) =>
			numbers.slice(b * UPDATES, (b + 1) * UPDATES),
		);
		return {
			credentials: [emulatorCredential(emu, CREDENTIAL)],
			workflows: batches.map((numbers, b) => batchWorkflow(b, numbers)),
		};
	},
	async run({ cluster, assert, log, figure }) {
		const total = EXECUTIONS * UPDATES;
		const capacity = RATE.burstPerMinute - RATE.perMinute;
		const perSecond = (RATE.perMinute / 60) * TIME_SCALE;
		const boundMs = ((total - capacity) / perSecond) * 1000;
		assert.equal(emu.requests.length, 0, 'nothing used the key before (its bucket is full)');

		const t0 = Date.now();
		const ids = await Promise.all(batches.map((_, b) => cluster.startManual(workflowId(b))));
		const done = await Promise.all(
			ids.map((id) => cluster.waitForExecution(id, { timeoutMs: 540000 })),
		);
		const clientMs = Date.now() - t0;

		let surfaced = 0;
		for (const [b, { execution, run }] of done.entries()) {
			const err = run?.data.resultData.error;
			assert.equal(
				execution.status,
				'success',
				`batch ${b + 1} (execution ${execution.id}): ${execution.status}${err ? `: ${err.message}` : ''}`,
			);
			const task = run.data.resultData.runData[UPDATE_NODE][0];
			assert.equal(task.error, undefined, `batch ${b + 1}: ${task.error?.message}`);
			const out = task.data.main[0].map((i) => i.json);
			surfaced += out.filter((j) => j.error).length;
			assert.equal(out.length, UPDATES, `batch ${b + 1}: one item out per update`);
			assert.deepEqual(
				out.map((j) => j.number),
				batches[b],
				`batch ${b + 1}: every order of the batch, in order`,
			);
		}
		assert.equal(surfaced, 0, 'no error surfaced');

		const perWorker = cluster.executionsPerWorker(ids);
		assert.equal(
			perWorker.none ?? 0,
			0,
			`every execution logged by a worker (${JSON.stringify(perWorker)})`,
		);
		assert.equal(
			Object.keys(perWorker).length,
			2,
			`the executions ran on both workers (${JSON.stringify(perWorker)})`,
		);

		const patches = emu.requests.filter((r) => r.template === 'PATCH /orders-received/{number}/');
		const statuses = countBy(patches.map((r) => r.status));
		const applied = countBy(
			patches.filter((r) => r.status === 200).map((r) => r.path.split('/').at(-2)),
		);
		for (const [b, numbers] of batches.entries()) {
			for (const number of numbers) {
				assert.equal(
					applied[number],
					1,
					`order ${number} updated exactly once (${applied[number] ?? 0})`,
				);
				assert.equal(
					emu.db.orders.get(number).notes,
					note(b),
					`order ${number} has its batch's notes`,
				);
			}
		}
		assert.equal(Object.keys(applied).length, total, 'no other order updated');
		assert.deepEqual(
			Object.keys(statuses).sort(),
			Object.keys(statuses)
				.filter((s) => s === '200' || s === '429')
				.sort(),
			`only 200 and 429 answered (${JSON.stringify(statuses)})`,
		);
		const rateLimited = statuses[429] ?? 0;
		assert.equal(emu.requests.length, patches.length, 'nothing but the updates was requested');

		const started = Math.min(...done.map((d) => new Date(d.execution.startedAt).getTime()));
		const stopped = Math.max(...done.map((d) => new Date(d.execution.stoppedAt).getTime()));
		const wallMs = stopped - started;
		figure(
			`rate limit: ${EXECUTIONS} × ${UPDATES} updates on one key, per worker ${JSON.stringify(perWorker)}: 0 errors surfaced, ${total} orders updated once each, ` +
				`${patches.length} requests, ${rateLimited} answered 429; wall ${(wallMs / 1000).toFixed(1)} s (first start to last stop; ${(clientMs / 1000).toFixed(1)} s from the first run request) ` +
				`vs the limit's bound ${(boundMs / 1000).toFixed(1)} s = ${(wallMs / boundMs).toFixed(2)}× (token bucket ${capacity}, ${RATE.perMinute}/min, time ×${TIME_SCALE})`,
		);
		log(`statuses ${JSON.stringify(statuses)}`);
	},
};
