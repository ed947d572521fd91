// examples/new-order-accept.json: Get Many (Submitted) → Transition accept → Set External ID erp=SO-<short id>
// → Line Item Get Many (one order).
export default {
	name: 'new orders: accept each submitted order, write the ERP order ID, fetch its line items',
	example: 'new-order-accept.json',
	async run({ execute, nodeOutput, emu, assert }) {
		const submitted = [...emu.db.orders.values()]
			.filter((o) => o.status === 'Submitted')
			.map((o) => o.number);
		assert.ok(submitted.length >= 2, 'the seed has submitted orders');
		const untouched = [...emu.db.orders.values()]
			.filter((o) => o.status !== 'Submitted')
			.map((o) => [o.number, o.status]);

		const run = await execute();

		const accepted = nodeOutput(run, 'Accept order');
		assert.deepEqual(accepted.map((o) => o.number).sort(), [...submitted].sort());
		for (const o of accepted) assert.equal(o.status, 'Accepted');

		const written = nodeOutput(run, 'Write ERP order ID');
		assert.equal(written.length, submitted.length);
		for (const number of submitted) {
			const rec = emu.db.orders.get(number);
			assert.equal(rec.status, 'Accepted', `${number} is Accepted in LeafLink`);
			assert.equal(
				rec.external_ids.erp,
				`SO-${rec.short_id}`,
				`${number} carries the ERP order ID`,
			);
			assert.ok(
				written.some((o) => o.number === number && o.external_ids.erp === `SO-${rec.short_id}`),
			);
		}
		for (const [number, status] of untouched)
			assert.equal(emu.db.orders.get(number).status, status, `${number} unchanged`);

		// line items: exactly the submitted orders' lines, simplified, each naming its order and product
		const lines = nodeOutput(run, 'Get line items');
		const expectedLines = emu.db['line-items'].all().filter((l) => submitted.includes(l.order));
		assert.ok(
			expectedLines.length >= submitted.length,
			'every submitted order has line items in the seed',
		);
		assert.deepEqual(
			lines.map((l) => l.id).sort(),
			expectedLines.map((l) => l.id).sort(),
			'one item per line item of the accepted orders',
		);
		for (const l of lines) {
			const rec = emu.db['line-items'].get(l.id);
			assert.equal(l.order, rec.order);
			assert.equal(String(l.product_id), String(rec.product));
			assert.equal(l.sku, rec.frozen_data.product.sku);
			assert.equal(typeof l.quantity, 'number', 'simplified quantity');
		}

		const by = (t) => emu.requests.filter((r) => r.template === t);
		const lineCalls = by('GET /orders-received/{number}/line-items/');
		assert.deepEqual(
			lineCalls.map((r) => r.path.split('/').at(-3)).sort(),
			[...submitted].sort(),
			'one line-item request per order',
		);
		assert.equal(by('GET /orders-received/').length, 1);
		assert.equal(
			by('POST /orders-received/{number}/transition/{action}/').length,
			submitted.length,
		);
		assert.ok(
			by('POST /orders-received/{number}/transition/{action}/').every(
				(r) => r.path.endsWith('/transition/accept/') && r.status === 200,
			),
		);
		assert.equal(by('PATCH /orders-received/{number}/').length, submitted.length);
		assert.ok(
			emu.requests.every((r) => r.status < 400),
			'no request was refused',
		);
		assert.equal(emu.requestsWithoutUserAgent(), 0);
	},
};
