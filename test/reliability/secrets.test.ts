/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- test code runs in Node (servers, files, environment), not in n8n Cloud's sandbox for nodes */
/**
 * Secret hygiene: the API key and the Webhook Key never appear in an error message, description, context or cause,
 * in a log line (n8n's LoggerProxy and the DI Logger), on stdout/stderr/console, or in the execution's output —
 * across fault and bad-input scenarios, including LeafLink error bodies that echo the request's Authorization
 * header, and a user who pastes the key into a field by mistake.
 */
import { randomBytes } from 'crypto';
import { Logger } from '@n8n/backend-common';
import { Container } from '@n8n/di';
import type { IDataObject } from 'n8n-workflow';
import { LoggerProxy, sleep } from 'n8n-workflow';
import { useLeafLink } from '../helpers/leaflink';
import type { RunNodeResult } from '../helpers/engine';

const h = useLeafLink();
const WEBHOOK_KEY = `whk-${randomBytes(12).toString('hex')}`;
const MARKER = 'ECHO-MARKER';
const locator = (value: string) => ({ __rl: true, mode: 'id', value });

/** Everything written anywhere during a run: stdout, stderr, console, n8n's loggers. */
class Capture {
	readonly entries: Array<{ source: string; args: unknown[] }> = [];
	private restore: Array<() => void> = [];

	/** The captured lines; `skip` leaves keys out of logged objects (e.g. the workflow's parameters). */
	lines(skip: string[] = []): string[] {
		return this.entries.map(
			({ source, args }) =>
				`${source}: ${args.map((a) => (typeof a === 'string' ? a : safeJson(a, skip))).join(' ')}`,
		);
	}

	start(): void {
		const push =
			(source: string) =>
			(...args: unknown[]) => {
				this.entries.push({ source, args });
			};
		for (const stream of [process.stdout, process.stderr] as const) {
			const original = stream.write.bind(stream);
			const name = stream === process.stdout ? 'stdout' : 'stderr';
			stream.write = ((chunk: unknown, ...rest: unknown[]) => {
				push(name)(String(chunk));
				return original(chunk as string, ...(rest as []));
			}) as typeof stream.write;
			this.restore.push(() => (stream.write = original as typeof stream.write));
		}
		// The capture replaces console's methods; it writes nothing to the console itself.
		/* eslint-disable no-console */
		for (const method of ['log', 'info', 'warn', 'error', 'debug'] as const) {
			const original = console[method];
			console[method] = push(`console.${method}`);
			this.restore.push(() => (console[method] = original));
		}
		/* eslint-enable no-console */
		// n8n-workflow's LoggerProxy (the engine logs node runs through it) and n8n-core's DI Logger
		const capture = {
			error: push('LoggerProxy.error'),
			warn: push('LoggerProxy.warn'),
			info: push('LoggerProxy.info'),
			debug: push('LoggerProxy.debug'),
		};
		LoggerProxy.init(capture as never);
		this.restore.push(() =>
			LoggerProxy.init({ error() {}, warn() {}, info() {}, debug() {} } as never),
		);
		// n8n-core asks the container for its Logger at each call: a capturing one stands in during the run
		const real = Container.get(Logger);
		const stand = Object.create(real) as Record<string, unknown>;
		for (const method of ['error', 'warn', 'info', 'debug'] as const) {
			Object.defineProperty(stand, method, { value: push(`Logger.${method}`) });
		}
		Object.defineProperty(stand, 'scoped', { value: () => stand });
		Container.set(Logger, stand as unknown as Logger);
		this.restore.push(() => Container.set(Logger, real));
	}

	stop(): void {
		for (const undo of this.restore.reverse()) undo();
		this.restore = [];
	}
}

function safeJson(value: unknown, skip: string[] = []): string {
	const seen = new WeakSet();
	try {
		return String(
			JSON.stringify(value, (key, v: unknown) => {
				if (skip.includes(key)) return undefined;
				if (typeof v === 'object' && v !== null) {
					if (seen.has(v)) return '[circular]';
					seen.add(v);
				}
				if (typeof v === 'bigint') return String(v);
				return v;
			}),
		);
	} catch {
		return String(value);
	}
}

/** All the text the engine handed back for a run: output, run data, the error with its cause, context, stack. */
function everythingReturned(result: RunNodeResult, withParameters = true): string {
	const error = result.error as (Error & IDataObject) | undefined;
	// the workflow's own parameters are the user's text, stored by n8n as typed: left out where the user typed the key
	const json = (value: unknown) => safeJson(value, withParameters ? [] : ['parameters']);
	const parts = [
		json(result.items),
		json(result.run),
		json(result.taskData),
		error?.message,
		error?.description,
		error?.stack,
		json(error),
		json(error?.cause),
		json(error?.context),
		json(error?.messages),
		json(error?.errorResponse),
	];
	return parts.filter((x) => x !== undefined).join('\n');
}

interface Scenario {
	name: string;
	arrange?: () => void;
	params: Record<string, unknown>;
	items?: IDataObject[];
	continueOnFail?: boolean;
	credential?: Record<string, string>;
	/** the run must show LeafLink's (or the user's) words reached the error, with the secret taken out */
	echoes?: boolean;
	/** the user typed the secret into a parameter: the workflow's parameters (stored as typed) are not searched */
	typedByUser?: boolean;
}

const scenarios = (): Scenario[] => {
	const key = h.emu.keys.app;
	const auth = `App ${key}`;
	const { draft, submitted } = h.emu.ids.orders;
	const get = { resource: 'order', operation: 'get', orderNumber: locator(draft) };
	const create = {
		resource: 'order',
		operation: 'create',
		seller: 1,
		customer: locator('101'),
		lineItems: { item: [{ product: '201', quantity: 1, ordered_unit_price: 5 }] },
		additionalFields: { external_id_seller: 'SEC-1' },
	};
	const orderPath = `/orders-received/${draft}/`;
	return [
		{
			name: '{detail} 400 echoing the Authorization header',
			arrange: () =>
				h.emu.inject({
					method: 'GET',
					path: orderPath,
					fault: 'status',
					status: 400,
					body: { detail: `${MARKER} bad header Authorization: ${auth}` },
				}),
			params: get,
			echoes: true,
		},
		{
			name: 'field map 400 echoing the key and the Webhook Key on a create',
			arrange: () =>
				h.emu.inject({
					method: 'POST',
					path: '/orders-received/',
					fault: 'status',
					status: 400,
					body: {
						authorization: [`${MARKER} ${auth} is not allowed here`],
						webhook_key: [WEBHOOK_KEY],
					},
				}),
			params: create,
			echoes: true,
		},
		{
			name: '{errors: [...]} 422 echoing the key in detail and pointer',
			arrange: () =>
				h.emu.inject({
					method: 'POST',
					path: '/orders-received/',
					fault: 'status',
					status: 422,
					body: {
						errors: [
							{
								title: MARKER,
								detail: `token ${key} rejected`,
								source: { pointer: `/data/attributes/${key}` },
							},
						],
					},
				}),
			params: create,
			echoes: true,
		},
		{
			name: '403 echoing the key',
			arrange: () =>
				h.emu.inject({
					method: 'GET',
					path: orderPath,
					fault: 'status',
					status: 403,
					body: { detail: `${MARKER} key ${key} lacks Orders` },
				}),
			params: get,
			echoes: true,
		},
		{
			name: '401 echoing the key (revoked)',
			arrange: () =>
				h.emu.inject({
					method: 'GET',
					path: orderPath,
					fault: 'status',
					status: 401,
					body: { detail: `${MARKER} Invalid token ${auth}` },
				}),
			params: get,
		},
		{
			name: '500 echoing the key on a create (not retried)',
			arrange: () =>
				h.emu.inject({
					method: 'POST',
					path: '/orders-received/',
					fault: 'status',
					status: 500,
					body: { detail: `${MARKER} crashed on ${auth}` },
				}),
			params: create,
		},
		{
			name: 'HTML 502 page echoing the key on a create',
			arrange: () =>
				h.emu.inject({
					method: 'POST',
					path: '/orders-received/',
					fault: 'status',
					status: 502,
					contentType: 'text/html',
					body: `<html><body>${MARKER} upstream got Authorization: ${auth} / ${WEBHOOK_KEY}</body></html>`,
				}),
			params: create,
		},
		{
			// a read asks again after a cut-off answer: this one stays cut off past the three retries
			name: 'truncated JSON (200) that persists, echoing the key',
			arrange: () =>
				h.emu.inject({
					method: 'GET',
					path: orderPath,
					fault: 'malformed',
					times: 4,
					body: `{"detail": "${MARKER} ${auth}", "number": "5b0f`,
				}),
			params: get,
		},
		{
			name: '429 storm that never ends, echoing the key',
			arrange: () =>
				h.emu.inject({
					method: 'GET',
					path: orderPath,
					fault: 'status',
					status: 429,
					times: 100,
					headers: { 'Retry-After': '0.01' },
					body: { detail: `${MARKER} slow down ${auth}` },
				}),
			params: get,
		},
		{
			name: 'connection reset on a transition',
			arrange: () =>
				h.emu.inject({
					method: 'POST',
					path: `/orders-received/${submitted}/transition/accept/`,
					fault: 'reset',
				}),
			params: {
				resource: 'order',
				operation: 'transition',
				orderNumber: locator(submitted),
				transition: 'accept',
			},
		},
		{
			name: 'timeout on a create',
			arrange: () =>
				h.emu.inject({ method: 'POST', path: '/orders-received/', fault: 'delay', ms: 1300 }),
			params: { ...create, requestOptions: { timeout: 1 } },
		},
		{
			name: 'a wrong key (401 from LeafLink)',
			params: get,
			credential: { apiKey: `wrong-${randomBytes(12).toString('hex')}` },
		},
		{
			name: 'Continue On Fail: error items from bodies echoing the key',
			arrange: () => {
				h.emu.inject({
					method: 'GET',
					path: orderPath,
					fault: 'status',
					status: 400,
					body: { detail: `${MARKER} ${auth}` },
				});
				h.emu.inject({
					method: 'GET',
					path: `/orders-received/${submitted}/`,
					fault: 'status',
					status: 404,
					body: { detail: `${MARKER} ${WEBHOOK_KEY}` },
				});
			},
			params: { resource: 'order', operation: 'get', orderNumber: locator('={{ $json.number }}') },
			items: [{ number: draft }, { number: submitted }],
			continueOnFail: true,
			echoes: true,
		},
		{
			name: 'bad input: the key pasted into the order number',
			typedByUser: true,
			params: { resource: 'order', operation: 'get', orderNumber: locator(`={{ "${key}" }}`) },
		},
		{
			name: 'bad input: the Webhook Key pasted into an external ID value',
			typedByUser: true,
			params: {
				resource: 'order',
				operation: 'setExternalId',
				orderNumber: locator(draft),
				externalIds: { pair: [{ key: 'erp', value: `${WEBHOOK_KEY}${WEBHOOK_KEY}` }] },
			},
		},
		{
			name: 'bad input: the key typed as a date',
			typedByUser: true,
			params: { resource: 'order', operation: 'getMany', filters: { modifiedAfter: key } },
		},
		{
			name: 'bad input: a missing order number',
			params: { resource: 'order', operation: 'get', orderNumber: locator('={{ $json.missing }}') },
		},
		{
			name: 'success: a Get and a Return All',
			params: { resource: 'order', operation: 'getMany', returnAll: true, pageSize: 5 },
		},
	];
};

describe('the API key and the Webhook Key never leave the credential', () => {
	const capture = new Capture();
	const counts: string[] = [];

	afterAll(() => {
		process.stdout.write(
			`[reliability:secrets] ${counts.length} scenarios, secrets found: 0\n${counts.map((c) => `  ${c}`).join('\n')}\n`,
		);
	});

	it('checks every scenario, faults and bad input', async () => {
		const all = scenarios();
		// n8n sets up its loggers on its first run: run once before capturing, so every scenario's lines are caught
		await h.run({
			resource: 'order',
			operation: 'get',
			orderNumber: locator(h.emu.ids.orders.draft),
		});
		for (const scenario of all) {
			h.emu.reset();
			scenario.arrange?.();
			const credential = {
				...h.credential,
				webhookSecret: WEBHOOK_KEY,
				...(scenario.credential ?? {}),
			};
			const secrets = [credential.apiKey, WEBHOOK_KEY, h.emu.keys.app];
			capture.entries.length = 0;
			capture.start();
			let result: RunNodeResult;
			try {
				result = await h.run(scenario.params, {
					credential,
					items: scenario.items,
					continueOnFail: scenario.continueOnFail,
				});
			} finally {
				capture.stop();
			}
			// a slow create finishes on LeafLink's side after the node gave up: let it, so it does not log into the next one
			if (scenario.name.startsWith('timeout')) await sleep(400);
			const returned = everythingReturned(result, !scenario.typedByUser);
			const logged = capture.lines(scenario.typedByUser ? ['parameters'] : []).join('\n');
			expect(capture.entries.length).toBeGreaterThan(0);
			const found = secrets.filter((s) => returned.includes(s) || logged.includes(s));
			for (const s of found) {
				const text = returned.includes(s) ? returned : logged;
				const at = text.indexOf(s);
				process.stderr.write(
					`LEAK in ${scenario.name}: ...${text.slice(Math.max(0, at - 300), at + 60)}...\n`,
				);
			}
			expect({ scenario: scenario.name, found }).toEqual({ scenario: scenario.name, found: [] });
			// the run did fail (or succeed) as the scenario meant, so there was something to leak
			if (scenario.name.startsWith('success')) expect(result.error).toBeUndefined();
			else
				expect(
					result.error !== undefined || h.json(result).some((i) => i.error !== undefined),
				).toBe(true);
			if (scenario.echoes) {
				// LeafLink's words reached the user, with the secret taken out
				expect(returned).toContain(MARKER);
				expect(returned).toContain('[redacted]');
			}
			counts.push(
				`${scenario.name}: ${returned.length} characters returned, ${capture.entries.length} log lines, secrets found ${found.length}`,
			);
		}
		// the capture itself works: the engine logged the runs through LoggerProxy
		expect(counts).toHaveLength(all.length);
	}, 90_000);

	it('captures what n8n logs (so the checks above can fail)', async () => {
		capture.entries.length = 0;
		capture.start();
		try {
			await h.run({
				resource: 'order',
				operation: 'get',
				orderNumber: locator(h.emu.ids.orders.draft),
			});
			LoggerProxy.debug(`probe ${WEBHOOK_KEY}`);
			Container.get(Logger).debug('probe of the DI Logger');
		} finally {
			capture.stop();
		}
		expect(
			capture
				.lines()
				.some((l) => l.startsWith('LoggerProxy.debug') && l.includes('Workflow execution started')),
		).toBe(true);
		expect(capture.lines().join('\n')).toContain(WEBHOOK_KEY);
		expect(capture.lines()).toContain('Logger.debug: probe of the DI Logger');
	});
});
