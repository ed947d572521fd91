/* eslint-disable @n8n/community-nodes/no-restricted-globals -- test code runs in Node (servers, files, environment), not in n8n Cloud's sandbox for nodes */
/**
 * Fault injection through n8n's engine, over real HTTP, against the emulator: 429 storms, 5xx, connection
 * resets, timeouts, non-JSON bodies and a key revoked mid-run. Every test counts what reached LeafLink and what
 * the node passed on, and prints its records lost and duplicated (both must be 0).
 */
import type { IDataObject } from 'n8n-workflow';
import { sleep } from 'n8n-workflow';
import { useLeafLink } from '../helpers/leaflink';
import type { RunNodeResult } from '../helpers/engine';

const h = useLeafLink();
const locator = (value: string) => ({ __rl: true, mode: 'id', value });

/** One line per fault: what it was, and the records lost and duplicated. */
function report(
	fault: string,
	counts: { lost: number; duplicated: number; requests?: number; notes?: string },
): void {
	const { lost, duplicated } = counts;
	const extra = `${counts.requests !== undefined ? `, requests ${counts.requests}` : ''}${counts.notes ? `, ${counts.notes}` : ''}`;
	process.stdout.write(
		`[reliability:faults] ${fault}: records lost ${lost}, duplicated ${duplicated}${extra}\n`,
	);
	expect({ fault, lost, duplicated }).toEqual({ fault, lost: 0, duplicated: 0 });
}

/** Expected values missing from the output, and values present more than once. */
function lostAndDuplicated(
	expected: string[],
	got: unknown[],
): { lost: number; duplicated: number } {
	const seen = new Map<string, number>();
	for (const g of got) seen.set(String(g), (seen.get(String(g)) ?? 0) + 1);
	const lost = expected.filter((e) => !seen.has(e)).length;
	const duplicated = [...seen.values()].reduce((n, c) => n + (c > 1 ? c - 1 : 0), 0);
	return { lost, duplicated };
}

/** Orders LeafLink holds with this Seller Number. */
function ordersWithSellerNumber(sellerNumber: string): number {
	return h.emu.db.orders.all().filter((o: IDataObject) => o.external_id_seller === sellerNumber)
		.length;
}

/** Resolves once the emulator has logged a request that satisfies `test` (polled; the node runs meanwhile). */
async function whenRequest(
	test: (r: (typeof h.emu.requests)[number]) => boolean,
	timeoutMs = 10_000,
): Promise<void> {
	const started = Date.now();
	while (!h.emu.requests.some(test)) {
		if (Date.now() - started > timeoutMs) throw new Error('the awaited request never came');
		await sleep(2);
	}
}

/**
 * Injects `fault` in the middle of a run: the first matching request is held back (a 150 ms delay fault), and
 * while it is held the real fault is armed, so it hits the requests after it (e.g. page 2 of a Return All).
 */
async function midRun(
	method: string,
	path: RegExp,
	start: () => Promise<RunNodeResult>,
	fault: Parameters<typeof h.emu.inject>[0],
): Promise<RunNodeResult> {
	h.emu.inject({ method, path, fault: 'delay', ms: 150, times: 1 });
	const running = start();
	await whenRequest((r) => r.fault === 'delay');
	h.emu.inject({ method, path, ...fault });
	return await running;
}

const createOrderParams = (sellerNumber: string) => ({
	resource: 'order',
	operation: 'create',
	seller: 1,
	customer: locator('101'),
	status: 'Draft',
	lineItems: { item: [{ product: '201', quantity: 3, ordered_unit_price: 10 }] },
	additionalFields: { external_id_seller: sellerNumber },
});

const ORDERS_PATH = /^\/orders-received\/$/;

describe('429 storms: waited out, nothing lost, nothing created twice', () => {
	it('a storm of 429s with Retry-After in the middle of a Return All: every order once', async () => {
		h.emu.seedBulkOrders(40);
		const expected = h.emu.db.orders.all().map((o: IDataObject) => String(o.number));
		const result = await midRun(
			'GET',
			ORDERS_PATH,
			() => h.run({ resource: 'order', operation: 'getMany', returnAll: true, pageSize: 10 }),
			{ fault: 'rateLimit', retryAfter: 0.05, times: 6 },
		);
		expect(result.error).toBeUndefined();
		const statuses = h.emu.requests.map((r) => r.status);
		expect(statuses.filter((s) => s === 429)).toHaveLength(6);
		const counts = lostAndDuplicated(
			expected,
			h.json(result).map((o) => o.number),
		);
		report('429 storm (6, Retry-After 0.05 s) mid Return All', {
			...counts,
			requests: statuses.length,
		});
	});

	it('a storm of 429s on creates: three orders, each created exactly once', async () => {
		h.emu.inject({
			method: 'POST',
			path: ORDERS_PATH,
			fault: 'rateLimit',
			retryAfter: 0.05,
			times: 5,
		});
		const before = h.emu.db.orders.size;
		const sellerNumbers = ['RL-1', 'RL-2', 'RL-3'];
		const result = await h.run(
			{ ...createOrderParams('={{ $json.sellerNumber }}') },
			{ items: sellerNumbers.map((sellerNumber) => ({ sellerNumber })) },
		);
		expect(result.error).toBeUndefined();
		expect(h.json(result)).toHaveLength(3);
		const posts = h.emu.requests.filter((r) => r.method === 'POST');
		expect(posts.filter((r) => r.status === 429)).toHaveLength(5);
		expect(posts.filter((r) => r.status === 201)).toHaveLength(3);
		expect(h.emu.db.orders.size).toBe(before + 3);
		const lost = sellerNumbers.filter((n) => ordersWithSellerNumber(n) === 0).length;
		const duplicated = sellerNumbers.reduce(
			(d, n) => d + Math.max(0, ordersWithSellerNumber(n) - 1),
			0,
		);
		report('429 storm (5, Retry-After) on 3 creates', {
			lost,
			duplicated,
			requests: h.emu.requests.length,
		});
	});

	it('a 429 that gives only RateLimit-Reset on a transition: waited out, applied once', async () => {
		const { submitted } = h.emu.ids.orders;
		const path = `/orders-received/${submitted}/transition/accept/`;
		h.emu.inject({
			method: 'POST',
			path,
			fault: 'status',
			status: 429,
			body: { detail: 'Request was throttled.' },
			headers: { 'RateLimit-Limit': '700', 'RateLimit-Remaining': '0', 'RateLimit-Reset': '0.1' },
			times: 3,
		});
		const started = Date.now();
		const result = await h.run({
			resource: 'order',
			operation: 'transition',
			orderNumber: locator(submitted),
			transition: 'accept',
		});
		expect(result.error).toBeUndefined();
		expect(Date.now() - started).toBeGreaterThanOrEqual(300);
		expect(h.json(result)[0].status).toBe('Accepted');
		expect(h.emu.requests.map((r) => r.status)).toEqual([429, 429, 429, 200]);
		const applied = h.emu.requests.filter((r) => r.status === 200).length;
		report('429 with RateLimit-Reset only (3) on a transition', {
			lost: 1 - Math.min(1, applied),
			duplicated: Math.max(0, applied - 1),
		});
	});
});

describe('bounded waits: a Retry-After beyond the caps is not waited, the error names it', () => {
	it('a 429 asking for 45 s on a create: no wait, one request, the error names the 45 s and that nothing was done', async () => {
		h.emu.inject({
			method: 'POST',
			path: ORDERS_PATH,
			fault: 'rateLimit',
			retryAfter: 45,
			times: 1,
		});
		const started = Date.now();
		const result = await h.run(createOrderParams('WAIT-45'));
		const took = Date.now() - started;
		expect(result.error?.message).toMatch(
			/LeafLink's rate limit is exceeded and the wait it asks for is too long: Create an order .* \(429\)/,
		);
		expect(String(result.error?.description)).toMatch(
			/LeafLink asked to wait 45 s before trying again \(Retry-After\), longer than the 30 s the node waits at a time\. LeafLink did nothing with the request, so running the step again later is safe/,
		);
		expect(took).toBeLessThan(5_000);
		expect(h.emu.requests).toHaveLength(1);
		expect(ordersWithSellerNumber('WAIT-45')).toBe(0);
		report('429 with Retry-After 45 s on create', {
			lost: 0,
			duplicated: 0,
			notes: `failed after ${took} ms`,
		});
	});

	it('a 503 on a Get asking for an hour (maintenance): not waited, the error names the hour', async () => {
		const { draft } = h.emu.ids.orders;
		h.emu.inject({
			method: 'GET',
			path: `/orders-received/${draft}/`,
			fault: 'status',
			status: 503,
			headers: { 'Retry-After': '3600' },
			times: 1,
		});
		const started = Date.now();
		const result = await h.run({
			resource: 'order',
			operation: 'get',
			orderNumber: locator(draft),
		});
		expect(result.error?.message).toMatch(/LeafLink failed on Get an order .*\(HTTP 503\)/);
		expect(String(result.error?.description)).toMatch(
			/LeafLink asked to wait 3600 s before trying again \(Retry-After\)/,
		);
		expect(Date.now() - started).toBeLessThan(5_000);
		expect(h.emu.requests).toHaveLength(1);
	});
});

describe('5xx and connection resets on reads: retried, every record once', () => {
	it('a single 503 and a single reset on Get: retried, the order once', async () => {
		const { draft, submitted } = h.emu.ids.orders;
		h.emu.inject({
			method: 'GET',
			path: `/orders-received/${draft}/`,
			fault: 'status',
			status: 503,
			times: 1,
		});
		h.emu.inject({
			method: 'GET',
			path: `/orders-received/${submitted}/`,
			fault: 'reset',
			times: 1,
		});
		// one request at a time, so the emulator's log reads as each failure followed by its retry
		const result = await h.run(
			{
				resource: 'order',
				operation: 'get',
				orderNumber: locator('={{ $json.number }}'),
				requestOptions: { parallelRequests: 1 },
			},
			{ items: [{ number: draft }, { number: submitted }] },
		);
		expect(result.error).toBeUndefined();
		expect(h.emu.requests.map((r) => r.status)).toEqual([503, 200, 0, 200]);
		const counts = lostAndDuplicated(
			[draft, submitted],
			h.json(result).map((o) => o.number),
		);
		expect(h.json(result)).toHaveLength(2);
		report('503 then reset on Get (2 items)', { ...counts, requests: h.emu.requests.length });
	});

	it('a 502 in the middle of a Return All over several pages: every order once', async () => {
		h.emu.seedBulkOrders(40);
		const expected = h.emu.db.orders.all().map((o: IDataObject) => String(o.number));
		const result = await midRun(
			'GET',
			ORDERS_PATH,
			() => h.run({ resource: 'order', operation: 'getMany', returnAll: true, pageSize: 10 }),
			{ fault: 'status', status: 502, times: 1 },
		);
		expect(result.error).toBeUndefined();
		expect(h.emu.requests.filter((r) => r.status === 502)).toHaveLength(1);
		const pages = h.emu.requests.filter((r) => r.status === 200).length;
		expect(pages).toBe(Math.ceil(expected.length / 10));
		const counts = lostAndDuplicated(
			expected,
			h.json(result).map((o) => o.number),
		);
		report('502 mid Return All', { ...counts, requests: h.emu.requests.length });
	});

	it('a connection reset in the middle of a Return All over several pages: every order once', async () => {
		h.emu.seedBulkOrders(40);
		const expected = h.emu.db.orders.all().map((o: IDataObject) => String(o.number));
		const result = await midRun(
			'GET',
			ORDERS_PATH,
			() => h.run({ resource: 'order', operation: 'getMany', returnAll: true, pageSize: 10 }),
			{ fault: 'reset', times: 1 },
		);
		expect(result.error).toBeUndefined();
		expect(h.emu.requests.filter((r) => r.fault === 'reset')).toHaveLength(1);
		// the reset page is asked for again at the same offset, so nothing is skipped or repeated
		const offsets = h.emu.requests.map((r) => r.query.offset);
		expect(new Set(offsets).size).toBe(offsets.length - 1);
		const counts = lostAndDuplicated(
			expected,
			h.json(result).map((o) => o.number),
		);
		report('connection reset mid Return All', { ...counts, requests: h.emu.requests.length });
	});
});

describe('5xx, reset or timeout on a create or transition: never retried, says how to check', () => {
	it('a 502 on a create: one POST, no order, the error names the Seller Number to look for', async () => {
		h.emu.inject({ method: 'POST', path: ORDERS_PATH, fault: 'status', status: 502, times: 1 });
		const result = await h.run(createOrderParams('NR-502'));
		expect(result.error?.message).toMatch(
			/LeafLink failed on Create an order \(POST \/api\/v2\/orders-received\/\) \(HTTP 502\)/,
		);
		expect(String(result.error?.description)).toMatch(
			/may have been applied.*not retried.*Seller Number "NR-502"/,
		);
		expect(h.emu.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
		expect(result.items).toHaveLength(0);
		report('502 on create', {
			lost: 0,
			duplicated: Math.max(0, ordersWithSellerNumber('NR-502') - 1),
			requests: h.emu.requests.length,
		});
	});

	it('a reset after LeafLink applied the create: not retried, the order exists once, the error says how to check', async () => {
		h.emu.inject({
			method: 'POST',
			path: ORDERS_PATH,
			fault: 'reset',
			applyThenFail: true,
			times: 1,
		});
		const result = await h.run(createOrderParams('NR-RESET'));
		expect(result.error?.message).toMatch(
			/The request to LeafLink failed \(the connection was closed before LeafLink answered\): Create an order/,
		);
		expect(result.error?.message).not.toMatch(/perhaps it is offline/);
		expect(String(result.error?.description)).toMatch(
			/may have been applied.*Seller Number "NR-RESET"/,
		);
		expect(h.emu.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
		// LeafLink did create it; the node did not create it again
		expect(ordersWithSellerNumber('NR-RESET')).toBe(1);
		report('reset after create applied', {
			lost: 1 - ordersWithSellerNumber('NR-RESET'),
			duplicated: ordersWithSellerNumber('NR-RESET') - 1,
		});
	});

	it('a create slower than the Timeout: a timeout error naming the operation, not retried, applied once', async () => {
		h.emu.inject({ method: 'POST', path: ORDERS_PATH, fault: 'delay', ms: 1500, times: 1 });
		const started = Date.now();
		const result = await h.run({ ...createOrderParams('NR-SLOW'), requestOptions: { timeout: 1 } });
		const took = Date.now() - started;
		expect(result.error?.message).toMatch(
			/The request to LeafLink timed out after 1 s: Create an order \(POST \/api\/v2\/orders-received\/\)/,
		);
		expect(String(result.error?.description)).toMatch(
			/may have been applied.*Seller Number "NR-SLOW"/,
		);
		expect(took).toBeLessThan(1450);
		// LeafLink finishes the slow create after the node gave up: it exists once
		await sleep(700);
		expect(h.emu.requests.filter((r) => r.method === 'POST')).toHaveLength(1);
		expect(ordersWithSellerNumber('NR-SLOW')).toBe(1);
		report('create slower than Timeout (1 s)', {
			lost: 0,
			duplicated: ordersWithSellerNumber('NR-SLOW') - 1,
			notes: `gave up after ${took} ms`,
		});
	});

	it('a read slower than the Timeout is tried again; Timeout is read per item', async () => {
		const { draft } = h.emu.ids.orders;
		h.emu.inject({
			method: 'GET',
			path: `/orders-received/${draft}/`,
			fault: 'delay',
			ms: 1300,
			times: 1,
		});
		const result = await h.run({
			resource: 'order',
			operation: 'get',
			orderNumber: locator(draft),
			requestOptions: { timeout: 1 },
		});
		expect(result.error).toBeUndefined();
		expect(h.json(result).map((o) => o.number)).toEqual([draft]);
		expect(h.emu.requests).toHaveLength(2);
		report('Get slower than Timeout, then answered', {
			...lostAndDuplicated(
				[draft],
				h.json(result).map((o) => o.number),
			),
		});

		h.emu.reset();
		const bad = await h.run({
			resource: 'order',
			operation: 'get',
			orderNumber: locator(draft),
			requestOptions: { timeout: '={{ "soon" }}' },
		});
		expect(bad.error?.message).toMatch(
			/Timeout must be a number of seconds greater than 0, not "soon"/,
		);
		expect(h.emu.requests).toHaveLength(0);
	});

	it('with Continue On Fail, a 503 and a reset on transitions become error items; the others go through once', async () => {
		const { submitted, submitted2, accepted, accepted2 } = h.emu.ids.orders;
		h.emu.inject({
			method: 'POST',
			path: `/orders-received/${submitted2}/transition/accept/`,
			fault: 'status',
			status: 503,
			times: 1,
		});
		h.emu.inject({
			method: 'POST',
			path: `/orders-received/${accepted}/transition/fulfill/`,
			fault: 'reset',
			times: 1,
		});
		const items = [
			{ number: submitted, action: 'accept' },
			{ number: submitted2, action: 'accept' },
			{ number: accepted, action: 'fulfill' },
			{ number: accepted2, action: 'fulfill' },
		];
		const result = await h.run(
			{
				resource: 'order',
				operation: 'transition',
				orderNumber: locator('={{ $json.number }}'),
				transition: '={{ $json.action }}',
			},
			{ items, continueOnFail: true },
		);
		expect(result.error).toBeUndefined();
		const out = h.json(result);
		expect(out).toHaveLength(4);
		expect(result.items.map((i) => (i.pairedItem as { item: number }).item)).toEqual([0, 1, 2, 3]);
		expect(out[0].status).toBe('Accepted');
		expect(out[1].error).toMatch(/LeafLink failed on Transition order \(accept\).*HTTP 503/);
		expect(String(out[1].description)).toMatch(
			/may have been applied.*Get order .* to see whether its status changed/,
		);
		expect(out[2].error).toMatch(/The request to LeafLink failed .*Transition order \(fulfill\)/);
		expect(String(out[2].description)).toMatch(/may have been applied/);
		expect(out[3].status).toBe('Fulfilled');
		// one POST per item: nothing retried
		const posts = h.emu.requests.filter((r) => r.method === 'POST');
		expect(posts.map((r) => r.path)).toEqual(
			items.map((i) => `/api/v2/orders-received/${i.number}/transition/${i.action}/`),
		);
		const changed = [submitted, accepted2].filter((n) =>
			['Accepted', 'Fulfilled'].includes(h.emu.db.orders.get(n).status),
		).length;
		report('503 and reset on 2 of 4 transitions (Continue On Fail)', {
			lost: 2 - changed,
			duplicated: 0,
			requests: posts.length,
		});
	});
});

describe('bodies that are not JSON: a clear error with the status, nothing passed on', () => {
	const html502 =
		'<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center><hr><center>nginx</center></body></html>';

	it('an HTML 502 page from a proxy on a create: the status, no output', async () => {
		h.emu.inject({
			method: 'POST',
			path: ORDERS_PATH,
			fault: 'status',
			status: 502,
			body: html502,
			contentType: 'text/html',
			times: 1,
		});
		const result = await h.run(createOrderParams('HTML-502'));
		expect(result.error?.message).toMatch(/HTTP 502/);
		expect(result.error?.message).not.toMatch(/<html/i);
		expect(result.items).toHaveLength(0);
		report('HTML 502 page on create', { lost: 0, duplicated: ordersWithSellerNumber('HTML-502') });
	});

	it('HTML 502 pages that do not stop on a Get: tried again, then a clear error with the status', async () => {
		const { draft } = h.emu.ids.orders;
		h.emu.inject({
			method: 'GET',
			path: `/orders-received/${draft}/`,
			fault: 'status',
			status: 502,
			body: html502,
			contentType: 'text/html',
			times: 10,
		});
		const result = await h.run({
			resource: 'order',
			operation: 'get',
			orderNumber: locator(draft),
		});
		expect(result.error?.message).toMatch(/LeafLink failed on Get an order .*HTTP 502/);
		expect(String(result.error?.description)).toMatch(/after retries/);
		expect(h.emu.requests).toHaveLength(4);
		expect(result.items).toHaveLength(0);
		report('HTML 502 pages on Get (persisting)', {
			lost: 0,
			duplicated: 0,
			requests: h.emu.requests.length,
		});
	});

	it('truncated JSON with 200 on page 2 of a Return All: asked again at the same offset, every order once', async () => {
		h.emu.seedBulkOrders(30);
		const expected = h.emu.db.orders.all().map((o: IDataObject) => String(o.number));
		const result = await midRun(
			'GET',
			ORDERS_PATH,
			() => h.run({ resource: 'order', operation: 'getMany', returnAll: true, pageSize: 10 }),
			{ fault: 'malformed', times: 1 },
		);
		expect(result.error).toBeUndefined();
		const cut = h.emu.requests.filter((r) => r.fault === 'malformed');
		expect(cut).toHaveLength(1);
		const again = h.emu.requests.filter((r) => r.query.offset === cut[0].query.offset && !r.fault);
		expect(again).toHaveLength(1);
		const counts = lostAndDuplicated(
			expected,
			h.json(result).map((o) => o.number),
		);
		report('truncated JSON (200) mid Return All', { ...counts, requests: h.emu.requests.length });
	});

	it('a Get whose 200 body is cut off or a proxy page, once: asked again, the order once', async () => {
		const { draft, submitted } = h.emu.ids.orders;
		h.emu.inject({
			method: 'GET',
			path: `/orders-received/${draft}/`,
			fault: 'malformed',
			body: '{"number": "5b0f3e8a-1c2d',
			times: 1,
		});
		h.emu.inject({
			method: 'GET',
			path: `/orders-received/${submitted}/`,
			fault: 'malformed',
			body: '<html><body>Please sign in</body></html>',
			times: 1,
		});
		// one at a time, so the request log reads in item order
		const result = await h.run(
			{
				resource: 'order',
				operation: 'get',
				orderNumber: locator('={{ $json.number }}'),
				requestOptions: { parallelRequests: 1 },
			},
			{ items: [{ number: draft }, { number: submitted }] },
		);
		expect(result.error).toBeUndefined();
		expect(h.emu.requests.map((r) => r.fault ?? r.status)).toEqual([
			'malformed',
			200,
			'malformed',
			200,
		]);
		report('cut-off / HTML 200 on Get, once', {
			...lostAndDuplicated(
				[draft, submitted],
				h.json(result).map((o) => o.number),
			),
		});
	});

	it('truncated JSON that does not stop, with Continue On Fail: an error item after the retries, never a half record', async () => {
		const { draft, submitted } = h.emu.ids.orders;
		h.emu.inject({
			method: 'GET',
			path: `/orders-received/${draft}/`,
			fault: 'malformed',
			body: '{"number": "5b0f3e8a-1c2d',
			times: 4,
		});
		h.emu.inject({
			method: 'GET',
			path: `/orders-received/${submitted}/`,
			fault: 'malformed',
			body: '<html><body>Please sign in</body></html>',
			times: 4,
		});
		const result = await h.run(
			{ resource: 'order', operation: 'get', orderNumber: locator('={{ $json.number }}') },
			{ items: [{ number: draft }, { number: submitted }], continueOnFail: true },
		);
		const out = h.json(result);
		expect(out).toHaveLength(2);
		for (const item of out) {
			expect(item.error).toMatch(/not JSON \(HTTP 200\)/);
			expect(String(item.description)).toMatch(/asked again 3 times with the same result/);
			expect(Object.keys(item).sort()).toEqual(['description', 'error', 'httpCode']);
		}
		// the same cap as a 5xx: one request and three retries per item
		expect(h.emu.requests).toHaveLength(8);
		report('truncated JSON / HTML with 200, persisting (Continue On Fail)', {
			lost: 0,
			duplicated: 0,
			requests: h.emu.requests.length,
		});
	});
});

describe('the key revoked in the middle of a run', () => {
	async function runWithRevocation(continueOnFail: boolean): Promise<RunNodeResult> {
		const numbers = Object.values(h.emu.ids.orders).slice(0, 5);
		// item 2's request is held back; while it is held, an admin revokes the key (one item at a time, so the
		// later items have not started yet)
		h.emu.inject({
			method: 'GET',
			path: `/orders-received/${numbers[1]}/`,
			fault: 'delay',
			ms: 150,
			times: 1,
		});
		const running = h.run(
			{
				resource: 'order',
				operation: 'get',
				orderNumber: locator('={{ $json.number }}'),
				requestOptions: { parallelRequests: 1 },
			},
			{ items: numbers.map((number) => ({ number })), continueOnFail },
		);
		await whenRequest((r) => r.fault === 'delay');
		h.emu.revokeKey(h.emu.keys.app);
		return await running;
	}

	it('surfaces a 401 as a credential error that says the key may have been revoked, against the item', async () => {
		const result = await runWithRevocation(false);
		expect(result.error?.message).toBe('LeafLink rejected the API key (401)');
		expect(String(result.error?.description)).toMatch(
			/Check the LeafLink API credential.*may have been revoked/,
		);
		expect((result.error as { context?: IDataObject }).context?.itemIndex).toBe(2);
		expect(h.emu.requests.map((r) => r.status)).toEqual([200, 200, 401]);
		report('key revoked mid-run (stops at item 3)', {
			lost: 0,
			duplicated: 0,
			requests: h.emu.requests.length,
		});
	});

	it('with Continue On Fail: the items before keep their records, each later item says the key was rejected', async () => {
		const result = await runWithRevocation(true);
		const out = h.json(result);
		expect(out).toHaveLength(5);
		expect(out.slice(0, 2).every((o) => typeof o.number === 'string')).toBe(true);
		for (const o of out.slice(2)) {
			expect(o.error).toBe('LeafLink rejected the API key (401)');
			expect(String(o.description)).toMatch(/may have been revoked/);
		}
		// a rejected key is not retried
		expect(h.emu.requests.filter((r) => r.status === 401)).toHaveLength(3);
		report('key revoked mid-run (Continue On Fail)', {
			lost: 0,
			duplicated: 0,
			requests: h.emu.requests.length,
		});
	});
});
