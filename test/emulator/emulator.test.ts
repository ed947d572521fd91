/* eslint-disable @typescript-eslint/no-explicit-any -- assertions read the emulator's untyped JSON responses */
import { createHash } from 'crypto';
import { sleep } from 'n8n-workflow';
import { startEmulator } from './index';
import { loadContract } from './spec';
import { responseRepairs } from './spec-repairs';

type Emu = Awaited<ReturnType<typeof startEmulator>>;

let emu: Emu;
const UA = 'n8n-nodes-leaflink-test';

function headers(extra: Record<string, string> = {}, key?: string): Record<string, string> {
	return { Authorization: key ?? `App ${emu.keys.app}`, 'User-Agent': UA, ...extra };
}

async function call(
	method: string,
	path: string,
	body?: unknown,
	h: Record<string, string> = headers(),
) {
	const res = await fetch(`${emu.baseUrl}${path}`, {
		method,
		headers: body === undefined ? h : { 'Content-Type': 'application/json', ...h },
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	const text = await res.text();
	let json: any;
	try {
		json = text ? JSON.parse(text) : undefined;
	} catch {
		json = undefined;
	}
	return { status: res.status, json, text, headers: res.headers };
}

const newOrder = (status = 'Draft') => ({
	seller: 1,
	customer: { id: 101 },
	status,
	line_items: [
		{
			product: '201',
			quantity: '2',
			ordered_unit_price: { amount: '18.00', currency: 'USD' },
			sale_price: { amount: '0.00', currency: 'USD' },
		},
		{
			product: '205',
			quantity: '10',
			ordered_unit_price: { amount: '9.00', currency: 'USD' },
			sale_price: { amount: '8.50', currency: 'USD' },
		},
	],
});

beforeAll(async () => {
	emu = await startEmulator({ port: 0, seed: true });
});
afterAll(async () => {
	await emu.stop();
});
beforeEach(() => emu.reset());
afterEach(() => {
	// every answer of every test here is held to LeafLink's contract too
	expect(emu.takeContractViolations()).toEqual([]);
});

describe('routing and validation', () => {
	test('a path without its trailing slash answers 400 with a detail', async () => {
		const r = await call('GET', '/orders-received');
		expect(r.status).toBe(400);
		expect(r.json.detail).toMatch(/slash/);
	});

	test('unknown path 404, unknown method 405', async () => {
		expect((await call('GET', '/nothing-here/')).status).toBe(404);
		const r = await call('PUT', '/orders-received/', {});
		expect(r.status).toBe(405);
		expect(r.headers.get('allow')).toContain('GET');
	});

	test('unknown query name and bad enum answer 400 in the errors shape', async () => {
		const r = await call('GET', '/orders-received/?colour=red');
		expect(r.status).toBe(400);
		expect(r.json.errors[0].source.pointer).toBe('/query/colour');
		const e = await call('GET', '/orders-received/?status=Draft');
		expect(e.status).toBe(400);
		expect(e.json.errors[0].title).toBe('Invalid query parameter');
		const l = await call('GET', '/products/?limit=abc');
		expect(l.status).toBe(400);
		expect((await call('GET', '/orders-received/?status=draft')).json.count).toBe(2);
	});

	test('a bad JSON body answers 400 with a field map', async () => {
		const r = await call('POST', '/orders-received/', { ...newOrder(), seller: 'Greenleaf' });
		expect(r.status).toBe(400);
		expect(r.json).toEqual({ seller: ['A valid integer is required.'] });
		const missing = await call('POST', '/contacts/', { last_name: 'x' });
		expect(missing.json).toMatchObject({
			owner: ['This field is required.'],
			first_name: ['This field is required.'],
		});
		// PATCH is partial: the create's required fields do not apply
		expect((await call('PATCH', '/contacts/501/', { role: 'Buyer' })).status).toBe(200);
	});
});

describe('auth', () => {
	test('401 without or with a wrong key, 403 for the read-only key writing', async () => {
		const none = await call('GET', '/brands/', undefined, { 'User-Agent': UA });
		expect(none.status).toBe(401);
		expect(none.json.detail).toBe('Authentication credentials were not provided.');
		const bad = await call('GET', '/brands/', undefined, headers({}, 'App nope'));
		expect(bad.json).toEqual({ detail: 'Invalid token.' });
		expect(
			(await call('GET', '/brands/', undefined, headers({}, `App  ${emu.keys.app}`))).status,
		).toBe(401);
		expect(
			(await call('GET', '/brands/', undefined, headers({}, `Token ${emu.keys.token}`))).status,
		).toBe(200);
		expect(
			(await call('GET', '/brands/', undefined, headers({}, `Token ${emu.keys.app}`))).status,
		).toBe(401);
		const ro = `App ${emu.keys.readOnly}`;
		expect((await call('GET', '/brands/', undefined, headers({}, ro))).status).toBe(200);
		const w = await call('PATCH', '/products/201/', { name: 'x' }, headers({}, ro));
		expect(w.status).toBe(403);
		expect(w.json.detail).toBe('You do not have permission to perform this action.');
		emu.revokeKey(emu.keys.app);
		expect((await call('GET', '/brands/')).status).toBe(401);
	});

	test('the request log never holds the Authorization value', async () => {
		await call('GET', '/brands/');
		await call('GET', '/brands/', undefined, { Authorization: `Token ${emu.keys.token}` });
		const log = JSON.stringify(emu.requests);
		expect(log).not.toContain(emu.keys.app);
		expect(log).not.toContain(emu.keys.token);
		expect(emu.requests[0]).toMatchObject({
			method: 'GET',
			template: 'GET /brands/',
			status: 200,
			userAgent: UA,
			authScheme: 'App',
		});
		expect(emu.requests[1].authScheme).toBe('Token');
	});
});

describe('collections', () => {
	test('list pagination with next/previous', async () => {
		const p1 = await call('GET', '/products/?limit=4');
		expect(p1.json.count).toBe(10);
		expect(p1.json.results.map((p: any) => p.id)).toEqual([201, 202, 203, 204]);
		expect(p1.json.previous).toBeNull();
		const next = new URL(p1.json.next);
		expect(next.searchParams.get('offset')).toBe('4');
		const p2: any = await (await fetch(p1.json.next, { headers: headers() })).json();
		expect(p2.results[0].id).toBe(205);
		expect(p2.previous).toContain('/api/v2/products/?limit=4');
		const p3: any = await (await fetch(p2.next, { headers: headers() })).json();
		expect(p3.results.length).toBe(2);
		expect(p3.next).toBeNull();
	});

	test('filters: exact, lookups, external ids, fields_include', async () => {
		expect((await call('GET', '/products/?brand=12')).json.count).toBe(6);
		expect((await call('GET', '/products/?sku=glf-flw-bd-35')).json.results[0].id).toBe(201);
		const cust = await call(
			'GET',
			'/customers/?external_id_key=erp&external_id_values=CUST-9001,CUST-9004&fields_include=id,name',
		);
		expect(cust.json.results).toEqual([
			{ id: 101, name: 'Mile High Dispensary' },
			{ id: 104, name: 'Colfax Cannabis Co' },
		]);
		const mod = await call('GET', '/orders-received/?modified__gte=2024-05-10T00:00:00Z');
		expect(mod.json.results.every((o: any) => o.modified >= '2024-05-10')).toBe(true);
		expect(mod.json.count).toBeGreaterThan(0);
		// the spec's `customer` of orders is the customer's name or nickname, not its ID
		const customer = (await call('GET', '/customers/101/')).json;
		for (const named of [customer.name, customer.nickname.toUpperCase()])
			expect(
				(await call('GET', `/orders-received/?customer=${encodeURIComponent(named)}`)).json.count,
			).toBe(3);
		expect((await call('GET', '/orders-received/?customer=101')).json.count).toBe(0);
	});

	test('external_ids PATCH merges and null removes a key (products and customers)', async () => {
		const r = await call('PATCH', '/products/205/', { external_ids: { erp: null, shop: 'S-1' } });
		expect(r.status).toBe(200);
		expect(r.json.external_ids).toEqual({ pos: 'SKU-5', shop: 'S-1' });
		const c = await call('PATCH', '/customers/102/', { external_ids: { crm: null } });
		expect(c.json.external_ids).toEqual({ erp: 'CUST-9002' });
		expect(emu.db.customers.get(102).external_ids).toEqual({ erp: 'CUST-9002' });
		const tooLong = await call('PATCH', '/customers/102/', { external_ids: { x: 'y'.repeat(37) } });
		expect(tooLong.status).toBe(400);
		expect(tooLong.json.external_ids).toBeDefined();
	});

	test('bare-array sub-resources', async () => {
		const n = emu.ids.orders.accepted;
		const li = await call('GET', `/orders-received/${n}/line-items/`);
		expect(Array.isArray(li.json)).toBe(true);
		expect(li.json.length).toBe(2);
		expect(Array.isArray((await call('GET', `/orders-received/${n}/payments/`)).json)).toBe(true);
		expect((await call('GET', `/orders-received/${n}/comments/`)).json[0].message).toBe(
			'Deposit received.',
		);
		expect(
			(await call('GET', `/orders-received/00000000-0000-4000-8000-000000000000/line-items/`))
				.status,
		).toBe(404);
	});
});

describe('orders', () => {
	test('create, then transitions valid and invalid', async () => {
		const c = await call('POST', '/orders-received/', newOrder());
		expect(c.status).toBe(201);
		const number = c.json.number;
		expect(number).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
		expect(c.json.status).toBe('Draft');
		expect(c.json.total).toEqual({ amount: '121.00', currency: 'USD' });
		expect(c.json.line_items).toHaveLength(2);

		const bad = await call('POST', `/orders-received/${number}/transition/fulfill/`);
		expect(bad.status).toBe(400);
		expect(bad.json.errors[0]).toEqual({
			title: 'Invalid transition',
			detail: 'Cannot fulfill an order whose status is Draft.',
			source: { pointer: '/data/attributes/status' },
		});
		for (const [action, status] of [
			['submit', 'Submitted'],
			['accept', 'Accepted'],
			['fulfill', 'Fulfilled'],
			['ship', 'Shipped'],
			['complete', 'Complete'],
		]) {
			const r = await call('POST', `/orders-received/${number}/transition/${action}/`);
			expect(r.status).toBe(200);
			expect(r.json.status).toBe(status);
		}
		expect((await call('POST', `/orders-received/${number}/transition/fly/`)).status).toBe(400);
		expect(
			(
				await call(
					'POST',
					`/orders-received/00000000-0000-4000-8000-000000000000/transition/submit/`,
				)
			).status,
		).toBe(404);
	});

	test('only Draft orders can be deleted', async () => {
		const r = await call('DELETE', `/orders-received/${emu.ids.orders.accepted}/`);
		expect(r.status).toBe(400);
		expect(r.json.detail).toMatch(/Only draft orders can be deleted/);
		expect((await call('DELETE', `/orders-received/${emu.ids.orders.draft}/`)).status).toBe(204);
		expect((await call('GET', `/orders-received/${emu.ids.orders.draft}/`)).status).toBe(404);
	});

	test('line items, payments and sales reps attach to orders', async () => {
		const n = emu.ids.orders.submitted;
		const before = (await call('GET', `/orders-received/${n}/`)).json;
		const li = await call('POST', '/line-items/', {
			order: n,
			product: '203',
			quantity: '1',
			ordered_unit_price: { amount: '32.00', currency: 'USD' },
			sale_price: { amount: '0.00', currency: 'USD' },
		});
		expect(li.status).toBe(201);
		const after = (await call('GET', `/orders-received/${n}/`)).json;
		expect(Number(after.total.amount)).toBeCloseTo(Number(before.total.amount) + 32);
		const pay = await call('POST', '/order-payments/', {
			order: n,
			recorded_by: 21,
			total: { amount: '10.00', currency: 'USD' },
			payment_date: '2024-06-01T00:00:00Z',
			payment_type: 'check',
		});
		expect(pay.status).toBe(201);
		expect((await call('GET', `/orders-received/${n}/payments/`)).json).toHaveLength(1);
		const rep = await call('POST', '/order-sales-reps/', { order: n, rep: 22 });
		expect(rep.status).toBe(201);
		expect(emu.db.orders.get(n).sales_reps.map((r: any) => r.id)).toEqual([23, 22]);
	});
});

describe('uploads', () => {
	test('multipart product image is stored with size and sha256', async () => {
		const bytes = Buffer.from('\x89PNG fake image bytes for the emulator test');
		const form = new FormData();
		form.append('image', new Blob([bytes], { type: 'image/png' }), 'front.png');
		form.append('product', '203');
		form.append('position', '2');
		const res = await fetch(`${emu.baseUrl}/product-images/`, {
			method: 'POST',
			headers: headers(),
			body: form,
		});
		expect(res.status).toBe(201);
		const rec: any = await res.json();
		expect(rec).toMatchObject({
			product: 203,
			position: 2,
			filename: 'front.png',
			size: bytes.length,
			sha256: createHash('sha256').update(bytes).digest('hex'),
		});
		expect(emu.db['product-images'].get(rec.id).sha256).toBe(rec.sha256);

		const bad = new FormData();
		bad.append('image', new Blob([bytes]), 'x.png');
		bad.append('product', '203');
		bad.append('position', '9');
		const r2 = await fetch(`${emu.baseUrl}/product-images/`, {
			method: 'POST',
			headers: headers(),
			body: bad,
		});
		expect(r2.status).toBe(400);
		expect(((await r2.json()) as any).position[0]).toMatch(/less than or equal to 5/);

		const doc = new FormData();
		doc.append('batch', '301');
		doc.append('summary', 's'.repeat(351));
		doc.append('document', new Blob(['%PDF-1.4']), 'coa.pdf');
		const r3 = await fetch(`${emu.baseUrl}/batch-documents/`, {
			method: 'POST',
			headers: headers(),
			body: doc,
		});
		expect(r3.status).toBe(400);
		expect(((await r3.json()) as any).summary).toBeDefined();
	});
});

describe('faults and rate limits', () => {
	test('status, reset, delay, malformed and rateLimit faults', async () => {
		emu.inject({ method: 'GET', path: /\/brands\/$/, fault: 'status', status: 503 });
		expect((await call('GET', '/brands/')).status).toBe(503);
		expect((await call('GET', '/brands/')).status).toBe(200);

		emu.inject({ path: '/api/v2/brands/', fault: 'reset' });
		await expect(fetch(`${emu.baseUrl}/brands/`, { headers: headers() })).rejects.toThrow();

		emu.inject({ path: /brands/, fault: 'delay', ms: 300 });
		const t = Date.now();
		expect((await call('GET', '/brands/')).status).toBe(200);
		expect(Date.now() - t).toBeGreaterThanOrEqual(280);

		emu.inject({
			path: /brands/,
			fault: 'malformed',
			body: '<html>502 Bad Gateway</html>',
			status: 502,
		});
		const m = await call('GET', '/brands/');
		expect(m.status).toBe(502);
		expect(m.json).toBeUndefined();
		expect(m.headers.get('content-type')).toContain('text/html');

		emu.inject({ path: /brands/, fault: 'rateLimit', retryAfter: 2 });
		const rl = await call('GET', '/brands/');
		expect(rl.status).toBe(429);
		expect(rl.headers.get('retry-after')).toBe('2');
	});

	test('a faulted create is not applied unless applyThenFail', async () => {
		const count = () => emu.db.orders.size;
		const n0 = count();
		emu.inject({ method: 'POST', path: '/orders-received/', fault: 'status', status: 500 });
		expect((await call('POST', '/orders-received/', newOrder())).status).toBe(500);
		expect(count()).toBe(n0);
		emu.inject({ method: 'POST', path: '/orders-received/', fault: 'reset', applyThenFail: true });
		await expect(
			fetch(`${emu.baseUrl}/orders-received/`, {
				method: 'POST',
				headers: headers({ 'Content-Type': 'application/json' }),
				body: JSON.stringify(newOrder()),
			}),
		).rejects.toThrow();
		expect(count()).toBe(n0 + 1);
	});

	test('rate limit answers 429 with Retry-After and RateLimit headers (time scaled)', async () => {
		// 6 tokens a second: 25 requests at once outrun it even on a busy machine (at 60 a second they did not always)
		const rl = await startEmulator({
			port: 0,
			rateLimit: { perMinute: 60, burstPerMinute: 70, timeScale: 6 },
		});
		try {
			const h = { Authorization: `App ${rl.keys.app}`, 'User-Agent': UA };
			const results = await Promise.all(
				Array.from({ length: 25 }, () => fetch(`${rl.baseUrl}/brands/`, { headers: h })),
			);
			const limited = results.filter((r) => r.status === 429);
			expect(limited.length).toBeGreaterThan(0);
			const ra = Number(limited[0].headers.get('retry-after'));
			expect(ra).toBeGreaterThan(0);
			expect(ra).toBeLessThan(1);
			expect(results[0].headers.get('ratelimit-limit')).toBe('10');
			expect(results[0].headers.get('ratelimit-remaining')).not.toBeNull();
			expect(rl.stats.rateLimited).toBe(limited.length);
			await sleep(200);
			expect((await fetch(`${rl.baseUrl}/brands/`, { headers: h })).status).toBe(200);
		} finally {
			await rl.stop();
		}
	});

	test('served operations and user-agent accounting', async () => {
		await call('GET', '/brands/');
		await fetch(`${emu.baseUrl}/brands/`, {
			headers: { Authorization: `App ${emu.keys.app}`, 'User-Agent': '' },
		});
		expect(emu.servedOperations().has('GET /brands/')).toBe(true);
		expect(emu.requestsWithoutUserAgent()).toBe(1);
	});

	test('bulk orders page through quickly', async () => {
		emu.seedBulkOrders(2000);
		let next: string | null = `${emu.baseUrl}/orders-received/?limit=500`;
		let n = 0;
		while (next) {
			const page: any = await (await fetch(next, { headers: headers() })).json();
			n += page.results.length;
			next = page.next;
		}
		expect(n).toBe(2012);
	});
});

describe("the emulator's own answers are held to LeafLink's contract", () => {
	test('an answer outside the contract is reported, naming the field, the rule and the value', async () => {
		const { shipped } = emu.ids.orders;
		// a date where the contract says date-time, a null where it says integer: what the emulator used to answer
		emu.db.orders.get(shipped).ship_date = '2024-05-15';
		emu.db.customers.get(101).partner = null;
		expect((await call('GET', `/orders-received/${shipped}/`)).status).toBe(200);
		expect((await call('GET', '/customers/101/')).status).toBe(200);
		expect(emu.takeContractViolations()).toEqual([
			'GET /orders-received/{number}/ answered 200: /ship_date must match format "date-time", got "2024-05-15"',
			'GET /customers/{id}/ answered 200: /partner must be integer, got null',
		]);
	});

	test('product create and update answer the license and unit denomination objects, not the IDs sent', async () => {
		const created = await call('POST', '/products/', {
			name: 'Contract Check',
			sku: 'CC-1',
			description: 'x',
			unit_of_measure: 'Unit',
			category: 7,
			sub_category: 14,
			brand: 11,
			seller: 1,
			manufacturer: 1,
			license: 62,
			unit_denomination: 4,
			unit_multiplier: 1,
			listing_state: 'Available',
			strain_classification: 'na',
			minimum_order: '1',
			maximum_order: '100',
			inventory_management: 'manual',
			wholesale_price: { amount: '10.00', currency: 'USD' },
			retail_price: { amount: '20.00', currency: 'USD' },
			sale_price: { amount: '0.00', currency: 'USD' },
		});
		expect(created.status).toBe(201);
		expect(created.json.license).toEqual(expect.objectContaining({ id: 62, number: '404R-00456' }));
		expect(created.json.unit_denomination).toEqual({
			id: 4,
			value: '0.12500',
			name: '1/8',
			label: '1/8',
		});
		const updated = await call('PATCH', `/products/${created.json.id}/`, {
			license: { number: '403R-00123' },
			unit_denomination: 7,
		});
		expect(updated.status).toBe(200);
		expect(updated.json.license).toEqual(expect.objectContaining({ id: 61, number: '403R-00123' }));
		expect(updated.json.unit_denomination).toEqual(
			expect.objectContaining({ id: 7, value: '3.50000', label: '3 1/2' }),
		);
	});

	test('include_children=sales_reps keeps the light {id, user} shape', async () => {
		const r = await call(
			'GET',
			`/orders-received/${emu.ids.orders.submitted}/?include_children=sales_reps`,
		);
		expect(r.status).toBe(200);
		for (const rep of r.json.sales_reps) expect(Object.keys(rep).sort()).toEqual(['id', 'user']);
	});

	test("the contract's response schemas follow LeafLink's published examples, listed with the evidence", async () => {
		const contract = await loadContract();
		const repairs = responseRepairs(contract.spec);
		expect(repairs).toEqual(
			expect.arrayContaining([
				'ProductResponse.tagline: nullable (example: null)',
				'ProductResponse.price_schedule_price: object accepted besides string (example: {"amount":108,"currency":"USD"})',
				'OrderResponse.available_transitions: array accepted besides string (example: ["fulfilled","rejected"])',
				'OrderResponse.is_combination: boolean accepted besides string (example: false)',
				'GET /buyer/orders/ 200.next: nullable (example: null)',
			]),
		);
		// request schemas keep their rules: ProductCreate's own example has maximum_order null, yet a null is refused
		const r = await call('POST', '/products/', { name: 'X', maximum_order: null });
		expect(r.status).toBe(400);
		expect(r.json.maximum_order).toEqual(['This field may not be null.']);
	});
});
