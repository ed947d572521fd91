// examples/order-status-sync.json: Get Many (Accepted) → fulfill → ship → complete → Payment Create (the balance).
export default {
	name: 'status sync: accepted orders go through to Complete and their payment is recorded',
	example: 'order-status-sync.json',
	async run({ execute, nodeOutput, emu, assert }) {
		const accepted = [...emu.db.orders.values()]
			.filter((o) => o.status === 'Accepted')
			.map((o) => o.number);
		assert.ok(accepted.length >= 1, 'the seed has accepted orders');
		const paymentsOf = (number) => emu.db['order-payments'].all().filter((p) => p.order === number);
		const before = new Map(
			accepted.map((n) => [
				n,
				{
					balance: Number(emu.db.orders.get(n).payment_balance),
					payments: paymentsOf(n).map((p) => p.id),
				},
			]),
		);
		assert.ok(
			[...before.values()].every((b) => b.balance > 0),
			'every accepted order has a balance to pay',
		);

		const run = await execute();

		for (const [node, status] of [
			['Fulfill', 'Fulfilled'],
			['Ship', 'Shipped'],
			['Complete', 'Complete'],
		]) {
			const out = nodeOutput(run, node);
			assert.deepEqual(
				out.map((o) => o.number).sort(),
				[...accepted].sort(),
				`${node}: one item per order`,
			);
			assert.ok(
				out.every((o) => o.status === status),
				`${node} → ${status}`,
			);
		}
		const recorded = nodeOutput(run, 'Record payment');
		assert.equal(recorded.length, accepted.length, 'one payment per order');
		const today = new Date().toISOString().slice(0, 10);
		for (const number of accepted) {
			const rec = emu.db.orders.get(number);
			assert.equal(rec.status, 'Complete', `${number} is Complete in LeafLink`);
			assert.ok(rec.ship_date, `${number} has a ship date`);
			const { balance, payments } = before.get(number);
			const created = paymentsOf(number).filter((p) => !payments.includes(p.id));
			assert.equal(created.length, 1, `${number}: exactly one new payment`);
			const [p] = created;
			assert.equal(Number(p.total.amount), balance, `${number}: the payment is the open balance`);
			assert.equal(p.payment_type, 'ach');
			assert.equal(Number(p.recorded_by), 21);
			assert.equal(String(p.payment_date).slice(0, 10), today, `${number} paid today`);
			assert.equal(Number(rec.payment_balance), 0, `${number}: nothing left to pay`);
			assert.equal(rec.paid, true, `${number} is paid (LeafLink marks it once the balance is 0)`);
			assert.equal(String(rec.paid_date).slice(0, 10), today);
			assert.ok(
				recorded.some(
					(o) =>
						o.id === p.id && o.order === number && o.amount === balance && o.currency === 'USD',
				),
			);
		}
		assert.equal(
			emu.requests.filter((r) => r.template === 'POST /order-payments/').length,
			accepted.length,
		);
		assert.equal(
			emu.requests.filter((r) => r.method === 'PATCH').length,
			0,
			'no order update: the payment marks it paid',
		);

		// per order, in order: fulfill, ship, complete
		const transitions = emu.requests.filter(
			(r) => r.template === 'POST /orders-received/{number}/transition/{action}/',
		);
		for (const number of accepted) {
			const actions = transitions
				.filter((r) => r.path.includes(number))
				.map((r) => r.path.split('/').at(-2));
			assert.deepEqual(actions, ['fulfill', 'ship', 'complete'], `transitions of ${number}`);
		}
		assert.ok(
			emu.requests.every((r) => r.status < 400),
			'no request was refused',
		);
		assert.equal(emu.requestsWithoutUserAgent(), 0);
	},
};
