// examples/batch-cleanup.json: Inventory Item Get Many (Return All) → Code (batches whose every inventory item has
// nothing on hand or reserved) → Batch Delete. LeafLink asks integrations to delete a batch once the inventory
// associated with it is fully consumed.
//
// Set-up in the emulator's seed (batches 301, 302, 303; inventory items 401 → 301, 402 → 302, 403 → 303, and 404,
// archived, → 302):
// - batch 301: its only inventory item sold out (quantity 0) → deleted;
// - batch 303: a second inventory item at another facility is sold out, item 403 still holds 600 → kept;
// - batch 302: item 402 still holds 180 → kept;
// - batch 305: a new batch no inventory item holds yet (not received) → kept;
// - batch 306: held by two sold-out items at two facilities → deleted.
export default {
	name: 'batch clean-up: batches whose inventory is used up are deleted, all others are kept',
	example: 'batch-cleanup.json',
	async run({ execute, nodeOutput, emu, assert }) {
		const items = emu.db['inventory-items'];
		const batches = emu.db.batches;
		assert.deepEqual(
			batches
				.all()
				.map((b) => b.id)
				.sort(),
			[301, 302, 303],
			'the seed has batches 301-303',
		);
		Object.assign(items.get(401), {
			quantity: 0,
			quantity_in_product_uom: '0.0000',
			reserved_qty: '0.0000',
			reserved_qty_in_product_uom: '0.0000',
		});
		const soldOut = (id, facility, product, batch) => ({
			id,
			facility,
			inventory: facility === 71 ? 1 : 2,
			product,
			quantity: 0,
			quantity_in_product_uom: '0.0000',
			reserved_qty: '0.0000',
			reserved_qty_in_product_uom: '0.0000',
			batch,
			is_archived: false,
		});
		items.insert(soldOut(405, 71, 205, 303));
		batches.insert({ ...batches.get(301), id: 305, production_batch_number: 'BD-2024-09' });
		batches.insert({ ...batches.get(302), id: 306, production_batch_number: 'SD-2024-02' });
		items.insert(soldOut(406, 71, 202, 306));
		items.insert(soldOut(407, 72, 202, 306));
		// an archived item with stock left does not hold its batch (LeafLink leaves archived items out of the list)
		assert.equal(items.get(404).is_archived, true);

		const run = await execute();

		const listed = nodeOutput(run, 'Inventory items');
		assert.deepEqual(
			listed.map((i) => i.id).sort(),
			[401, 402, 403, 405, 406, 407],
			'every non-archived inventory item, all pages',
		);
		const usedUp = nodeOutput(run, 'Batches used up');
		assert.deepEqual(
			usedUp.map((b) => [b.batch, b.inventory_items, b.facilities]),
			[
				[301, [401], [71]],
				[306, [406, 407], [71, 72]],
			],
			'exactly the batches whose every inventory item is at 0',
		);
		const deleted = nodeOutput(run, 'Delete batch');
		assert.deepEqual(
			deleted.map((d) => [Number(d.id), d.deleted]),
			[
				[301, true],
				[306, true],
			],
		);

		assert.deepEqual(
			batches
				.all()
				.map((b) => b.id)
				.sort(),
			[302, 303, 305],
			'used-up batches are gone from LeafLink, the others are kept',
		);
		const deletes = emu.requests.filter((r) => r.method === 'DELETE');
		// requests go out side by side (Parallel Requests), so they reach LeafLink in any order
		assert.deepEqual(
			deletes.map((r) => r.path.replace(/^.*\/batches\//, '')).sort(),
			['301/', '306/'],
			'only DELETE /batches/{id}/ of the used-up batches',
		);
		assert.ok(deletes.every((r) => r.template === 'DELETE /batches/{id}/' && r.status === 204));
		assert.ok(
			emu.requests.every((r) => r.status < 400),
			'no request was refused',
		);
		assert.equal(emu.requestsWithoutUserAgent(), 0);
	},
};
