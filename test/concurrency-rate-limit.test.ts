/* eslint-disable @n8n/community-nodes/no-restricted-globals -- test code runs in Node (reads its environment), not in n8n Cloud's sandbox for nodes */
/**
 * LeafLink's limit with many requests under way: the emulator enforces 300/min with bursts to 1,000 (a token
 * bucket of 700, refilled at 300/min), time-scaled ×2 (a LeafLink minute lasts 30 real seconds, 10 tokens a
 * second). One execution at the default Parallel Requests, starting with the burst spent by other work, runs at the
 * refill rate without a single 429: each request waits for a token that LeafLink's own headers say is there,
 * counting the requests still under way.
 */
import { useLeafLink } from './helpers/leaflink';

const TIME_SCALE = 2;
const REFILL_PER_SECOND = (300 / 60) * TIME_SCALE;
const ITEMS = 100;
const h = useLeafLink({
	latencyMs: 20,
	rateLimit: { perMinute: 300, burstPerMinute: 1000, timeScale: TIME_SCALE },
});
const locator = (value: string) => ({ __rl: true, mode: 'id', value });

/** Spends the key's burst with direct requests (another workload), stopping before LeafLink has to refuse one. */
async function spendBurst(): Promise<void> {
	const url = `${h.emu.baseUrl}/companies/`;
	const headers = { Authorization: `App ${h.emu.keys.app}`, 'User-Agent': 'other_workload' };
	for (;;) {
		const responses = await Promise.all(
			Array.from({ length: 10 }, async () => await fetch(url, { headers })),
		);
		await Promise.all(responses.map(async (r) => await r.arrayBuffer()));
		const remaining = Math.min(
			...responses.map((r) => Number(r.headers.get('ratelimit-remaining'))),
		);
		if (remaining < 15) return;
	}
}

it(`${ITEMS} Get items at the default Parallel Requests with the burst spent: paced by the refill, 0 × 429, in order`, async () => {
	const numbers = h.emu.seedBulkOrders(ITEMS) as string[];
	await spendBurst();
	const from = h.emu.requests.length;
	const started = Date.now();
	const result = await h.run(
		{
			resource: 'order',
			operation: 'get',
			orderNumber: locator('={{ $json.number }}'),
			simplify: false,
		},
		{ items: numbers.map((number) => ({ number })) },
	);
	const took = Date.now() - started;
	expect(result.error).toBeUndefined();
	expect(h.json(result).map((o) => o.number)).toEqual(numbers);
	const statuses = h.emu.requests.slice(from).map((r) => r.status);
	expect(statuses.filter((s) => s === 429)).toHaveLength(0);
	expect(statuses).toHaveLength(ITEMS);
	// it was the bucket that set the pace (at most ~25 tokens were left at the start), not the client
	expect(took).toBeGreaterThanOrEqual(((ITEMS - 25) * 1000) / REFILL_PER_SECOND);
	process.stdout.write(
		`[concurrency:rate-limit] ${ITEMS} Get items, burst spent, default Parallel Requests: ${statuses.length} requests, 0 × 429, ${took} ms\n`,
	);
}, 120_000);
