/* eslint-disable @n8n/community-nodes/no-restricted-imports -- test code runs in Node (its own HTTP servers), not in n8n Cloud's sandbox for nodes */
/**
 * Items and pages side by side (Request Options > Parallel Requests), through n8n's engine over real HTTP. A
 * counting proxy in front of the emulator sees every request the node sends and when its answer goes back, so
 * the tests can say how many were under way at once and what was sent while a 429 was being waited out.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { IDataObject } from 'n8n-workflow';
import { credentialFor } from './helpers/engine';
import { useLeafLink } from './helpers/leaflink';

const h = useLeafLink({ latencyMs: 20 });
const locator = (value: string | number) => ({ __rl: true, mode: 'id', value: String(value) });

interface Seen {
	method: string;
	path: string;
	sentAt: number;
	answeredAt: number;
	status: number;
	retryAfter?: string;
}

/** Forwards every request to the emulator and records it; `peak` is the most requests it held at once. */
class CountingProxy {
	seen: Seen[] = [];
	peak = 0;
	/** Runs when an answer has come back from the emulator, before the node gets it. */
	onAnswer: ((entry: Seen) => void) | undefined;
	private underWay = 0;
	private server!: http.Server;
	baseUrl = '';

	async start(target: string): Promise<void> {
		const upstream = new URL(target);
		const agent = new http.Agent({ keepAlive: true });
		this.server = http.createServer((req, res) => {
			const entry: Seen = {
				method: req.method ?? '',
				path: req.url ?? '',
				sentAt: Date.now(),
				answeredAt: 0,
				status: 0,
			};
			this.underWay++;
			this.peak = Math.max(this.peak, this.underWay);
			const forward = http.request(
				{
					host: upstream.hostname,
					port: upstream.port,
					method: req.method,
					path: req.url,
					headers: req.headers,
					agent,
				},
				(answer) => {
					const chunks: Buffer[] = [];
					answer.on('data', (c: Buffer) => chunks.push(c));
					answer.on('end', () => {
						entry.status = answer.statusCode ?? 0;
						const retryAfter = answer.headers['retry-after'];
						if (typeof retryAfter === 'string') entry.retryAfter = retryAfter;
						this.underWay--;
						entry.answeredAt = Date.now();
						this.seen.push(entry);
						this.onAnswer?.(entry);
						res.writeHead(answer.statusCode ?? 502, answer.headers);
						res.end(Buffer.concat(chunks));
					});
				},
			);
			req.pipe(forward);
		});
		await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
		this.baseUrl = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}${upstream.pathname}`;
	}

	reset(): void {
		this.seen = [];
		this.peak = 0;
		this.onAnswer = undefined;
	}

	async stop(): Promise<void> {
		this.server.closeAllConnections();
		await new Promise((resolve) => this.server.close(resolve));
	}
}

const proxy = new CountingProxy();
beforeAll(async () => await proxy.start(h.emu.baseUrl));
beforeEach(() => proxy.reset());
afterAll(async () => await proxy.stop());

/** Runs the LeafLink node through the proxy. */
async function run(
	parameters: IDataObject,
	items: IDataObject[],
	options: { continueOnFail?: boolean; parallel?: number } = {},
) {
	return await h.run(
		{
			...parameters,
			...(options.parallel ? { requestOptions: { parallelRequests: options.parallel } } : {}),
		},
		{
			items,
			credential: credentialFor(proxy.baseUrl, h.emu.keys.app),
			continueOnFail: options.continueOnFail,
		},
	);
}

const orderGet = {
	resource: 'order',
	operation: 'get',
	orderNumber: locator('={{ $json.number }}'),
	simplify: false,
};

describe('items side by side', () => {
	it('runs up to Parallel Requests items at once and answers in input order, each paired with its item', async () => {
		const numbers = h.emu.seedBulkOrders(24) as string[];
		// the second item's answer comes late (the first is answered alone: until LeafLink has answered once, the
		// pacer sends one request): the output must not follow the order the answers arrived in
		h.emu.inject({
			fault: 'delay',
			method: 'GET',
			path: `/api/v2/orders-received/${numbers[1]}/`,
			ms: 1000,
		});
		const result = await run(
			orderGet,
			numbers.map((number) => ({ number })),
			{ parallel: 4 },
		);
		expect(result.error).toBeUndefined();
		expect(h.json(result).map((o) => o.number)).toEqual(numbers);
		expect(result.items.map((i) => i.pairedItem)).toEqual(numbers.map((_, item) => ({ item })));
		expect(proxy.peak).toBeGreaterThan(1);
		expect(proxy.peak).toBeLessThanOrEqual(4);
		const answered = proxy.seen.map((s) => s.path.split('/')[4]);
		expect(answered).not.toEqual(numbers);
		expect(answered[0]).toBe(numbers[0]);
		expect(answered.indexOf(numbers[1])).toBeGreaterThan(3);
	});

	it('at the default, more than one request is under way; at 1, exactly one, in input order', async () => {
		const numbers = h.emu.seedBulkOrders(20) as string[];
		const parallel = await run(
			orderGet,
			numbers.map((number) => ({ number })),
		);
		expect(h.json(parallel).map((o) => o.number)).toEqual(numbers);
		expect(proxy.peak).toBeGreaterThan(1);
		expect(proxy.peak).toBeLessThanOrEqual(8);

		proxy.reset();
		const serial = await run(
			orderGet,
			numbers.map((number) => ({ number })),
			{ parallel: 1 },
		);
		expect(h.json(serial)).toEqual(h.json(parallel));
		expect(proxy.peak).toBe(1);
		expect(proxy.seen.map((s) => s.path.split('/')[4])).toEqual(numbers);
	});

	it('Continue On Fail: each failing item becomes its own error item, in its place, with the usual message', async () => {
		const numbers = h.emu.seedBulkOrders(10) as string[];
		const missing = 'ffffffff-0000-4000-8000-000000000000';
		const input = numbers.map((number, i) => ({ number: i % 3 === 1 ? missing : number }));
		const result = await run(orderGet, input, { continueOnFail: true, parallel: 8 });
		expect(result.error).toBeUndefined();
		const out = h.json(result);
		expect(out).toHaveLength(10);
		out.forEach((o, i) => {
			if (i % 3 === 1) {
				expect(o.error).toMatch(
					/LeafLink found nothing at Get an order \(GET \/api\/v2\/orders-received\/ffffffff-0000-4000-8000-000000000000\/\) \(404\)/,
				);
				expect(o.httpCode).toBe('404');
			} else {
				expect(o.number).toBe(numbers[i]);
			}
		});
		expect(result.items.map((i) => i.pairedItem)).toEqual(input.map((_, item) => ({ item })));
	});

	it('without Continue On Fail, the first failing item in input order fails the node, and no item starts after it', async () => {
		const numbers = h.emu.seedBulkOrders(40) as string[];
		const input = numbers.map((number) => ({ number }));
		input[2] = { number: 'ffffffff-0000-4000-8000-000000000002' };
		input[5] = { number: 'ffffffff-0000-4000-8000-000000000005' };
		// item 5 fails first; item 2 fails later, and is the one reported
		h.emu.inject({
			fault: 'delay',
			method: 'GET',
			path: '/api/v2/orders-received/ffffffff-0000-4000-8000-000000000002/',
			ms: 300,
		});
		const result = await run(orderGet, input, { parallel: 4 });
		expect(result.error?.message).toMatch(/ffffffff-0000-4000-8000-000000000002.*\(404\)/);
		expect((result.error as { context?: IDataObject }).context?.itemIndex).toBe(2);
		// items already under way finish; the rest never start
		expect(proxy.seen.length).toBeLessThan(15);
	});

	it('items that change the same record run in input order; items on other records pass them', async () => {
		const [first, second] = h.emu.seedBulkOrders(2) as string[];
		// the first change of each order is slowed down: without per-record order the later ones would land first
		h.emu.inject({
			fault: 'delay',
			method: 'PATCH',
			path: `/api/v2/orders-received/${first}/`,
			ms: 250,
		});
		h.emu.inject({
			fault: 'delay',
			method: 'PATCH',
			path: `/api/v2/orders-received/${second}/`,
			ms: 250,
		});
		const input = Array.from({ length: 12 }, (_, i) => ({
			number: i % 2 === 0 ? first : second,
			notes: `note ${i}`,
		}));
		const result = await run(
			{
				resource: 'order',
				operation: 'update',
				orderNumber: locator('={{ $json.number }}'),
				updateFields: { notes: '={{ $json.notes }}' },
				simplify: false,
			},
			input,
			{ parallel: 8 },
		);
		expect(result.error).toBeUndefined();
		expect(h.json(result).map((o) => o.notes)).toEqual(input.map((i) => i.notes));
		const patches = h.emu.requests.filter((r) => r.method === 'PATCH');
		for (const number of [first, second]) {
			const sent = patches.filter((r) => r.path.includes(number)).map((r) => r.body.notes);
			expect(sent).toEqual(input.filter((i) => i.number === number).map((i) => i.notes));
		}
		expect(h.emu.db.orders.get(first).notes).toBe('note 10');
		expect(h.emu.db.orders.get(second).notes).toBe('note 11');
		// the two orders' changes overlapped
		expect(proxy.peak).toBe(2);
	});

	it('Create or Update: items with the same external ID look up and create one after another, so one record is created', async () => {
		const input = [
			{ value: 'CUST-7001', name: 'First' },
			{ value: 'CUST-7002', name: 'Other' },
			{ value: 'CUST-7001', name: 'Second' },
			{ value: 'CUST-7001', name: 'Third' },
		];
		const result = await run(
			{
				resource: 'customer',
				operation: 'upsert',
				upsertKey: 'erp',
				upsertValue: '={{ $json.value }}',
				owner: 1,
				name: '={{ $json.name }}',
			},
			input,
			{ parallel: 8 },
		);
		expect(result.error).toBeUndefined();
		expect(h.json(result).map((c) => c._action)).toEqual([
			'created',
			'created',
			'updated',
			'updated',
		]);
		const customers = [...h.emu.db.customers.values()] as IDataObject[];
		const withId = customers.filter(
			(c) => (c.external_ids as IDataObject | undefined)?.erp === 'CUST-7001',
		);
		expect(withId).toHaveLength(1);
		expect(withId[0].name).toBe('Third');
		expect(h.emu.requests.filter((r) => r.method === 'POST')).toHaveLength(2);
	});

	it('refuses a Parallel Requests that is not a whole number from 1 to 32, naming the field', async () => {
		const result = await run({ ...orderGet, requestOptions: { parallelRequests: 0 } }, [
			{ number: h.emu.ids.orders.draft },
		]);
		expect(result.error?.message).toBe(
			'Parallel Requests must be a whole number from 1 to 32, not "0"',
		);
		expect(proxy.seen).toHaveLength(0);
	});
});

describe('pages side by side', () => {
	it('Return All reads the rest of the pages at once after the first, every record once and in order', async () => {
		h.emu.seedBulkOrders(2345);
		const params = {
			resource: 'order',
			operation: 'getMany',
			returnAll: true,
			pageSize: 100,
			simplify: false,
		};
		const parallel = await run(params, [{}], { parallel: 8 });
		expect(parallel.error).toBeUndefined();
		const numbers = h.json(parallel).map((o) => o.number);
		const total = h.emu.db.orders.size as number;
		expect(numbers).toHaveLength(total);
		expect(new Set(numbers).size).toBe(total);
		expect(proxy.seen).toHaveLength(Math.ceil(total / 100));
		expect(proxy.peak).toBeGreaterThan(1);
		expect(proxy.peak).toBeLessThanOrEqual(8);

		proxy.reset();
		const serial = await run(params, [{}], { parallel: 1 });
		expect(h.json(serial).map((o) => o.number)).toEqual(numbers);
		expect(proxy.peak).toBe(1);
	});

	it('a limit above one page reads only the pages it needs, side by side', async () => {
		h.emu.seedBulkOrders(3000);
		const result = await run(
			{ resource: 'order', operation: 'getMany', returnAll: false, limit: 2500, simplify: false },
			[{}],
		);
		expect(h.json(result).map((o) => o.number)).toEqual(
			h.emu.db.orders
				.all()
				.slice(0, 2500)
				.map((o: IDataObject) => o.number),
		);
		const offsets = proxy.seen.map((s) => new URL(s.path, 'http://x').searchParams.get('offset'));
		expect(offsets.sort()).toEqual(['0', '1000', '2000']);
		expect(proxy.peak).toBeLessThanOrEqual(2);
	});

	it('when the list grows while it is read, paging goes on from where it stood: no record lost or repeated', async () => {
		h.emu.seedBulkOrders(450);
		const before = h.emu.db.orders.size as number;
		// the first page says how many there are; then 130 orders are added (the emulator lists oldest first)
		proxy.onAnswer = () => {
			proxy.onAnswer = undefined;
			h.emu.seedBulkOrders(130);
		};
		const result = await run(
			{ resource: 'order', operation: 'getMany', returnAll: true, pageSize: 100, simplify: false },
			[{}],
			{ parallel: 8 },
		);
		expect(result.error).toBeUndefined();
		const numbers = h.json(result).map((o) => o.number);
		expect(h.emu.db.orders.size).toBe(before + 130);
		expect(numbers).toEqual(h.emu.db.orders.all().map((o: IDataObject) => o.number));
	});
});

describe('rate limit shared by everything under way', () => {
	it('a 429 pauses every request of the execution for Retry-After, not only the one that drew it', async () => {
		const numbers = h.emu.seedBulkOrders(40) as string[];
		h.emu.inject({
			fault: 'rateLimit',
			method: 'GET',
			path: `/api/v2/orders-received/${numbers[3]}/`,
			retryAfter: 1.5,
		});
		const result = await run(
			orderGet,
			numbers.map((number) => ({ number })),
			{ parallel: 8 },
		);
		expect(result.error).toBeUndefined();
		expect(h.json(result).map((o) => o.number)).toEqual(numbers);
		const limited = proxy.seen.find((s) => s.status === 429)!;
		expect(limited.retryAfter).toBe('1.5');
		const during = (from: number, to: number) =>
			proxy.seen.filter(
				(s) => s.sentAt > limited.answeredAt + from && s.sentAt < limited.answeredAt + to,
			);
		// until Retry-After has passed, only the few already on their way when the 429 came back (the node had not
		// read it yet: at most the other 7 slots); without a shared pause the other 7 would go on sending throughout
		expect(during(0, 1500).length).toBeLessThan(8);
		expect(proxy.seen.filter((s) => s.sentAt >= limited.answeredAt + 1500).length).toBeGreaterThan(
			10,
		);
	});
});
