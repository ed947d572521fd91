// The polling trigger in queue mode: main (the leader) polls LeafLink and keeps the cursor in the
// workflow's static data in Postgres; each poll that finds changes puts an execution on the queue for a
// worker. examples/changed-orders-summary.json as it is (every minute; n8n 2.41 refuses anything shorter),
// with its own emulator, goes through three polls with changes between them:
//   order 1 changed                              -> emitted by the next poll
//   worker1 restarted; orders 2 and 3 changed    -> emitted by the next poll
//   main stopped; order 4 changed; main started  -> emitted by the first poll of the new main (cursor from Postgres)
// then one more poll finds nothing. Each change must be emitted exactly once over all executions, the
// cursor in Postgres must move forward each round, and every execution must have run on a worker.
import { readExample } from '../../lib/examples.mjs';
import { emulatorCredential } from '../fixtures.mjs';

const example = readExample('changed-orders-summary.json');
const WORKFLOW_ID = 'LLqueuePolling01';
const CREDENTIAL = Object.freeze({
	id: 'LLqueuePollCred1',
	name: 'LeafLink Emulator (queue, polling)',
});
const TRIGGER = 'Changed orders';
const SUMMARY = 'Order summary';
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

let emu;

function pollingWorkflow() {
	const wf = structuredClone(example);
	wf.id = WORKFLOW_ID;
	wf.name = `${example.name} (queue e2e)`;
	for (const node of wf.nodes)
		if (node.credentials?.leafLinkApi) node.credentials.leafLinkApi = { ...CREDENTIAL };
	return wf;
}

export default {
	name: 'polling trigger (every minute): three rounds of changes, a worker restart and a main restart between them; each change emitted exactly once',
	timeoutMs: 600000,
	async prepare(ctx) {
		emu = await ctx.startEmulator();
		return {
			credentials: [emulatorCredential(emu, CREDENTIAL)],
			workflows: [pollingWorkflow()],
			activate: [WORKFLOW_ID],
		};
	},
	async run({ cluster, assert, log, figure, userAgent }) {
		const polls = () => emu.requests.filter((r) => r.template === 'GET /orders-received/');
		const executions = () => cluster.executions({ workflowId: WORKFLOW_ID, withData: true });
		const cursor = async () => {
			const [row] = await cluster.postgres.query(
				'SELECT "staticData" FROM workflow_entity WHERE id = $1',
				[WORKFLOW_ID],
			);
			const data =
				typeof row?.staticData === 'string' ? JSON.parse(row.staticData) : row?.staticData;
			return data?.[`node:${TRIGGER}`]?.cursor;
		};
		/** Resolves once LeafLink was polled after call (so the next poll is a full interval away). */
		const nextPoll = async (timeoutMs = 90000) => {
			const seen = polls().length;
			const deadline = Date.now() + timeoutMs;
			while (polls().length === seen) {
				if (Date.now() > deadline) throw new Error(`no poll within ${timeoutMs} ms`);
				await sleep(100);
			}
			await sleep(500); // let main save the static data of that poll
		};
		/** A LeafLink user changes an order (its `modified` moves). */
		const change = async (number, note) => {
			const res = await fetch(`${emu.baseUrl}/orders-received/${number}/`, {
				method: 'PATCH',
				headers: {
					Authorization: `App ${emu.keys.app}`,
					'User-Agent': userAgent,
					'Content-Type': 'application/json',
				},
				body: JSON.stringify({ notes: note }),
			});
			assert.equal(res.status, 200, `order ${number} changed in the emulator`);
			return emu.db.orders.get(number);
		};
		const emittedBy = (list) =>
			list.flatMap((e) =>
				e.run.resultData.runData[TRIGGER][0].data.main[0].map((item) => item.json.number),
			);
		/** Waits until the executions so far emitted `numbers` (all of them); resolves the executions. */
		const waitForEmitted = async (numbers) => {
			const list = await cluster.waitForExecutions(
				(l) => numbers.every((n) => emittedBy(l).includes(n)),
				{ workflowId: WORKFLOW_ID, timeoutMs: 180000, withData: true },
			);
			return list;
		};

		const o = emu.ids.orders;
		const rounds = [
			{ label: 'round 1', orders: [o.submitted] },
			{
				label: 'round 2, after a worker restart',
				orders: [o.accepted, o.fulfilled],
				before: 'restart worker1',
			},
			{ label: 'round 3, across a main restart', orders: [o.shipped], before: 'restart main' },
		];

		await nextPoll(150000);
		assert.equal((await executions()).length, 0, 'polls without changes start no execution');
		let lastCursor = await cursor();
		assert.ok(lastCursor, 'main saved the cursor in Postgres (workflow static data)');
		const t0 = Date.now();
		let seenExecutions = 0;

		for (const round of rounds) {
			if (round.before === 'restart worker1') {
				const worker = cluster.processes.get('worker1');
				await worker.stop();
				await worker.start();
				for (const x of round.orders) await change(x, `queue e2e: ${round.label}`);
			} else if (round.before === 'restart main') {
				await cluster.main.stop();
				// changed while no process polls: the next poll (the one main makes when it activates the workflow,
				// or its schedule) must still find it, from the cursor saved in Postgres
				for (const x of round.orders) await change(x, `queue e2e: ${round.label}`);
				await cluster.main.start();
			} else {
				for (const x of round.orders) await change(x, `queue e2e: ${round.label}`);
			}
			const list = await waitForEmitted(round.orders);
			const fresh = list.slice(seenExecutions);
			seenExecutions = list.length;
			for (const execution of fresh) {
				assert.equal(
					execution.status,
					'success',
					`${round.label}: execution ${execution.id} ${execution.status}`,
				);
				assert.equal(execution.mode, 'trigger');
				assert.ok(
					cluster.workerOf(execution.id),
					`${round.label}: execution ${execution.id} ran on a worker`,
				);
				const run = execution.run.resultData.runData;
				const summaries = run[SUMMARY][0].data.main[0].map((item) => item.json);
				for (const number of emittedBy([execution])) {
					const order = emu.db.orders.get(number);
					const s = summaries.find((x) => x.number === number);
					assert.ok(s, `${round.label}: a summary for ${number}`);
					assert.equal(
						s.summary,
						`Order ${order.short_id} from ${order.customer.display_name} is now ${order.status} (${Number(order.total.amount ?? order.total)} USD)`,
					);
				}
			}
			assert.deepEqual(
				[...emittedBy(fresh)].sort(),
				[...round.orders].sort(),
				`${round.label}: emitted exactly the orders changed in this round`,
			);
			const now = await cursor();
			assert.ok(
				now && now > lastCursor,
				`${round.label}: the cursor in Postgres moved forward (${lastCursor} -> ${now})`,
			);
			lastCursor = now;
			log(
				`${round.label}: ${fresh.map((e) => `execution ${e.id} on ${cluster.workerOf(e.id)}`).join(', ')} emitted ${round.orders.length} order(s); cursor ${now}`,
			);
		}

		// one more poll after the last change (and a few seconds for any execution it would start)
		await nextPoll(150000);
		await sleep(3000);
		const all = await executions();
		assert.equal(all.length, seenExecutions, `no further execution (have ${all.length})`);
		const emittedAll = emittedBy(all);
		const changed = rounds.flatMap((r) => r.orders);
		assert.deepEqual(
			[...emittedAll].sort(),
			[...changed].sort(),
			'each change emitted exactly once over all polls',
		);
		const since = polls().filter((r) => r.query.modified__gte);
		assert.ok(since.length >= 4, 'polls ask for changes since the cursor (modified__gte)');
		assert.ok(
			emu.requests.every((r) => r.status < 400),
			'no request was refused',
		);
		figure(
			`polling: ${changed.length} changes in ${rounds.length} rounds (worker1, then main restarted between them), ${all.length} executions, each change emitted once; ` +
				`${polls().length} polls in ${((Date.now() - t0) / 1000).toFixed(0)} s; executions on ${JSON.stringify(cluster.executionsPerWorker(all.map((e) => e.id)))}`,
		);
	},
};
