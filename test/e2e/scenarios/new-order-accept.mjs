// examples/new-order-accept.json: Get Many (Submitted) → Transition accept → Set External ID erp=SO-<short id>.
export default {
	name: 'new orders: accept each submitted order and write the ERP order ID',
	example: 'new-order-accept.json',
	async run({ execute, nodeOutput, emu, assert }) {
		const submitted = [...emu.db.orders.values()].filter((o) => o.status === 'Submitted').map((o) => o.number);
		assert.ok(submitted.length >= 2, 'the seed has submitted orders');
		const untouched = [...emu.db.orders.values()].filter((o) => o.status !== 'Submitted').map((o) => [o.number, o.status]);

		const run = await execute();

		const accepted = nodeOutput(run, 'Accept order');
		assert.deepEqual(accepted.map((o) => o.number).sort(), [...submitted].sort());
		for (const o of accepted) assert.equal(o.status, 'Accepted');

		const written = nodeOutput(run, 'Write ERP order ID');
		assert.equal(written.length, submitted.length);
		for (const number of submitted) {
			const rec = emu.db.orders.get(number);
			assert.equal(rec.status, 'Accepted', `${number} is Accepted in LeafLink`);
			assert.equal(rec.external_ids.erp, `SO-${rec.short_id}`, `${number} carries the ERP order ID`);
			assert.ok(written.some((o) => o.number === number && o.external_ids.erp === `SO-${rec.short_id}`));
		}
		for (const [number, status] of untouched) assert.equal(emu.db.orders.get(number).status, status, `${number} unchanged`);

		const by = (t) => emu.requests.filter((r) => r.template === t);
		assert.equal(by('GET /orders-received/').length, 1);
		assert.equal(by('POST /orders-received/{number}/transition/{action}/').length, submitted.length);
		assert.ok(by('POST /orders-received/{number}/transition/{action}/').every((r) => r.path.endsWith('/transition/accept/') && r.status === 200));
		assert.equal(by('PATCH /orders-received/{number}/').length, submitted.length);
		assert.ok(emu.requests.every((r) => r.status < 400), 'no request was refused');
		assert.equal(emu.requestsWithoutUserAgent(), 0);
	},
};
