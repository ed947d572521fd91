/**
 * Items of LeafLink's integration checklist (README, "LeafLink integration checklist") that no other suite
 * proves on its own: Cancelled and Rejected orders, and discount, tax and shipping read back for the outside system.
 */
import { useLeafLink } from './helpers/leaflink';

const h = useLeafLink();
const order = (number: string) => ({ __rl: true, mode: 'id', value: number });

describe('checklist: Cancelled and Rejected orders', () => {
	it('cancels an accepted order and rejects a submitted one; the simplified order flags both', async () => {
		const { accepted, submitted } = h.emu.ids.orders;
		const cancelled = await h.run({
			resource: 'order',
			operation: 'transition',
			orderNumber: order(accepted),
			transition: 'cancel',
		});
		expect(cancelled.error).toBeUndefined();
		expect(h.json(cancelled)[0]).toEqual(
			expect.objectContaining({
				number: accepted,
				status: 'Cancelled',
				is_cancelled_or_rejected: true,
			}),
		);
		const rejected = await h.run({
			resource: 'order',
			operation: 'transition',
			orderNumber: order(submitted),
			transition: 'reject',
		});
		expect(rejected.error).toBeUndefined();
		expect(h.json(rejected)[0]).toEqual(
			expect.objectContaining({
				number: submitted,
				status: 'Rejected',
				is_cancelled_or_rejected: true,
			}),
		);
		expect(h.emu.db.orders.get(accepted).status).toBe('Cancelled');
		expect(h.emu.db.orders.get(submitted).status).toBe('Rejected');
		expect(h.emu.requests.map((r) => r.path)).toEqual([
			`/api/v2/orders-received/${accepted}/transition/cancel/`,
			`/api/v2/orders-received/${submitted}/transition/reject/`,
		]);
	});

	it('Get Many flags exactly the Cancelled and Rejected orders, and can leave them out', async () => {
		const all = h.json(await h.run({ resource: 'order', operation: 'getMany', returnAll: true }));
		const flagged = all.filter((o) => o.is_cancelled_or_rejected).map((o) => o.status);
		expect(flagged.sort()).toEqual(['Cancelled', 'Rejected']);
		expect(
			all
				.filter((o) => !o.is_cancelled_or_rejected)
				.every((o) => o.status !== 'Cancelled' && o.status !== 'Rejected'),
		).toBe(true);

		const open = h.json(
			await h.run({
				resource: 'order',
				operation: 'getMany',
				returnAll: true,
				filters: { statusNot: ['cancelled', 'rejected'] },
			}),
		);
		expect(open.length).toBe(all.length - 2);
		expect(open.some((o) => o.is_cancelled_or_rejected)).toBe(false);
	});

	it("refuses to reject an order that is no longer Submitted, with LeafLink's words, and sends it once", async () => {
		const { complete } = h.emu.ids.orders;
		const result = await h.run({
			resource: 'order',
			operation: 'transition',
			orderNumber: order(complete),
			transition: 'reject',
		});
		expect(result.error?.message).toMatch(/rejected Transition order \(reject\)/);
		expect(h.emu.requests).toHaveLength(1);
		expect(h.emu.db.orders.get(complete).status).toBe('Complete');
	});
});

describe('checklist: discounts, tax and shipping charge on an order', () => {
	it('an order updated with a discount, tax and shipping reads back with all three, simplified as numbers', async () => {
		const { submitted } = h.emu.ids.orders;
		const updated = await h.run({
			resource: 'order',
			operation: 'update',
			orderNumber: order(submitted),
			updateFields: { discount: 10, discount_type: '$', tax_amount: 8, shipping_charge: 25 },
		});
		expect(updated.error).toBeUndefined();
		const read = await h.run({
			resource: 'order',
			operation: 'get',
			orderNumber: order(submitted),
		});
		expect(read.error).toBeUndefined();
		expect(h.json(read)[0]).toEqual(
			expect.objectContaining({
				number: submitted,
				discount: 10,
				discount_type: '$',
				tax_amount: 8,
				shipping_charge: 25,
			}),
		);
	});
});
