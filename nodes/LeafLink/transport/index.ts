import type {
	IDataObject,
	IExecuteFunctions,
	IHookFunctions,
	IHttpRequestMethods,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	IN8nHttpFullResponse,
	IPollFunctions,
	IWebhookFunctions,
	JsonObject,
} from 'n8n-workflow';
import { NodeApiError, NodeOperationError, sleep } from 'n8n-workflow';

/**
 * The one module that speaks HTTP to LeafLink. It owns the base URL, the trailing slash LeafLink requires,
 * query encoding, pagination, pacing under the rate limit, retries and error mapping.
 * Each execution makes its own client, so no state outlives an execution or crosses processes.
 */

export type LeafLinkContext =
	| IExecuteFunctions
	| ILoadOptionsFunctions
	| IPollFunctions
	| IHookFunctions
	| IWebhookFunctions;

export const CREDENTIAL_TYPE = 'leafLinkApi';

/**
 * Records per list request when the user sets none. LeafLink documents no maximum; the benchmark (bench/) measured
 * 20,000 orders in 201 requests at 100 and 21 at 1000, and only 1000 brought a Return All within 10% of a raw
 * client. Paging follows LeafLink's own `next`, so a server-side cap below it costs requests, never records.
 */
export const DEFAULT_PAGE_SIZE = 1000;

const DEFAULT_TIMEOUT_MS = 60_000;

/**
 * 429 means LeafLink did nothing, so any method may wait and try again. How long is bounded by MAX_TOTAL_WAIT_MS;
 * this count is only a backstop. It is not small: executions that share a key (several workers in queue mode) can
 * each lose the race for freed room several times in a row, and with a cap of 8 one of four such executions
 * surfaced a 429 (test/e2e/queue).
 */
const MAX_RATE_LIMIT_RETRIES = 60;

/**
 * 5xx, network failures and 2xx answers that are cut off or not JSON are retried only for reads: a create or
 * transition may have been applied.
 */
const MAX_SAFE_RETRIES = 3;

const BACKOFF_BASE_MS = 1_000;

/**
 * The longest single wait before a retry. LeafLink's limit refills continuously (300 a minute: room for one more
 * request every 0.2 s), so an ordinary throttle asks for seconds; a longer Retry-After means the key is saturated
 * by others or LeafLink is down, and waiting it out would only hold the item (and the execution) silently.
 * A Retry-After above it is not waited at all: the error names it instead.
 */
const MAX_RETRY_WAIT_MS = 30_000;

/**
 * The most one request waits across all its retries: one of LeafLink's rolling rate windows (60 s), after which
 * every earlier request of this key has left the window, so a still-refused request will not be helped by waiting.
 */
const MAX_TOTAL_WAIT_MS = 60_000;

/** Network failures that happen before anything is sent: nothing can have been applied, so any method is retried. */
const NOT_SENT_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN']);

/** Where a step that may have changed something points the user, so running it again creates no duplicate. */
const SAFE_REPEAT_HINT =
	'To make such a step safe to run again, create and update orders, customers and products with Create or Update (by External ID): it looks the record up by its external ID first, so a second run updates instead of creating a duplicate.';

/** LeafLink's documented rolling limits (per key owner): 300/min sustained, bursts to 1000/min. */
const RATE_WINDOW_MS = 60_000;

const RATE_BURST_PER_WINDOW = 1_000;

/** LeafLink's documented sustained rate, per millisecond: the refill assumed until its headers tell another. */
const DOCUMENTED_REFILL_PER_MS = 300 / RATE_WINDOW_MS;

/**
 * Requests one execution may have under way at once when Request Options > Parallel Requests is not set. LeafLink
 * allows 1,000 requests in a minute (a burst of 700, then 5 a second): 16.7 a second, so at ~0.35 s a request about
 * 6 must be under way to keep up; 8 leaves room for the client's own time per item (README, Performance). More
 * would not finish sooner, since the limit sets the pace, and the pacer keeps any number within it.
 */
export const DEFAULT_CONCURRENCY = 8;

/** The most Parallel Requests the node accepts: beyond it LeafLink's limit, not the client, sets the pace. */
export const MAX_CONCURRENCY = 32;

/** The endpoints that answer a bare array instead of {count, next, previous, results}. */
const BARE_ARRAY_PATHS = [
	/^\/orders-received\/[^/]+\/line-items\/$/,
	/^\/orders-received\/[^/]+\/payments\/$/,
	/^\/orders-received\/[^/]+\/comments\/$/,
];

/**
 * List endpoints whose spec declares no `limit`/`offset` although they answer pages: the first request sends
 * neither, and further pages are LeafLink's own `next` links, followed as given.
 */
const UNPAGED_QUERY_PATHS = [
	/^\/batch-documents\/$/,
	/^\/inventory\/items\/$/,
	/^\/inventory\/facilities\/$/,
];

const NETWORK_ERROR_CODES = new Set([
	'ECONNRESET',
	'ECONNREFUSED',
	'ECONNABORTED',
	'ETIMEDOUT',
	'EPIPE',
	'EAI_AGAIN',
	'ENOTFOUND',
	'ERR_SOCKET_CONNECTION_TIMEOUT',
	'ESOCKETTIMEDOUT',
]);

/** Plain words for a network failure, used in messages instead of the raw code. */
const NETWORK_FAILURE_WORDS: Record<string, string> = {
	ECONNRESET: 'the connection was closed before LeafLink answered',
	EPIPE: 'the connection was closed before LeafLink answered',
	ECONNABORTED: 'the connection was aborted',
	ECONNREFUSED: 'LeafLink refused the connection',
	ENOTFOUND: 'the host was not found',
	EAI_AGAIN: 'the host name could not be looked up',
};

export type QueryValue = string | number | boolean | Array<string | number> | null | undefined;

export type Query = Record<string, QueryValue>;

export interface RequestOptions {
	qs?: Query;
	body?: IDataObject | IDataObject[];
	/** multipart/form-data fields for uploads (text fields and files), encoded by `encodeMultipart` */
	multipart?: Array<[string, MultipartValue]>;
	/** Words for errors: what the user asked for, e.g. "Create an order". */
	operation?: string;
	/** Index of the input item, so n8n shows the error against it. */
	itemIndex?: number;
	/** Milliseconds before a request is abandoned. */
	timeout?: number;
	/** How the user can check whether an unsafe request was applied (e.g. "look the order up by external ID X"). */
	verifyHint?: string;
}

/** A file in a multipart upload. */
export interface MultipartFile {
	data: Uint8Array;
	fileName: string;
	mimeType: string;
}

export type MultipartValue = string | number | MultipartFile;

/**
 * Encodes a multipart/form-data body (RFC 7578) without the form-data package: text fields as UTF-8, files as their
 * bytes with a filename and content type. Answers one fresh byte array (offset 0, exact length) and its Content-Type.
 */
export function encodeMultipart(fields: Array<[string, MultipartValue]>): {
	body: Uint8Array;
	contentType: string;
} {
	const boundary = `----n8nLeafLinkBoundary${Date.now().toString(16)}${Math.random().toString(16).slice(2)}`;
	const encoder = new TextEncoder();
	const quote = (text: string) => text.replace(/[\r\n]+/g, ' ').replace(/"/g, '%22');
	const chunks: Uint8Array[] = [];
	for (const [name, value] of fields) {
		if (typeof value === 'object') {
			chunks.push(
				encoder.encode(
					`--${boundary}\r\nContent-Disposition: form-data; name="${quote(name)}"; filename="${quote(value.fileName)}"\r\n` +
						`Content-Type: ${quote(value.mimeType || 'application/octet-stream')}\r\n\r\n`,
				),
				value.data,
				encoder.encode('\r\n'),
			);
		} else {
			chunks.push(
				encoder.encode(
					`--${boundary}\r\nContent-Disposition: form-data; name="${quote(name)}"\r\n\r\n${String(value)}\r\n`,
				),
			);
		}
	}
	chunks.push(encoder.encode(`--${boundary}--\r\n`));
	const body = new Uint8Array(chunks.reduce((n, c) => n + c.byteLength, 0));
	let at = 0;
	for (const chunk of chunks) {
		body.set(chunk, at);
		at += chunk.byteLength;
	}
	return { body, contentType: `multipart/form-data; boundary=${boundary}` };
}

export interface ListOptions {
	/** Fetch every page. */
	returnAll: boolean;
	/** With returnAll false: the most records to return. */
	limit?: number;
	/** Records per request. LeafLink documents no maximum. */
	pageSize?: number;
	/** Stop paging once this many records have been collected (used by callers that stitch several lists). */
	operation?: string;
	itemIndex?: number;
	timeout?: number;
	/**
	 * Keeps only the records it answers true for, for a filter the endpoint itself lacks; the limit counts kept
	 * records, so pages are fetched until enough are kept.
	 */
	keep?: (record: IDataObject) => boolean;
}

/** What the router knows about one input item and passes with it, instead of setting it on the shared client. */
export interface ItemSettings {
	/** Milliseconds before a request is abandoned when the call gives none (the node's Request Options > Timeout). */
	timeout?: number;
	/**
	 * An error in the item's input found by the router's own checks: thrown in place of the item's first request, so
	 * the operation's own (more specific) checks, which run before it sends anything, are reported first.
	 */
	refuseBeforeSending?: Error;
}

/**
 * What every request of one execution shares, however many items and pages are under way: at most `concurrency`
 * requests in flight, LeafLink's rate limit as its own headers describe it, and the pause a 429 imposes on all of
 * them. One per execution (one per client made with `new LeafLinkClient`), so nothing outlives the run.
 */
class Pacer {
	private underWay = 0;

	private readonly waiting: Array<() => void> = [];

	/** Set by a 429 (Retry-After): no request of this execution goes out before it. */
	private pausedUntil = 0;

	/** Start times of recent requests, for keeping under LeafLink's rolling burst when it sends no headers. */
	private readonly sent: number[] = [];

	/**
	 * LeafLink's bucket as its last answer described it (tokens left, when, how fast it refills), minus the requests
	 * sent since: a request goes out only when a token is left for it, so K requests in flight never overdraw it.
	 */
	private bucket: { tokens: number; at: number; capacity: number; refillPerMs: number } | undefined;

	/**
	 * Until LeafLink has answered once, only one request is under way: the key may be shared with other work whose
	 * use of the window only LeafLink's headers tell, and a first wave of K requests into a spent window would draw
	 * K 429s. Resolved by the first answer.
	 */
	private firstAnswer: { promise: Promise<void>; resolve: () => void } | undefined;

	private answered = false;

	constructor(readonly concurrency: number) {}

	/** Waits for a free slot, then for LeafLink's limit to allow one more request. Pair with `release`. */
	async acquire(): Promise<void> {
		if (this.underWay < this.concurrency) this.underWay++;
		else await new Promise<void>((resolve) => this.waiting.push(resolve)); // the slot is handed over by release
		if (!this.answered) {
			if (this.firstAnswer) {
				await this.firstAnswer.promise;
			} else {
				let resolve!: () => void;
				const promise = new Promise<void>((r) => (resolve = r));
				this.firstAnswer = { promise, resolve };
			}
		}
		for (;;) {
			const wait = this.waitMs(Date.now());
			if (wait <= 0) break;
			await sleep(wait);
		}
		const now = Date.now();
		if (this.bucket) {
			this.bucket.tokens = this.tokensAt(now) - 1;
			this.bucket.at = now;
		} else {
			this.sent.push(now);
		}
	}

	release(): void {
		if (!this.answered) {
			this.answered = true;
			this.firstAnswer?.resolve();
		}
		const next = this.waiting.shift();
		if (next) next();
		else this.underWay--;
	}

	/** No request goes out before `until` (ms since epoch); those already sent cannot be called back. */
	pauseUntil(until: number): void {
		this.pausedUntil = Math.max(this.pausedUntil, until);
	}

	/**
	 * Takes LeafLink's account of the window from an answer: RateLimit-Remaining tokens are left after it, less the
	 * other requests still under way (sent after this one was counted, so not yet in its figure); RateLimit-Reset
	 * says how long until the bucket is full, hence how fast it refills.
	 */
	noteRateLimitHeaders(headers: IDataObject | undefined): void {
		const remaining = Number(headerValue(headers, 'ratelimit-remaining'));
		if (!Number.isFinite(remaining)) return;
		const limit = Number(headerValue(headers, 'ratelimit-limit'));
		const reset = Number(headerValue(headers, 'ratelimit-reset'));
		const capacity = Number.isFinite(limit) && limit > 0 ? limit : Math.max(remaining, 1);
		let refillPerMs = this.bucket?.refillPerMs ?? DOCUMENTED_REFILL_PER_MS;
		if (Number.isFinite(reset) && reset > 0 && remaining < capacity)
			refillPerMs = (capacity - remaining) / (reset * 1000);
		const othersUnderWay = Math.max(0, this.underWay - 1);
		this.bucket = { tokens: remaining - othersUnderWay, at: Date.now(), capacity, refillPerMs };
	}

	private tokensAt(now: number): number {
		const b = this.bucket!;
		return Math.min(b.capacity, b.tokens + (now - b.at) * b.refillPerMs);
	}

	private waitMs(now: number): number {
		let wait = this.pausedUntil - now;
		if (this.bucket) {
			// LeafLink's own account is followed, since it also counts other users of the key
			const tokens = this.tokensAt(now);
			if (tokens < 1) wait = Math.max(wait, Math.ceil((1 - tokens) / this.bucket.refillPerMs));
		} else {
			// without its headers, keep under its 1000-per-rolling-minute burst ourselves
			while (this.sent.length > 0 && now - this.sent[0] >= RATE_WINDOW_MS) this.sent.shift();
			if (this.sent.length >= RATE_BURST_PER_WINDOW)
				wait = Math.max(wait, RATE_WINDOW_MS - (now - this.sent[0]));
		}
		return wait;
	}
}

interface LeafLinkCredentials {
	environment: string;
	customBaseUrl?: string;
	apiKey: string;
	keyType?: string;
	userAgent?: string;
	webhookSecret?: string;
}

interface ListPage {
	count?: number;
	next?: string | null;
	previous?: string | null;
	results: IDataObject[];
}

/** Ensures the leading slash and the trailing slash LeafLink requires on every V2 path. */
export function normalizePath(path: string): string {
	let p = path.trim();
	if (!p.startsWith('/')) p = `/${p}`;
	if (!p.endsWith('/')) p = `${p}/`;
	return p.replace(/\/{2,}/g, '/');
}

/** Encodes query values as LeafLink reads them: lists comma-separated, empty values left out. */
export function encodeQuery(qs: Query | undefined): IDataObject {
	const out: IDataObject = {};
	if (!qs) return out;
	for (const [key, value] of Object.entries(qs)) {
		if (value === undefined || value === null || value === '') continue;
		if (Array.isArray(value)) {
			if (value.length === 0) continue;
			out[key] = value.map((v) => String(v)).join(',');
		} else if (typeof value === 'boolean') {
			out[key] = value ? 'true' : 'false';
		} else {
			out[key] = value;
		}
	}
	return out;
}

export function baseUrlOf(credentials: { environment?: unknown; customBaseUrl?: unknown }): string {
	const raw =
		credentials.environment === 'custom'
			? String(credentials.customBaseUrl ?? '')
			: String(credentials.environment ?? '');
	return raw.trim().replace(/\/+$/, '');
}

/** LeafLink puts its words in one of three shapes: {detail}, a field map, or {errors: [{title, detail, source}]}. */
export function leafLinkErrorWords(body: unknown): string {
	if (body === undefined || body === null || body === '') return '';
	if (typeof body === 'string') return body.trim().slice(0, 500);
	if (Array.isArray(body)) return body.map((b) => leafLinkErrorWords(b)).join('; ');
	if (typeof body !== 'object') return String(body);
	const obj = body as IDataObject;
	if (Array.isArray(obj.errors)) {
		return (obj.errors as IDataObject[])
			.map((e) => {
				const pointer = (e.source as IDataObject | undefined)?.pointer;
				const text = [e.title, e.detail].filter((x) => x !== undefined && x !== '').join(': ');
				return pointer ? `${String(pointer).replace(/^\/data\/attributes\//, '')}: ${text}` : text;
			})
			.join('; ');
	}
	if (typeof obj.detail === 'string') return obj.detail;
	return Object.entries(obj)
		.map(([field, messages]) => {
			const text = Array.isArray(messages)
				? messages.map((m) => (typeof m === 'object' ? JSON.stringify(m) : String(m))).join(' ')
				: typeof messages === 'object'
					? leafLinkErrorWords(messages)
					: String(messages);
			return field === 'non_field_errors' ? text : `${field}: ${text}`;
		})
		.join('; ');
}

function headerValue(headers: IDataObject | undefined, name: string): string | undefined {
	if (!headers) return undefined;
	const key = Object.keys(headers).find((k) => k.toLowerCase() === name);
	const value = key === undefined ? undefined : headers[key];
	if (value === undefined || value === null) return undefined;
	return Array.isArray(value) ? String(value[0]) : String(value);
}

/** LeafLink's Retry-After (seconds or an HTTP date) in ms, if it sent one. */
function retryAfterHeaderMs(
	headers: IDataObject | undefined,
	now = Date.now(),
): number | undefined {
	const retryAfter = headerValue(headers, 'retry-after');
	if (retryAfter === undefined) return undefined;
	const secs = Number(retryAfter);
	if (retryAfter.trim() !== '' && Number.isFinite(secs)) return Math.max(0, secs * 1000);
	const date = Date.parse(retryAfter);
	return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** How long LeafLink asks us to wait: Retry-After (seconds or a date), else RateLimit-Reset, in ms. */
export function retryAfterMs(
	headers: IDataObject | undefined,
	now = Date.now(),
): number | undefined {
	const asked = retryAfterHeaderMs(headers, now);
	if (asked !== undefined) return asked;
	const reset = Number(headerValue(headers, 'ratelimit-reset'));
	if (Number.isFinite(reset) && reset >= 0) return reset * 1000;
	return undefined;
}

function backoffMs(attempt: number): number {
	const exp = Math.min(MAX_RETRY_WAIT_MS, BACKOFF_BASE_MS * 2 ** attempt);
	// full jitter keeps several executions sharing one key from retrying in lockstep
	return Math.round(exp / 2 + Math.random() * (exp / 2));
}

function isSafeMethod(method: IHttpRequestMethods): boolean {
	return method === 'GET' || method === 'HEAD';
}

function describeRequest(method: string, path: string, operation?: string): string {
	return operation ? `${operation} (${method} ${path})` : `${method} ${path}`;
}

/** Seconds for messages: "0.5 s", "20 s". */
function seconds(ms: number): string {
	return `${Math.round(ms / 100) / 10} s`;
}

/**
 * What the user is told when an unsafe request (create, update, delete, transition) was sent and its answer was
 * lost or unusable: whether the change was applied, how to check, and how to make the step safe to repeat. It never
 * says "run it again": that is how duplicates were made.
 */
function unsafeFailureDescription(
	method: IHttpRequestMethods,
	url: string,
	options: RequestOptions,
	applied: 'accepted' | 'unknown',
	cause: string,
): string {
	const recordUrl = url.split('?')[0];
	const check =
		options.verifyHint ??
		(method === 'DELETE'
			? `Get ${recordUrl} : if LeafLink answers 404, or the record is archived, the delete was applied.`
			: method === 'POST'
				? 'Look for the record in LeafLink (Get Many) before running the step again.'
				: `Get ${recordUrl} and compare it with what was sent before running the step again.`);
	const state =
		applied === 'accepted'
			? `LeafLink accepted the request, so the change was most likely applied, but ${cause}; nothing from the answer was used.`
			: `The change may have been applied: ${cause} after the request was sent. It was not retried, to avoid doing it twice.`;
	return `${state} ${check} ${SAFE_REPEAT_HINT}`;
}

/** What an error about one request needs to know about it. */
interface FailureContext {
	/** e.g. "Create an order (POST /api/v2/orders-received/)" */
	what: string;
	method: IHttpRequestMethods;
	url: string;
	safe: boolean;
	options: RequestOptions;
	/** retries after 5xx, network failures or unusable bodies so far */
	retries: number;
	/** why the node stopped waiting (a Retry-After beyond its caps), for the error */
	waitRefused?: string;
}

/** A 2xx body as JSON: parsed, or marked unusable (cut off, or a proxy's page). Empty and 204 answers are fine. */
function parseJsonBody(
	response: IN8nHttpFullResponse,
): { ok: true; value: unknown } | { ok: false } {
	const body = response.body as unknown;
	if (response.statusCode === 204 || body === undefined || body === '')
		return { ok: true, value: undefined };
	if (typeof body !== 'string') return { ok: true, value: body };
	try {
		return { ok: true, value: JSON.parse(body) };
	} catch {
		return { ok: false };
	}
}

/**
 * How long to wait before retry number `attempt` (from 0) of a request that has already waited `waitedMs`.
 * LeafLink's Retry-After is waited as asked (plus a little jitter, so executions sharing a key do not come back
 * together) when it fits the caps, and refused with the reason when it does not: waiting less than asked would only
 * draw another refusal. RateLimit-Reset (when the window is whole again, later than when there is room) and the
 * node's own backoff are shortened to fit.
 */
export function retryWait(
	headers: IDataObject | undefined,
	attempt: number,
	waitedMs: number,
): { waitMs: number } | { refused: string } {
	const left = MAX_TOTAL_WAIT_MS - waitedMs;
	const asked = retryAfterHeaderMs(headers);
	if (asked !== undefined) {
		if (asked > MAX_RETRY_WAIT_MS || asked > left) {
			return {
				refused:
					`LeafLink asked to wait ${seconds(asked)} before trying again (Retry-After)` +
					(asked > MAX_RETRY_WAIT_MS
						? `, longer than the ${seconds(MAX_RETRY_WAIT_MS)} the node waits at a time`
						: `, more than is left of the ${seconds(MAX_TOTAL_WAIT_MS)} the node waits for one request (it had waited ${seconds(waitedMs)})`),
			};
		}
		return { waitMs: Math.min(left, asked + Math.random() * Math.min(asked / 4, 1_000)) };
	}
	if (left <= 0)
		return {
			refused: `The node had waited ${seconds(waitedMs)} for this request, the most it waits for one`,
		};
	const reset = retryAfterMs(headers);
	return { waitMs: Math.min(reset ?? backoffMs(attempt), MAX_RETRY_WAIT_MS, left) };
}

/** What a client and the item-scoped clients made from it share within one execution. */
interface ExecutionShared {
	pacer: Pacer;
	credentials?: Promise<LeafLinkCredentials>;
	stats: { requests: number; rateLimited: number; retries: number };
}

export interface ClientOptions {
	/** Requests under way at once, across every item and page of the execution (default DEFAULT_CONCURRENCY). */
	concurrency?: number;
}

export class LeafLinkClient {
	private readonly shared: ExecutionShared;

	/** What the emulator and benchmarks read: how many requests, and how many 429s were absorbed. */
	readonly stats: ExecutionShared['stats'];

	/** Milliseconds before a request is abandoned when the call gives none (the item's Request Options > Timeout). */
	readonly defaultTimeout: number;

	private readonly refuseBeforeSending: Error | undefined;

	/** Whether this item has sent a request yet (the refusal stands in for the first one). */
	private sentOne = false;

	constructor(
		private readonly ctx: LeafLinkContext,
		options: ClientOptions = {},
		item: ItemSettings = {},
		shared?: ExecutionShared,
	) {
		this.shared = shared ?? {
			pacer: new Pacer(Math.max(1, Math.floor(options.concurrency ?? DEFAULT_CONCURRENCY))),
			stats: { requests: 0, rateLimited: 0, retries: 0 },
		};
		this.stats = this.shared.stats;
		this.defaultTimeout = item.timeout ?? DEFAULT_TIMEOUT_MS;
		this.refuseBeforeSending = item.refuseBeforeSending;
	}

	/** Requests this execution may have under way at once. */
	get concurrency(): number {
		return this.shared.pacer.concurrency;
	}

	/**
	 * A client for one input item: its own settings, and the execution's pacer, credentials and counts, so items
	 * running side by side share one rate limit and nothing of one item leaks into another.
	 */
	forItem(item: ItemSettings): LeafLinkClient {
		return new LeafLinkClient(this.ctx, {}, item, this.shared);
	}

	private async getCredentials(): Promise<LeafLinkCredentials> {
		// one read per execution, shared by the items running side by side
		const pending = (this.shared.credentials ??= this.ctx.getCredentials(
			CREDENTIAL_TYPE,
		) as unknown as Promise<LeafLinkCredentials>);
		// a failed read is not kept: the next item asks again (n8n's own error reaches the user as it is)
		pending.catch(() => {
			if (this.shared.credentials === pending) this.shared.credentials = undefined;
		});
		return await pending;
	}

	async baseUrl(): Promise<string> {
		const credentials = await this.getCredentials();
		const base = baseUrlOf(credentials);
		if (!/^https?:\/\/[^/]+/i.test(base)) {
			throw new NodeOperationError(
				this.ctx.getNode(),
				`The LeafLink API credential has no usable base URL ("${base}")`,
				{
					description:
						'Choose an environment, or give a Custom Base URL such as https://app.leaflink.com/api/v2',
				},
			);
		}
		return base;
	}

	/** Replaces every secret of the credential found in text, so no error or log shows a key. */
	async redact(text: string): Promise<string> {
		const credentials = await this.getCredentials();
		let out = text;
		for (const secret of [credentials.apiKey, credentials.webhookSecret]) {
			if (typeof secret === 'string' && secret.length >= 4)
				out = out.split(secret).join('[redacted]');
		}
		return out;
	}

	/**
	 * Sends one request. Answers the parsed body (undefined for 204).
	 * 429 is retried for any method; 5xx and network failures only for reads.
	 */
	async request<T = IDataObject>(
		method: IHttpRequestMethods,
		path: string,
		options: RequestOptions = {},
	): Promise<T> {
		if (this.refuseBeforeSending && !this.sentOne) throw this.refuseBeforeSending;
		this.sentOne = true;
		const base = await this.baseUrl();
		const url = /^https?:\/\//i.test(path) ? path : `${base}${normalizePath(path)}`;
		return await this.send<T>(method, url, options);
	}

	private async send<T>(
		method: IHttpRequestMethods,
		url: string,
		options: RequestOptions,
	): Promise<T> {
		const shownPath = url.replace(/^https?:\/\/[^/]+/i, '').split('?')[0];
		const failure: FailureContext = {
			what: describeRequest(method, shownPath, options.operation),
			method,
			url,
			safe: isSafeMethod(method),
			options,
			retries: 0,
		};
		const { safe } = failure;

		let rateLimitRetries = 0;
		/** Milliseconds this request has waited before its retries, at most MAX_TOTAL_WAIT_MS. */
		let waited = 0;
		const multipart = options.multipart ? encodeMultipart(options.multipart) : undefined;
		const pacer = this.shared.pacer;
		for (;;) {
			const requestOptions: IHttpRequestOptions = {
				method,
				url,
				qs: encodeQuery(options.qs),
				json: multipart === undefined,
				returnFullResponse: true,
				ignoreHttpStatusErrors: true,
				timeout: options.timeout ?? this.defaultTimeout,
				headers: { Accept: 'application/json' },
			};
			if (multipart) {
				requestOptions.body = multipart.body as unknown as IHttpRequestOptions['body'];
				requestOptions.headers = {
					...requestOptions.headers,
					'Content-Type': multipart.contentType,
				};
			} else if (options.body !== undefined) {
				requestOptions.body = options.body as IDataObject;
			}

			let response: IN8nHttpFullResponse;
			// a slot among the execution's requests under way, held until the answer's headers are noted
			await pacer.acquire();
			this.stats.requests++;
			try {
				response = (await this.ctx.helpers.httpRequestWithAuthentication.call(
					this.ctx,
					CREDENTIAL_TYPE,
					requestOptions,
				)) as IN8nHttpFullResponse;
				pacer.noteRateLimitHeaders(response.headers as IDataObject);
			} catch (error) {
				pacer.release();
				const code = this.networkCode(error);
				// a read is retried on any network failure; anything else only when the request never left
				const retryable = safe
					? code === undefined || NETWORK_ERROR_CODES.has(code)
					: code !== undefined && NOT_SENT_CODES.has(code);
				if (retryable && failure.retries < MAX_SAFE_RETRIES) {
					const plan = retryWait(undefined, failure.retries, waited);
					if ('waitMs' in plan) {
						failure.retries++;
						this.stats.retries++;
						waited += plan.waitMs;
						await sleep(plan.waitMs);
						continue;
					}
				}
				throw await this.networkError(error, code, failure);
			}

			pacer.release();
			const status = response.statusCode;
			const headers = response.headers as IDataObject;
			const parsed = status >= 200 && status < 300 ? parseJsonBody(response) : undefined;
			if (parsed?.ok) return parsed.value as T;

			if (status === 429) {
				this.stats.rateLimited++;
				if (rateLimitRetries < MAX_RATE_LIMIT_RETRIES) {
					const plan = retryWait(headers, rateLimitRetries, waited);
					if ('waitMs' in plan) {
						rateLimitRetries++;
						this.stats.retries++;
						waited += plan.waitMs;
						// every request of the execution waits, not only this one: they all draw on the same limit
						pacer.pauseUntil(Date.now() + plan.waitMs);
						continue;
					}
					failure.waitRefused = plan.refused;
				}
			} else if ((status >= 500 || parsed) && safe && failure.retries < MAX_SAFE_RETRIES) {
				// a 5xx, or a 2xx whose body was cut off or is not JSON: a read is asked again
				const plan = retryWait(headers, failure.retries, waited);
				if ('waitMs' in plan) {
					failure.retries++;
					this.stats.retries++;
					waited += plan.waitMs;
					await sleep(plan.waitMs);
					continue;
				}
				failure.waitRefused = plan.refused;
			}

			if (parsed) throw this.unusableBodyError(response, failure);
			throw await this.httpError(response, failure);
		}
	}

	private networkCode(error: unknown): string | undefined {
		// n8n wraps the HTTP client's error in a NodeApiError whose message it has already rewritten, so the code
		// and the original words are looked for on the wrapped error too
		const e = error as {
			code?: string;
			cause?: { code?: string };
			context?: { code?: string };
			errorResponse?: { code?: string };
			messages?: unknown[];
		};
		const message = [
			String((error as Error)?.message ?? ''),
			...(Array.isArray(e?.messages) ? e.messages : []),
		].join(' ');
		if (/timeout of \d+ ?ms exceeded|timed? ?out/i.test(message)) return 'ETIMEDOUT';
		const code = e?.errorResponse?.code ?? e?.cause?.code ?? e?.code ?? e?.context?.code;
		if (typeof code === 'string' && /^E[A-Z_]+$/.test(code)) return code;
		const match =
			/\b(ECONNRESET|ECONNREFUSED|ECONNABORTED|ETIMEDOUT|EPIPE|EAI_AGAIN|ENOTFOUND)\b/.exec(
				message,
			);
		if (match) return match[1];
		if (/socket hang up/i.test(message)) return 'ECONNRESET';
		return undefined;
	}

	/** A 2xx answer whose body is cut off or not JSON, after the retries a read gets. */
	private unusableBodyError(response: IN8nHttpFullResponse, failure: FailureContext): NodeApiError {
		const { what, safe, retries } = failure;
		const status = response.statusCode;
		const description = safe
			? `The answer may come from a proxy or have been cut off; nothing from it was used.${retries ? ` It was asked again ${retries} time${retries === 1 ? '' : 's'} with the same result.` : ''}${failure.waitRefused ? ` ${failure.waitRefused}.` : ''} Try again later.`
			: unsafeFailureDescription(
					failure.method,
					failure.url,
					failure.options,
					'accepted',
					`its answer (HTTP ${status}) was cut off or is not JSON`,
				);
		return new NodeApiError(this.ctx.getNode(), { status } as JsonObject, {
			message: `LeafLink answered ${what} with a body that is not JSON (HTTP ${status})`,
			description,
			httpCode: String(status),
			itemIndex: failure.options.itemIndex,
		});
	}

	private async httpError(
		response: IN8nHttpFullResponse,
		failure: FailureContext,
	): Promise<NodeApiError> {
		const { what, safe, options } = failure;
		const status = response.statusCode;
		let body = response.body as unknown;
		if (typeof body === 'string') {
			try {
				body = JSON.parse(body);
			} catch {
				// an HTML page from a proxy: keep its first words only
			}
		}
		const words = await this.redact(leafLinkErrorWords(body));
		let message: string;
		let description: string | undefined;
		if (status === 401) {
			message = 'LeafLink rejected the API key (401)';
			description =
				'Check the LeafLink API credential: the key, its type (App or Token) and the environment it belongs to. The key may have been revoked.';
		} else if (status === 403) {
			message = `The LeafLink API key may not do this: ${what} (403)`;
			description = `${words ? `LeafLink says: ${words}. ` : ''}In LeafLink, give the key Read & Write access for this area (Orders, Products or Customers).`;
		} else if (status === 404) {
			message = `LeafLink found nothing at ${what} (404)`;
			description = words ? `LeafLink says: ${words}` : 'Check the ID or number.';
		} else if (status === 429) {
			message = failure.waitRefused
				? `LeafLink's rate limit is exceeded and the wait it asks for is too long: ${what} (429)`
				: `LeafLink's rate limit was still exceeded after ${MAX_RATE_LIMIT_RETRIES} waits: ${what} (429)`;
			description = `${failure.waitRefused ? `${failure.waitRefused}. LeafLink did nothing with the request, so running the step again later is safe. ` : ''}Other workflows may be using the same key. Run fewer executions at once, or try again later.`;
		} else if (status >= 500) {
			message = `LeafLink failed on ${what} (HTTP ${status})`;
			description = safe
				? `LeafLink kept failing after retries.${failure.waitRefused ? ` ${failure.waitRefused}.` : ''} Try again later.`
				: unsafeFailureDescription(
						failure.method,
						failure.url,
						options,
						'unknown',
						`LeafLink answered HTTP ${status}`,
					);
		} else {
			message = `LeafLink rejected ${what} (HTTP ${status})${words ? `: ${words}` : ''}`;
			description = words ? `LeafLink says: ${words}` : undefined;
		}
		const sanitizedBody =
			body && typeof body === 'object'
				? JSON.parse(await this.redact(JSON.stringify(body)))
				: { body: words };
		return new NodeApiError(this.ctx.getNode(), sanitizedBody as JsonObject, {
			message,
			description,
			httpCode: String(status),
			itemIndex: options.itemIndex,
		});
	}

	private async networkError(
		error: unknown,
		code: string | undefined,
		failure: FailureContext,
	): Promise<NodeApiError> {
		const { what, safe, options } = failure;
		const timedOut =
			code === 'ETIMEDOUT' ||
			code === 'ESOCKETTIMEDOUT' ||
			code === 'ERR_SOCKET_CONNECTION_TIMEOUT';
		// n8n replaces a message that contains a raw code (ECONNRESET, ...) with its own words, losing the operation:
		// the code goes in the description only
		const reason = timedOut
			? `timed out after ${Math.round(((options.timeout ?? this.defaultTimeout) / 1000) * 10) / 10} s`
			: `failed (${NETWORK_FAILURE_WORDS[code ?? ''] ?? 'network error'})`;
		const original = await this.redact(String((error as Error)?.message ?? ''));
		const technical = code ? ` (${code})` : '';
		let description: string;
		if (safe || (code !== undefined && NOT_SENT_CODES.has(code))) {
			const tries = failure.retries
				? ` after ${failure.retries} retr${failure.retries === 1 ? 'y' : 'ies'}`
				: '';
			description =
				`LeafLink could not be reached${tries}${technical}.${safe ? '' : ' The request was never sent, so nothing was applied.'} ${original}`.trim();
		} else {
			const cause = timedOut ? 'no answer came in time' : `the connection failed${technical}`;
			description = unsafeFailureDescription(
				failure.method,
				failure.url,
				options,
				'unknown',
				cause,
			);
		}
		return new NodeApiError(this.ctx.getNode(), { networkCode: code ?? 'UNKNOWN' } as JsonObject, {
			message: `The request to LeafLink ${reason}: ${what}`,
			description,
			itemIndex: options.itemIndex,
		});
	}

	/** Follows LeafLink's pagination until enough records are collected. */
	async getList(path: string, qs: Query, options: ListOptions): Promise<IDataObject[]> {
		const results: IDataObject[] = [];
		const { keep } = options;
		// with a client-side filter any page may hold the records still wanted, so paging is not cut short by count
		const pageOptions = keep
			? { ...options, returnAll: true, pageSize: options.pageSize ?? DEFAULT_PAGE_SIZE }
			: options;
		// every page is wanted unless a filter may be satisfied early: only then is one page at a time cheaper
		const allPagesWanted = !keep || options.returnAll;
		for await (const page of this.pages(path, qs, pageOptions, allPagesWanted)) {
			results.push(...(keep ? page.filter(keep) : page));
			if (!options.returnAll && results.length >= (options.limit ?? 50)) break;
		}
		return options.returnAll ? results : results.slice(0, options.limit ?? 50);
	}

	/**
	 * Yields each page's records in order; bare-array endpoints yield once. With `allPagesWanted` (the caller reads
	 * on until `wanted` records or the end), the pages after the first are fetched side by side once the first
	 * page's `count` says how many there are; a caller that may stop early gets one page at a time.
	 */
	async *pages(
		path: string,
		qs: Query,
		options: ListOptions,
		allPagesWanted = false,
	): AsyncGenerator<IDataObject[]> {
		const normalized = normalizePath(path);
		const requestOptions = {
			operation: options.operation,
			itemIndex: options.itemIndex,
			timeout: options.timeout,
		};
		if (BARE_ARRAY_PATHS.some((re) => re.test(normalized))) {
			const all = await this.request<IDataObject[]>('GET', normalized, { ...requestOptions, qs });
			yield Array.isArray(all) ? all : [];
			return;
		}
		const wanted = options.returnAll ? Infinity : (options.limit ?? 50);
		const pageSize = Math.max(1, Math.min(options.pageSize ?? DEFAULT_PAGE_SIZE, wanted));
		const base = await this.baseUrl();
		if (UNPAGED_QUERY_PATHS.some((re) => re.test(normalized))) {
			yield* this.pagesByNextLink(normalized, qs, wanted, base, requestOptions);
			return;
		}
		let offset = Number(qs.offset ?? 0);
		let collected = 0;
		let first = true;
		for (;;) {
			const page = await this.request<ListPage>('GET', normalized, {
				...requestOptions,
				qs: { ...qs, limit: pageSize, offset },
			});
			const records = Array.isArray(page?.results) ? page.results : [];
			collected += records.length;
			yield records;
			if (collected >= wanted || records.length === 0 || !page.next) return;
			// Follow LeafLink's own next link, but only on the credential's host so the key goes nowhere else
			const nextOffset = this.offsetFromNext(page.next, base);
			const step = records.length;
			const end =
				typeof page.count === 'number' ? Math.min(page.count, offset + wanted) : undefined;
			if (
				first &&
				allPagesWanted &&
				this.concurrency > 1 &&
				end !== undefined &&
				end > nextOffset! &&
				nextOffset === offset + step
			) {
				// the first page told how many records there are and how many LeafLink serves per page (its own cap
				// if below ours): the rest are fetched side by side and yielded in order
				const rest = this.pagesSideBySide(normalized, qs, requestOptions, nextOffset, step, end);
				let resumeAt: number | undefined;
				for await (const part of rest) {
					collected += part.records.length;
					yield part.records;
					resumeAt = part.resumeAt;
					if (collected >= wanted) return;
				}
				if (resumeAt === undefined) return;
				// the list changed while it was read (a page came back short, or more records follow): on from there,
				// one page at a time, as a sequential read would have gone
				offset = resumeAt;
			} else {
				offset = nextOffset ?? offset + records.length;
			}
			first = false;
		}
	}

	/**
	 * Fetches the pages at `from`, `from + step`, ... below `end` side by side (the pacer bounds how many are under
	 * way) and yields them in order. Each page must hold `step` records (the last one the rest): a page that does
	 * not, or a last page that still has a `next`, means the list changed while it was read; then the pages after it
	 * are dropped unseen and `resumeAt` says where sequential paging goes on, so no record is lost or repeated.
	 */
	private async *pagesSideBySide(
		path: string,
		qs: Query,
		requestOptions: Pick<RequestOptions, 'operation' | 'itemIndex' | 'timeout'>,
		from: number,
		step: number,
		end: number,
	): AsyncGenerator<{ records: IDataObject[]; resumeAt?: number }> {
		const offsets: number[] = [];
		for (let offset = from; offset < end; offset += step) offsets.push(offset);
		const fetches = offsets.map(
			async (offset) =>
				await this.request<ListPage>('GET', path, {
					...requestOptions,
					qs: { ...qs, limit: step, offset },
				}),
		);
		// a failed page is reported once, by the await below; the others' outcomes are not left unhandled
		for (const fetch of fetches) fetch.catch(() => undefined);
		for (let i = 0; i < offsets.length; i++) {
			const page = await fetches[i];
			const records = Array.isArray(page?.results) ? page.results : [];
			const last = i === offsets.length - 1;
			const expected = last ? end - offsets[i] : step;
			if (records.length !== expected || (last && page.next)) {
				yield {
					records,
					resumeAt: records.length > 0 && page.next ? offsets[i] + records.length : undefined,
				};
				return;
			}
			yield { records };
		}
	}

	/** Pages of an endpoint that takes no paging parameters: LeafLink's page size, then its `next` links. */
	private async *pagesByNextLink(
		path: string,
		qs: Query,
		wanted: number,
		base: string,
		requestOptions: Pick<RequestOptions, 'operation' | 'itemIndex' | 'timeout'>,
	): AsyncGenerator<IDataObject[]> {
		let page = await this.request<ListPage>('GET', path, { ...requestOptions, qs });
		let collected = 0;
		for (;;) {
			const records = Array.isArray(page?.results) ? page.results : [];
			collected += records.length;
			yield records;
			const next =
				collected < wanted && records.length > 0 && page.next
					? this.sameHostUrl(page.next, base)
					: undefined;
			if (!next) return;
			page = await this.request<ListPage>('GET', next, requestOptions);
		}
	}

	/** A `next` link as an absolute URL, only when it points at the credential's own host (the key goes nowhere else). */
	private sameHostUrl(next: string, base: string): string | undefined {
		try {
			const nextUrl = new URL(next, base);
			return nextUrl.host === new URL(base).host ? nextUrl.toString() : undefined;
		} catch {
			return undefined;
		}
	}

	private offsetFromNext(next: string, base: string): number | undefined {
		try {
			const nextUrl = new URL(next, base);
			const baseUrl = new URL(base);
			if (nextUrl.host !== baseUrl.host) return undefined;
			const value = nextUrl.searchParams.get('offset');
			return value === null ? undefined : Number(value);
		} catch {
			return undefined;
		}
	}
}
