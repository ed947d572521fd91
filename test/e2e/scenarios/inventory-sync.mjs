// examples/inventory-sync.json: Code (SKUs and quantities) → Product Get Many (filter SKUs) → Product Set Inventory.
const STOCK = { 'GLF-FLW-BD-35': 120, 'GLF-PR-BD-1': 348, 'GLF-EDB-DCB-100': 0 };

export default {
	name: 'inventory sync: each SKU is looked up and its product gets the quantity (managed inventory)',
	example: 'inventory-sync.json',
	async run({ execute, nodeOutput, emu, assert }) {
		const products = emu.db.products.all();
		const bySku = new Map(products.map((p) => [p.sku, p]));
		for (const sku of Object.keys(STOCK)) assert.ok(bySku.has(sku), `the seed has ${sku}`);
		const others = products
			.filter((p) => !(p.sku in STOCK))
			.map((p) => [p.id, p.quantity, p.inventory_management]);

		const run = await execute();

		const found = nodeOutput(run, 'Find product by SKU');
		assert.deepEqual(
			found.map((p) => p.sku),
			Object.keys(STOCK),
			'one product per SKU, in order',
		);
		const set = nodeOutput(run, 'Set inventory');
		assert.equal(set.length, Object.keys(STOCK).length);
		for (const [sku, quantity] of Object.entries(STOCK)) {
			const rec = emu.db.products.get(bySku.get(sku).id);
			assert.equal(Number(rec.quantity), quantity, `${sku}: quantity in LeafLink`);
			assert.notEqual(rec.inventory_management, 'manual', `${sku}: inventory is managed now`);
			const out = set.find((p) => p.id === rec.id);
			assert.ok(out, `${sku}: in the output`);
			assert.equal(out.quantity, quantity);
		}
		for (const [id, quantity, mgmt] of others) {
			const rec = emu.db.products.get(id);
			assert.equal(rec.quantity, quantity, `product ${id} untouched`);
			assert.equal(rec.inventory_management, mgmt);
		}

		const lookups = emu.requests.filter((r) => r.template === 'GET /products/');
		assert.equal(lookups.length, Object.keys(STOCK).length, 'one lookup per SKU');
		// requests go out side by side (Parallel Requests), so they reach LeafLink in any order
		assert.deepEqual(
			lookups.map((r) => String(r.query.sku)).sort(),
			Object.keys(STOCK).sort(),
			'looked up by SKU',
		);
		const patches = emu.requests.filter((r) => r.template === 'PATCH /products/{id}/');
		const byId = (a, b) => a[0] - b[0];
		assert.deepEqual(
			patches.map((r) => [Number(r.path.split('/').at(-2)), Number(r.body.quantity)]).sort(byId),
			Object.entries(STOCK)
				.map(([sku, q]) => [bySku.get(sku).id, q])
				.sort(byId),
		);
		assert.ok(
			emu.requests.every((r) => r.status < 400),
			'no request was refused',
		);
		assert.equal(emu.requestsWithoutUserAgent(), 0);
	},
};
