// Case 4 of the bench: a real n8n (`n8n start`, the version scripts/n8n-install.mjs caches) with this package
// installed as a community node, two published workflows side by side:
//   - LeafLink Trigger (New or Changed Order), verifying LL-Signature (HMAC-SHA256) on every delivery;
//   - n8n's own Webhook node (POST, respond immediately), which checks nothing;
//   - n8n's own Webhook node with Header Auth: it reads (decrypts) a credential on every delivery and compares a
//     header, as our trigger reads its credential and checks the signature: the fair baseline.
// Signed order deliveries go to both at the same rate (open loop: sent on schedule whatever the answers), in
// alternating 5-second slices, so both see the same machine and the same n8n; response times are measured per delivery, and
// the executions n8n saved are counted afterwards (none may be lost).
// Reuses the real-n8n harness of test/e2e (lib/n8n.mjs, lib/pack.mjs).
import { createHmac } from 'node:crypto';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

const TRIGGER_WF = 'LLbenchTrigger01';
const WEBHOOK_WF = 'LLbenchWebhook01';
const AUTH_WF = 'LLbenchWebhook02';
const AUTH_WEBHOOK_ID = '5b4a3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c12';
const AUTH_PATH = 'bench-header-auth-webhook';
const HEADER_CREDENTIAL = {
	id: 'LLbenchHeaderA01',
	name: 'bench Header Auth',
	type: 'httpHeaderAuth',
};
const HEADER_NAME = 'X-Bench-Token';
const HEADER_VALUE = 'bench-header-token-6a5b4c3d2e1f0a9b';
const TRIGGER_WEBHOOK_ID = '5b4a3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c10';
const PLAIN_WEBHOOK_ID = '5b4a3c2d-1e0f-4a9b-8c7d-6e5f4a3b2c11';
const PLAIN_PATH = 'bench-plain-webhook';
const CREDENTIAL = {
	id: 'LLbenchCredent01',
	name: 'LeafLink bench (Webhook Key)',
	type: 'leafLinkApi',
};
const WEBHOOK_KEY = 'bench-webhook-key-0a1b2c3d4e5f6071';
const SLICE_SECONDS = 5;

const sign = (body, key = WEBHOOK_KEY) => createHmac('sha256', key).update(body).digest('base64');

function workflows() {
	const settings = { executionOrder: 'v1', saveDataSuccessExecution: 'all' };
	return [
		{
			id: TRIGGER_WF,
			name: 'bench: LeafLink Trigger',
			active: false,
			settings,
			connections: {},
			nodes: [
				{
					id: 'b0c1d2e3-0000-4000-8000-0000000be4c1',
					name: 'LeafLink Trigger',
					type: 'n8n-nodes-leaflink.leafLinkTrigger',
					typeVersion: 1.1,
					position: [0, 0],
					webhookId: TRIGGER_WEBHOOK_ID,
					parameters: { events: ['order'], options: {} },
					credentials: { leafLinkApi: { id: CREDENTIAL.id, name: CREDENTIAL.name } },
				},
			],
		},
		{
			id: WEBHOOK_WF,
			name: 'bench: n8n Webhook',
			active: false,
			settings,
			connections: {},
			nodes: [
				{
					id: 'b0c1d2e3-0000-4000-8000-0000000be4c2',
					name: 'Webhook',
					type: 'n8n-nodes-base.webhook',
					typeVersion: 2,
					position: [0, 0],
					webhookId: PLAIN_WEBHOOK_ID,
					parameters: {
						httpMethod: 'POST',
						path: PLAIN_PATH,
						responseMode: 'onReceived',
						options: {},
					},
				},
			],
		},
		{
			id: AUTH_WF,
			name: 'bench: n8n Webhook, Header Auth',
			active: false,
			settings,
			connections: {},
			nodes: [
				{
					id: 'b0c1d2e3-0000-4000-8000-0000000be4c3',
					name: 'Webhook',
					type: 'n8n-nodes-base.webhook',
					typeVersion: 2,
					position: [0, 0],
					webhookId: AUTH_WEBHOOK_ID,
					parameters: {
						httpMethod: 'POST',
						path: AUTH_PATH,
						authentication: 'headerAuth',
						responseMode: 'onReceived',
						options: {},
					},
					credentials: {
						httpHeaderAuth: { id: HEADER_CREDENTIAL.id, name: HEADER_CREDENTIAL.name },
					},
				},
			],
		},
	];
}

// keep-alive within a slice; a fresh agent per slice, so no socket idles past n8n's keep-alive timeout (5 s) and
// gets reused just as the server closes it (an ECONNRESET that would be the bench's, not n8n's)
let agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
function freshAgent() {
	agent.destroy();
	agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
}
function post(url, body, headers) {
	return new Promise((resolve) => {
		const t0 = process.hrtime.bigint();
		const req = http.request(
			url,
			{
				method: 'POST',
				agent,
				headers: {
					'content-type': 'application/json',
					'content-length': Buffer.byteLength(body),
					...headers,
				},
			},
			(res) => {
				const chunks = [];
				res.on('data', (c) => chunks.push(c));
				res.on('end', () => {
					const out = { status: res.statusCode, ms: Number(process.hrtime.bigint() - t0) / 1e6 };
					if (res.statusCode !== 200)
						out.body = Buffer.concat(chunks).toString('utf8').slice(0, 300);
					resolve(out);
				});
			},
		);
		req.setTimeout(30000, () => req.destroy(new Error('timeout')));
		req.on('error', (e) =>
			resolve({ status: 0, ms: Number(process.hrtime.bigint() - t0) / 1e6, error: e.message }),
		);
		req.end(body);
	});
}

const quantile = (sorted, q) =>
	sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];

/**
 * @param {{ emu: { baseUrl: string, keys: any, call: Function }, ratePerSecond: number, seconds: number,
 *   log: Function, version: string }} o
 */
export async function runTriggerCase({ emu, ratePerSecond, seconds, log, version }) {
	const { N8nInstance, freePort } = await import(
		path.join(here, '..', 'test', 'e2e', 'lib', 'n8n.mjs')
	);
	const { packPackage } = await import(path.join(here, '..', 'test', 'e2e', 'lib', 'pack.mjs'));
	const timings = {};
	let t = Date.now();
	const tgz = packPackage({ build: 'auto', log: (m) => log(`  ${m}`) });
	timings.packMs = Date.now() - t;
	const n8n = await N8nInstance.create({
		version,
		userFolder: path.join(here, '.build', 'n8n-user'),
		tgz,
		port: await freePort(),
		log: (m) => log(`  ${m}`),
		env: { N8N_LOG_LEVEL: 'warn' },
	});
	try {
		t = Date.now();
		await n8n.importCredentials([
			{
				...CREDENTIAL,
				data: {
					environment: 'custom',
					customBaseUrl: emu.baseUrl,
					apiKey: emu.keys.app,
					keyType: 'App',
					userAgent: 'n8n_bench',
					webhookSecret: WEBHOOK_KEY,
				},
			},
			{ ...HEADER_CREDENTIAL, data: { name: HEADER_NAME, value: HEADER_VALUE } },
		]);
		await n8n.importWorkflows(workflows());
		await n8n.activate(TRIGGER_WF);
		await n8n.activate(WEBHOOK_WF);
		await n8n.activate(AUTH_WF);
		timings.importMs = Date.now() - t;
		t = Date.now();
		await n8n.start({ env: { N8N_LOG_LEVEL: 'warn' } });
		timings.startMs = Date.now() - t;

		const order = (await emu.call('sampleOrder')).order;
		const body = JSON.stringify(order);
		const signature = sign(body);
		const targets = {
			trigger: {
				url: n8n.webhookUrl(`${TRIGGER_WEBHOOK_ID}/webhook`),
				headers: { 'LL-Signature': signature },
				wf: TRIGGER_WF,
			},
			webhook: { url: n8n.webhookUrl(PLAIN_PATH), headers: {}, wf: WEBHOOK_WF },
			headerAuth: {
				url: n8n.webhookUrl(AUTH_PATH),
				headers: { [HEADER_NAME]: HEADER_VALUE },
				wf: AUTH_WF,
			},
		};
		const SIDES = Object.keys(targets);
		// registered? (a forged delivery to the trigger is refused with 401 once it is; the Webhook answers 200)
		await n8n.waitForWebhook(targets.trigger.url, {
			headers: { 'content-type': 'application/json', 'LL-Signature': sign(body, 'not-the-key') },
			body,
			accept: (res) => res.status === 401,
		});
		await n8n.waitForWebhook(targets.webhook.url, {
			headers: { 'content-type': 'application/json' },
			body,
		});
		await n8n.waitForWebhook(targets.headerAuth.url, {
			headers: { 'content-type': 'application/json', [HEADER_NAME]: 'wrong' },
			body,
			accept: (res) => res.status === 403 || res.status === 401,
		});
		// warm-up, not measured: three seconds of deliveries to each at the full rate (JIT, SQLite, sockets)
		const warm = [];
		for (let i = 0; i < ratePerSecond * 3; i++) {
			await new Promise((r) => setTimeout(r, 1000 / ratePerSecond / 2));
			for (const x of Object.values(targets)) warm.push(post(x.url, body, x.headers));
		}
		await Promise.all(warm);
		const count = async (wf) => (await n8n.executions({ workflowId: wf, withData: false })).length;
		await new Promise((r) => setTimeout(r, 2000));
		const countAll = async () =>
			Object.fromEntries(
				await Promise.all(SIDES.map(async (side) => [side, await count(targets[side].wf)])),
			);
		const baseline = await countAll();

		// the load: open loop at `ratePerSecond`, one workflow at a time in rotating slices (T W H T W H ...), so n8n
		// receives `ratePerSecond` deliveries per second throughout and both sides see the same conditions
		const total = ratePerSecond * seconds;
		const slices = Math.max(1, Math.round(seconds / SLICE_SECONDS));
		const perSlice = Math.ceil(total / slices);
		const interval = 1000 / ratePerSecond;
		const results = Object.fromEntries(SIDES.map((side) => [side, []]));
		const start = performance.now();
		const sent = Object.fromEntries(SIDES.map((side) => [side, 0]));
		const sliceSeconds = [];
		for (let slice = 0; slice < slices * SIDES.length; slice++) {
			const side = SIDES[slice % SIDES.length];
			// each slice starts with n8n idle: the previous slice's answers are all in (no backlog carried over)
			const pending = [];
			freshAgent();
			const sliceStart = performance.now();
			for (let k = 0; k < perSlice && sent[side] < total; k++, sent[side]++) {
				const wait = sliceStart + k * interval - performance.now();
				if (wait > 1) await new Promise((r) => setTimeout(r, wait));
				pending.push(
					post(targets[side].url, body, targets[side].headers).then((r) => results[side].push(r)),
				);
			}
			await Promise.all(pending);
			sliceSeconds.push((performance.now() - sliceStart) / 1000);
		}
		const sendSeconds = (performance.now() - start) / 1000;
		// deliveries per second n8n answered, over the slices that took longer than scheduled (saturated)
		const scheduled = perSlice / ratePerSecond;
		const saturated = sliceSeconds.filter((x) => x > scheduled * 1.2).length;

		// executions: wait until every delivery has one (or 60 s), then count
		const deadline = Date.now() + 60000;
		let counts = baseline;
		while (Date.now() < deadline) {
			counts = await countAll();
			if (SIDES.every((side) => counts[side] >= baseline[side] + total)) break;
			await new Promise((r) => setTimeout(r, 1000));
		}
		const summary = {};
		for (const side of SIDES) {
			const ms = results[side].map((r) => r.ms).sort((a, b) => a - b);
			summary[side] = {
				sent: results[side].length,
				ok: results[side].filter((r) => r.status === 200).length,
				failed: results[side].filter((r) => r.status !== 200).length,
				p50: quantile(ms, 0.5),
				p95: quantile(ms, 0.95),
				p99: quantile(ms, 0.99),
				max: ms[ms.length - 1],
				executions: counts[side] - baseline[side],
				statuses: results[side].reduce(
					(acc, r) => ({ ...acc, [r.status]: (acc[r.status] ?? 0) + 1 }),
					{},
				),
				failures: results[side]
					.filter((r) => r.status !== 200)
					.slice(0, 5)
					.map((r) => `${r.status} ${r.error ?? r.body ?? ''}`.trim()),
			};
		}
		return {
			summary,
			timings,
			total,
			sendSeconds,
			sliceSeconds,
			scheduled,
			saturated,
			ratePerSecond,
			seconds,
			version: n8n.version,
		};
	} finally {
		agent.destroy();
		await n8n.stop().catch(() => {});
	}
}
