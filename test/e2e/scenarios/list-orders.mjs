// examples/list-orders.json (also the demo's sample workflow): Manual Trigger → LeafLink Order Get Many.
export default {
	name: 'list orders: the node lists the seeded orders from the emulator',
	example: 'list-orders.json',
	async run({ execute, nodeOutput, emu, assert, userAgent }) {
		const expected = [...emu.db.orders.values()];
		const run = await execute();
		const orders = nodeOutput(run, 'Get many orders');

		assert.equal(orders.length, Math.min(50, expected.length), 'one item per order (limit 50)');
		const known = new Set(expected.map((o) => o.number));
		for (const o of orders) {
			assert.ok(known.has(o.number), `unknown order ${o.number}`);
			assert.equal(o.status, emu.db.orders.get(o.number).status, `status of ${o.number}`);
			assert.equal(typeof o.total, 'number', 'Simplify turns money into plain numbers');
		}
		assert.ok(
			orders.some((o) => o.status === 'Submitted') && orders.some((o) => o.status === 'Complete'),
			'several statuses',
		);

		const calls = emu.requests.filter((r) => r.template === 'GET /orders-received/');
		assert.equal(calls.length, 1, 'one page request');
		assert.equal(calls[0].status, 200);
		assert.equal(calls[0].authScheme, 'App');
		assert.equal(calls[0].userAgent, userAgent, 'User-Agent from the credential');
		assert.equal(emu.requestsWithoutUserAgent(), 0);
		assert.equal(emu.requests.length, 1, 'nothing else was requested');
	},
};
