/**
 * LeafLink Polling Trigger through n8n-core's PollContext and TriggersAndPollers.runPoll (see
 * test/helpers/poll.ts), against the emulator: each change emitted exactly once across polls, restarts and
 * a failed poll; filters; manual mode.
 */
import type { IDataObject, INode } from 'n8n-workflow';
import { sleep } from 'n8n-workflow';
import { LeafLinkPollingTrigger } from '../../nodes/LeafLinkPollingTrigger/LeafLinkPollingTrigger.node';
import { applyPoll, MAX_SEEN, prune } from '../../nodes/LeafLinkPollingTrigger/poller';
import { useLeafLink } from '../helpers/leaflink';
import type { Poller } from '../helpers/poll';
import { createPoller } from '../helpers/poll';

const TYPE = 'n8n-nodes-leaflink.leafLinkPollingTrigger';

describe('LeafLink Polling Trigger', () => {
	const ll = useLeafLink();

	const poller = (parameters: INode['parameters'], mode?: 'manual') =>
		createPoller({
			nodeType: new LeafLinkPollingTrigger(),
			typeName: TYPE,
			parameters,
			credential: ll.credential,
			mode,
		});

	const patch = async (path: string, body: IDataObject) => {
		const res = await fetch(`${ll.emu.baseUrl}${path}`, {
			method: 'PATCH',
			headers: {
				Authorization: `App ${ll.emu.keys.app}`,
				'User-Agent': 'n8n_test_suite',
				'Content-Type': 'application/json',
			},
			body: JSON.stringify(body),
		});
		expect(res.status).toBe(200);
		return (await res.json()) as IDataObject;
	};
	const patchOrder = async (number: string, notes: string) =>
		await patch(`/orders-received/${number}/`, { notes });

	/** LeafLink's `modified` has millisecond precision here: keep successive changes apart. */
	const tick = async () => await sleep(5);

	const keys = (result: { emitted: Array<Array<{ json: IDataObject }>> | null }) =>
		(result.emitted?.[0] ?? []).map(
			(i) => `${String(i.json.number ?? i.json.id)}@${String(i.json.notes || i.json.name || '')}`,
		);

	it('emits each order change exactly once over polls, a restart and a failed poll', async () => {
		const { submitted, accepted, draft } = ll.emu.ids.orders;
		const p: Poller = poller({ watch: 'order' });

		// poll 1: marks the start, emits nothing (the seed is history)
		expect((await p.poll()).emitted).toBeNull();
		const start = p.staticData()['node:LeafLink Polling Trigger'] as IDataObject;
		expect(typeof start.cursor).toBe('string');

		// poll 2: two orders changed
		await tick();
		await patchOrder(submitted, 'change 1');
		await patchOrder(accepted, 'change 1');
		const second = await p.poll();
		expect(keys(second)).toEqual([`${submitted}@change 1`, `${accepted}@change 1`]);

		// poll 3: nothing changed; the overlap window re-reads both, nothing is emitted again
		const third = await p.poll();
		expect(third.emitted).toBeNull();
		expect(third.error).toBeUndefined();

		// n8n restarts (static data as stored): still nothing twice
		p.restart();
		expect((await p.poll()).emitted).toBeNull();

		// a change, then a failed poll: no emission, cursor kept
		await tick();
		await patchOrder(submitted, 'change 2');
		await patchOrder(draft, 'change 1');
		const before = JSON.stringify(p.staticData());
		// (the transport retries reads three times: the connection is reset, then each retry gets a 500)
		const fail500 = {
			method: 'GET',
			path: /\/orders-received\/$/,
			fault: 'status' as const,
			status: 500,
			headers: { 'Retry-After': '0' },
		};
		ll.emu.inject({ method: 'GET', path: /\/orders-received\/$/, fault: 'reset' });
		ll.emu.inject({ ...fail500, times: 3 });
		const failed = await p.poll();
		expect(failed.error).toBeDefined();
		expect(failed.emitted).toBeNull();
		expect(JSON.stringify(p.staticData())).toBe(before);

		// and a 500 answered to every retry
		ll.emu.inject({ ...fail500, times: 4 });
		expect((await p.poll()).error).toBeDefined();
		expect(JSON.stringify(p.staticData())).toBe(before);

		// the next good poll emits what changed while polls failed, once
		const recovered = await p.poll();
		expect(recovered.error).toBeUndefined();
		expect(keys(recovered)).toEqual([`${submitted}@change 2`, `${draft}@change 1`]);
		expect((await p.poll()).emitted).toBeNull();

		// over everything: each (order, modified) version exactly once
		const versions = p
			.allEmitted()
			.map((i) => `${String(i.json.number)}@${String(i.json.modified)}`);
		expect(new Set(versions).size).toBe(versions.length);
		expect(versions).toHaveLength(4);
	}, 60_000);

	it('survives a failure on the second page of a poll: nothing half-emitted, nothing skipped or repeated', async () => {
		const p = poller({ watch: 'order' });
		await p.poll();
		await tick();
		const numbers = ll.emu.seedBulkOrders(150) as string[];
		// bulk orders carry fixed old timestamps: make them changes (150 records: two pages of 100)
		const now = new Date().toISOString();
		for (const n of numbers)
			Object.assign(ll.emu.db.orders.get(n), { modified: now, notes: 'bulk change' });
		ll.emu.db.orders.touch();
		const before = JSON.stringify(p.staticData());

		// page 1 is answered (slowly); while it is in flight, page 2 is set to fail on every retry
		ll.emu.inject({ method: 'GET', path: /\/orders-received\/$/, fault: 'delay', ms: 300 });
		const failing = p.poll();
		await sleep(100);
		ll.emu.inject({
			method: 'GET',
			path: /\/orders-received\/$/,
			fault: 'status',
			status: 500,
			headers: { 'Retry-After': '0' },
			times: 4,
		});
		const failed = await failing;
		expect(failed.error).toBeDefined();
		expect(failed.emitted).toBeNull();
		expect(JSON.stringify(p.staticData())).toBe(before);
		const offsets = ll.emu.requests
			.filter((r: { path: string }) => r.path.endsWith('/orders-received/'))
			.map((r: { query: IDataObject }) => r.query.offset ?? '0');
		expect(offsets).toContain('100');

		const good = await p.poll();
		expect(good.error).toBeUndefined();
		expect(good.emitted?.[0]).toHaveLength(150);
		expect(new Set(keys(good))).toEqual(new Set(numbers.map((n) => `${n}@bulk change`)));
		expect((await p.poll()).emitted).toBeNull();
	}, 60_000);

	it('filters orders by status with one lowercase status per request', async () => {
		const { submitted, accepted, draft } = ll.emu.ids.orders;
		const p = poller({ watch: 'order', filters: { statuses: ['Submitted', 'Accepted'] } });
		await p.poll();
		await tick();
		await patchOrder(submitted, 'x');
		await patchOrder(accepted, 'x');
		await patchOrder(draft, 'x');
		const mark = ll.emu.requests.length;
		const result = await p.poll();
		expect(new Set(keys(result))).toEqual(new Set([`${submitted}@x`, `${accepted}@x`]));
		const statuses = ll.emu.requests.slice(mark).map((r: { query: IDataObject }) => r.query.status);
		expect(statuses.sort()).toEqual(['accepted', 'submitted']);
		for (const r of ll.emu.requests.slice(mark))
			expect(typeof r.query.modified__gte).toBe('string');
	});

	it('watches products and customers too', async () => {
		const products = poller({ watch: 'product' });
		const customers = poller({ watch: 'customer' });
		await products.poll();
		await customers.poll();
		await tick();
		await patch(`/products/${ll.emu.ids.products[1]}/`, { name: 'Renamed Product' });
		await patch(`/customers/${ll.emu.ids.customers[2]}/`, { name: 'Renamed Customer' });
		expect(keys(await products.poll())).toEqual([`${ll.emu.ids.products[1]}@Renamed Product`]);
		expect(keys(await customers.poll())).toEqual([`${ll.emu.ids.customers[2]}@Renamed Customer`]);
		expect((await products.poll()).emitted).toBeNull();
		expect((await customers.poll()).emitted).toBeNull();
	});

	it('in manual mode returns the newest record as a sample and leaves the cursor alone', async () => {
		const { complete } = ll.emu.ids.orders;
		await patchOrder(complete, 'newest');
		const p = poller({ watch: 'order', options: { includeChildren: true } }, 'manual');
		const result = await p.poll();
		expect(result.emitted?.[0]).toHaveLength(1);
		expect(result.emitted?.[0][0].json.number).toBe(complete);
		expect(Array.isArray(result.emitted?.[0][0].json.line_items)).toBe(true);
		expect(p.staticData()).toEqual({});
	});

	it('keeps its de-duplication memory to the overlap window, and capped', () => {
		const t = (s: number) => new Date(Date.UTC(2025, 0, 1, 0, 0, s)).toISOString();
		const first = applyPoll(
			{ cursor: t(0), seen: {} },
			[
				{ id: 1, modified: t(10) },
				{ id: 2, modified: t(100) },
			],
			'id',
			30,
		);
		expect(first.emit.map((r) => r.id)).toEqual([1, 2]);
		expect(first.next.cursor).toBe(t(100));
		// 1 (t=10) is older than cursor - overlap (t=70): it cannot be read again, so it is forgotten
		expect(first.next.seen).toEqual({ '2': t(100) });
		const again = applyPoll(first.next, [{ id: 2, modified: t(100) }], 'id', 30);
		expect(again.emit).toEqual([]);
		const many: Record<string, string> = {};
		for (let i = 0; i < MAX_SEEN + 50; i++) many[String(i)] = t(100);
		expect(Object.keys(prune(many, t(100), 30))).toHaveLength(MAX_SEEN);
	});
});
