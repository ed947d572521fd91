/* eslint-disable @n8n/community-nodes/no-restricted-globals -- test code runs in Node (servers, files, environment), not in n8n Cloud's sandbox for nodes */
/**
 * LeafLink's rate limit, proven: the emulator enforces 300 requests/minute per key with bursts to 1000/minute
 * (a token bucket; see test/emulator/index.js), under a time scale so that a LeafLink "minute" lasts a fraction
 * of a real one. 1,000 requests through n8n's engine must finish with no error surfaced and few 429s.
 */
import type { IDataObject } from 'n8n-workflow';
import { useLeafLink } from '../helpers/leaflink';

/** A LeafLink minute lasts 60 / TIME_SCALE real seconds: 12 s here. */
const TIME_SCALE = 5;
const PER_MINUTE = 300;
const BURST_PER_MINUTE = 1000;

/** Tokens the emulator's bucket gains per real second: 300/min x TIME_SCALE. */
const REFILL_PER_SECOND = (PER_MINUTE / 60) * TIME_SCALE;
const PACED_ITEMS = 50;
const SHARED_ITEMS = 30;

const h = useLeafLink({
	rateLimit: { perMinute: PER_MINUTE, burstPerMinute: BURST_PER_MINUTE, timeScale: TIME_SCALE },
});
const locator = (value: string) => ({ __rl: true, mode: 'id', value });

/**
 * Spends the key's burst with direct requests (another workload earlier in the minute), until LeafLink answers
 * 429. Answers how many requests that took.
 */
async function spendBurst(): Promise<number> {
	// an invalid limit is refused after the rate check, so each costs a token and little else
	const url = `${h.emu.baseUrl}/orders-received/?limit=none`;
	const headers = { Authorization: `App ${h.emu.keys.app}`, 'User-Agent': 'other_workload' };
	let sent = 0;
	for (;;) {
		const statuses = await Promise.all(
			Array.from({ length: 25 }, async () => {
				const response = await fetch(url, { headers });
				await response.arrayBuffer();
				return response.status;
			}),
		);
		sent += statuses.length;
		if (statuses.includes(429)) return sent;
		if (sent > 5000) throw new Error('the emulator never rate-limited');
	}
}

function report(run: string, counts: IDataObject): void {
	process.stdout.write(
		`[reliability:rate-limit] ${run}: ${Object.entries(counts)
			.map(([k, v]) => `${k} ${String(v)}`)
			.join(', ')}\n`,
	);
}

/** The most requests LeafLink accepted in any rolling (scaled) minute: never above the burst limit. */
function busiestMinute(times: number[]): number {
	const windowMs = 60_000 / TIME_SCALE;
	let most = 0;
	let start = 0;
	for (let end = 0; end < times.length; end++) {
		while (times[end] - times[start] >= windowMs) start++;
		most = Math.max(most, end - start + 1);
	}
	return most;
}

describe('rate limit: 300/min with bursts to 1000/min, time-scaled', () => {
	// 1,000 requests through the engine: 26-36 s on 2 busy cores, so more than jest's default 30 s
	it('1,000 Get items in one execution: every item answered, no error, few 429s', async () => {
		const numbers = Object.values(h.emu.ids.orders);
		const items = Array.from({ length: 1000 }, (_, i) => ({ number: numbers[i % numbers.length] }));
		const started = Date.now();
		const result = await h.run(
			{
				resource: 'order',
				operation: 'get',
				orderNumber: locator('={{ $json.number }}'),
				simplify: false,
			},
			{ items },
		);
		const took = Date.now() - started;
		expect(result.error).toBeUndefined();
		const out = h.json(result);
		expect(out).toHaveLength(1000);
		expect(out.filter((o) => o.error !== undefined)).toHaveLength(0);
		expect(out.map((o) => o.number)).toEqual(items.map((i) => i.number));
		const rateLimited = h.emu.requests.filter((r) => r.status === 429).length;
		const accepted = h.emu.requests.filter((r) => r.status === 200);
		expect(accepted).toHaveLength(1000);
		// the node reads LeafLink's RateLimit headers and waits before the bucket runs dry
		expect(rateLimited).toBeLessThanOrEqual(10);
		const busiest = busiestMinute(accepted.map((r) => Date.parse(r.at)));
		expect(busiest).toBeLessThanOrEqual(BURST_PER_MINUTE);
		// the burst covers 700 requests (1000 - 300); the other 300 had to wait for the bucket to refill
		expect(took).toBeGreaterThanOrEqual(
			((1000 - (BURST_PER_MINUTE - PER_MINUTE)) * 1000 * 0.9) / REFILL_PER_SECOND,
		);
		report('1,000 Get items, one execution', {
			requests: h.emu.requests.length,
			'429s': rateLimited,
			errors: 0,
			'busiest minute': busiest,
			ms: took,
		});
	}, 120_000);

	it('with the burst spent: one execution waits before each request; two sharing the key each back off on 429', async () => {
		const spent = await spendBurst();

		// one execution: LeafLink's RateLimit headers say the bucket is empty, so the node waits its turn
		let from = h.emu.requests.length;
		const items = Array.from({ length: PACED_ITEMS }, () => ({ number: h.emu.ids.orders.draft }));
		const params = {
			resource: 'order',
			operation: 'get',
			orderNumber: locator('={{ $json.number }}'),
		};
		let started = Date.now();
		const paced = await h.run(params, { items });
		let took = Date.now() - started;
		expect(paced.error).toBeUndefined();
		expect(h.json(paced)).toHaveLength(PACED_ITEMS);
		let run = h.emu.requests.slice(from);
		let rateLimited = run.filter((r) => r.status === 429).length;
		// the bucket refills one request every 1000 / REFILL_PER_SECOND ms; the node kept to that
		expect(took).toBeGreaterThanOrEqual(((PACED_ITEMS - 5) * 1000) / REFILL_PER_SECOND);
		expect(rateLimited).toBeLessThanOrEqual(3);
		report(`${PACED_ITEMS} Get items, burst spent`, {
			'burst spent by': `${spent} requests`,
			requests: run.length,
			'429s': rateLimited,
			errors: 0,
			ms: took,
		});

		// two executions at once on the same (still empty) bucket: neither knows of the other. The bucket refills from
		// the paced run's last request on (engine start-up in between can take a while on a busy machine)
		const emptyAt = Date.parse(h.emu.requests[h.emu.requests.length - 1].at);
		from = h.emu.requests.length;
		const shared = Array.from({ length: SHARED_ITEMS }, () => ({
			number: h.emu.ids.orders.submitted,
		}));
		started = Date.now();
		const [a, b] = await Promise.all([
			h.run(params, { items: shared }),
			h.run(params, { items: shared }),
		]);
		took = Date.now() - started;
		expect(a.error).toBeUndefined();
		expect(b.error).toBeUndefined();
		expect(h.json(a)).toHaveLength(SHARED_ITEMS);
		expect(h.json(b)).toHaveLength(SHARED_ITEMS);
		run = h.emu.requests.slice(from);
		rateLimited = run.filter((r) => r.status === 429).length;
		expect(run.filter((r) => r.status === 200)).toHaveLength(2 * SHARED_ITEMS);
		// each learns of the other only from 429s, and waits as LeafLink asks: at most about one 429 per item
		expect(rateLimited).toBeLessThanOrEqual(2 * SHARED_ITEMS);
		expect(Date.now() - emptyAt).toBeGreaterThanOrEqual(
			((2 * SHARED_ITEMS - 5) * 1000) / REFILL_PER_SECOND,
		);
		report(`2 executions x ${SHARED_ITEMS} Get items, one key, burst spent`, {
			requests: run.length,
			'429s': rateLimited,
			errors: 0,
			ms: took,
		});
	}, 120_000);
});
