// examples/changed-orders-summary.json: LeafLink Polling Trigger (orders, simplified) → Set (one summary per order).
//
// `n8n execute` cannot run a polling trigger: it runs in mode "cli", and n8n calls a node's poll() only in
// manual mode (the editor's "Fetch Test Event"); in any other mode the trigger just passes its (empty) input
// on, so LeafLink is never asked. So this scenario does what production does: publish the workflow, start
// n8n (activation polls once, which only marks the start), change an order in LeafLink and wait for the next
// poll (every minute) to start one execution with that order's summary.
const WF = 'LLexChangedOrd01';
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export default {
	name: 'changed orders (polling trigger): a changed order starts one execution with its summary (n8n start)',
	example: 'changed-orders-summary.json',
	timeoutMs: 300000,
	async run({ n8n, emu, assert, log, nodeOutput, userAgent, major }) {
		try {
			await n8n.activate(WF);
			await n8n.start();

			// the first poll (on activation) asks LeafLink once and emits nothing
			const polls = () => emu.requests.filter((r) => r.template === 'GET /orders-received/');
			for (let i = 0; i < 120 && polls().length === 0; i++) await sleep(500);
			assert.ok(polls().length >= 1, 'the trigger polled LeafLink on activation');
			assert.equal(
				(await n8n.executions({ workflowId: WF })).length,
				0,
				'the first poll starts no execution',
			);

			// a buyer's order is accepted in LeafLink
			const number = emu.ids.orders.submitted2;
			const res = await fetch(`${emu.baseUrl}/orders-received/${number}/transition/accept/`, {
				method: 'POST',
				headers: {
					Authorization: `App ${emu.keys.app}`,
					'User-Agent': userAgent,
					'Content-Type': 'application/json',
				},
				body: '{}',
			});
			assert.equal(res.status, 200, 'the order was accepted in the emulator');
			const order = emu.db.orders.get(number);
			assert.equal(order.status, 'Accepted');
			log(`order ${number} accepted; waiting for the next poll (every minute)`);

			const list = await n8n.waitForExecutions((l) => l.length >= 1, {
				workflowId: WF,
				timeoutMs: 150000,
			});
			assert.equal(list.length, 1, 'one execution');
			const [execution] = list;
			assert.equal(execution.status, 'success');
			assert.equal(execution.mode, 'trigger');
			const run = { data: execution.run };
			const changed = nodeOutput(run, 'Changed orders');
			assert.deepEqual(
				changed.map((o) => o.number),
				[number],
				'only the changed order is emitted',
			);

			const summary = nodeOutput(run, 'Order summary');
			assert.equal(summary.length, 1, 'one summary item per order');
			const [s] = summary;
			const total = Number(order.total.amount ?? order.total);
			assert.deepEqual(
				Object.keys(s).sort(),
				['customer', 'modified', 'number', 'paid', 'short_id', 'status', 'summary', 'total'].sort(),
			);
			assert.equal(s.number, number);
			assert.equal(s.short_id, order.short_id);
			assert.equal(s.customer, order.customer.display_name);
			assert.equal(s.status, 'Accepted');
			assert.equal(s.total, total);
			assert.equal(s.paid, false);
			assert.equal(s.modified, order.modified);
			assert.equal(
				s.summary,
				`Order ${order.short_id} from ${order.customer.display_name} is now Accepted (${total} USD)`,
			);

			// each poll asks for orders modified since its cursor
			const changedPolls = polls().filter((r) => r.query.modified__gte);
			assert.ok(changedPolls.length >= 2, 'polls ask for changes (modified__gte)');
			assert.ok(
				emu.requests.every((r) => r.status < 400),
				'no request was refused',
			);
			assert.equal(emu.requestsWithoutUserAgent(), 0);
		} finally {
			// leave the workflow inactive, so later scenarios that start n8n do not poll
			await n8n.stop().catch(() => {});
			await n8n.cli(
				major >= 2
					? ['unpublish:workflow', `--id=${WF}`]
					: ['update:workflow', `--id=${WF}`, '--active=false'],
				{ allowFail: true },
			);
		}
	},
};
