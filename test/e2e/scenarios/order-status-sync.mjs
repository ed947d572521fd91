// examples/order-status-sync.json: Get Many (Accepted) → fulfill → ship → complete → Update paid/paid_date.
export default {
	name: 'status sync: accepted orders go through to Complete and are marked paid',
	example: 'order-status-sync.json',
	async run({ execute, nodeOutput, emu, assert }) {
		const accepted = [...emu.db.orders.values()].filter((o) => o.status === 'Accepted').map((o) => o.number);
		assert.ok(accepted.length >= 1, 'the seed has accepted orders');

		const run = await execute();

		for (const [node, status] of [['Fulfill', 'Fulfilled'], ['Ship', 'Shipped'], ['Complete', 'Complete']]) {
			const out = nodeOutput(run, node);
			assert.deepEqual(out.map((o) => o.number).sort(), [...accepted].sort(), `${node}: one item per order`);
			assert.ok(out.every((o) => o.status === status), `${node} → ${status}`);
		}
		const paid = nodeOutput(run, 'Mark paid');
		const today = new Date().toISOString().slice(0, 10);
		for (const number of accepted) {
			const rec = emu.db.orders.get(number);
			assert.equal(rec.status, 'Complete', `${number} is Complete in LeafLink`);
			assert.equal(rec.paid, true, `${number} is paid`);
			assert.equal(String(rec.paid_date).slice(0, 10), today, `${number} paid today`);
			assert.ok(rec.ship_date, `${number} has a ship date`);
			assert.ok(paid.some((o) => o.number === number && o.paid === true && o.status === 'Complete'));
		}

		// per order, in order: fulfill, ship, complete
		const transitions = emu.requests.filter((r) => r.template === 'POST /orders-received/{number}/transition/{action}/');
		for (const number of accepted) {
			const actions = transitions.filter((r) => r.path.includes(number)).map((r) => r.path.split('/').at(-2));
			assert.deepEqual(actions, ['fulfill', 'ship', 'complete'], `transitions of ${number}`);
		}
		assert.ok(emu.requests.every((r) => r.status < 400), 'no request was refused');
		assert.equal(emu.requestsWithoutUserAgent(), 0);
	},
};
