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

/** 429 means LeafLink did nothing, so any method may wait and try again this many times. */
const MAX_RATE_LIMIT_RETRIES = 8;

/** 5xx and network failures are retried only for reads: a create or transition may have been applied. */
const MAX_SAFE_RETRIES = 3;

const BACKOFF_BASE_MS = 1_000;

const BACKOFF_CAP_MS = 30_000;

/** LeafLink's documented rolling limits (per key owner): 300/min sustained, bursts to 1000/min. */
const RATE_WINDOW_MS = 60_000;

const RATE_BURST_PER_WINDOW = 1_000;

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
const UNPAGED_QUERY_PATHS = [/^\/batch-documents\/$/, /^\/inventory\/items\/$/, /^\/inventory\/facilities\/$/];

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
export function encodeMultipart(fields: Array<[string, MultipartValue]>): { body: Uint8Array; contentType: string } {
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
			chunks.push(encoder.encode(`--${boundary}\r\nContent-Disposition: form-data; name="${quote(name)}"\r\n\r\n${String(value)}\r\n`));
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

/** How long LeafLink asks us to wait: Retry-After (seconds or a date), else RateLimit-Reset, in ms. */
export function retryAfterMs(headers: IDataObject | undefined, now = Date.now()): number | undefined {
	const retryAfter = headerValue(headers, 'retry-after');
	if (retryAfter !== undefined) {
		const seconds = Number(retryAfter);
		if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
		const date = Date.parse(retryAfter);
		if (!Number.isNaN(date)) return Math.max(0, date - now);
	}
	const reset = Number(headerValue(headers, 'ratelimit-reset'));
	if (Number.isFinite(reset) && reset >= 0) return reset * 1000;
	return undefined;
}

function backoffMs(attempt: number): number {
	const exp = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** attempt);
	// full jitter keeps several executions sharing one key from retrying in lockstep
	return Math.round(exp / 2 + Math.random() * (exp / 2));
}

function isSafeMethod(method: IHttpRequestMethods): boolean {
	return method === 'GET' || method === 'HEAD';
}

function describeRequest(method: string, path: string, operation?: string): string {
	return operation ? `${operation} (${method} ${path})` : `${method} ${path}`;
}

export class LeafLinkClient {
	private credentials: LeafLinkCredentials | undefined;

	/** Start times of this execution's recent requests, for pacing under LeafLink's rolling window. */
	private readonly sent: number[] = [];

	/** Set when LeafLink's RateLimit headers say the window is spent: no request goes out before it. */
	private notBefore = 0;

	/** Whether LeafLink sends RateLimit headers; then they pace the requests instead of our own count. */
	private serverPaced = false;

	/** What the emulator and benchmarks read: how many requests, and how many 429s were absorbed. */
	readonly stats = { requests: 0, rateLimited: 0, retries: 0 };

	/** Milliseconds before a request is abandoned when the call gives none (the node's Request Options > Timeout). */
	defaultTimeout = DEFAULT_TIMEOUT_MS;

	/** Runs before each request is sent; may throw to stop it (the router's last check of the item's input). */
	beforeRequest: (() => void) | undefined;

	constructor(private readonly ctx: LeafLinkContext) {}

	private async getCredentials(): Promise<LeafLinkCredentials> {
		if (!this.credentials) {
			this.credentials = (await this.ctx.getCredentials(CREDENTIAL_TYPE)) as unknown as LeafLinkCredentials;
		}
		return this.credentials;
	}

	async baseUrl(): Promise<string> {
		const credentials = await this.getCredentials();
		const base = baseUrlOf(credentials);
		if (!/^https?:\/\/[^/]+/i.test(base)) {
			throw new NodeOperationError(
				this.ctx.getNode(),
				`The LeafLink API credential has no usable base URL ("${base}")`,
				{ description: 'Choose an environment, or give a Custom Base URL such as https://app.leaflink.com/api/v2' },
			);
		}
		return base;
	}

	/** Replaces every secret of the credential found in text, so no error or log shows a key. */
	async redact(text: string): Promise<string> {
		const credentials = await this.getCredentials();
		let out = text;
		for (const secret of [credentials.apiKey, credentials.webhookSecret]) {
			if (typeof secret === 'string' && secret.length >= 4) out = out.split(secret).join('[redacted]');
		}
		return out;
	}

	private async pace(): Promise<void> {
		const now = Date.now();
		if (this.notBefore > now) await sleep(this.notBefore - now);
		// Without LeafLink's RateLimit headers, keep under its 1000-per-rolling-minute burst ourselves; with them,
		// LeafLink's own account (noteRateLimitHeaders) is followed instead, since it also counts other users of the key
		while (this.sent.length > 0 && Date.now() - this.sent[0] >= RATE_WINDOW_MS) this.sent.shift();
		if (!this.serverPaced && this.sent.length >= RATE_BURST_PER_WINDOW) {
			await sleep(RATE_WINDOW_MS - (Date.now() - this.sent[0]));
			this.sent.shift();
		}
		this.sent.push(Date.now());
	}

	/**
	 * Remembers LeafLink's own account of the window, so the next request waits instead of drawing a 429. When the
	 * window is spent, RateLimit-Reset says when it is whole again; a rolling window frees room before that, about
	 * one request every Reset / Limit seconds, so only that long is waited. Should it not be enough, LeafLink
	 * answers 429 with Retry-After, which is honoured.
	 */
	private noteRateLimitHeaders(headers: IDataObject | undefined): void {
		const remaining = Number(headerValue(headers, 'ratelimit-remaining'));
		if (!Number.isFinite(remaining)) return;
		this.serverPaced = true;
		const reset = Number(headerValue(headers, 'ratelimit-reset'));
		if (remaining > 0 || !Number.isFinite(reset) || reset <= 0) return;
		const limit = Number(headerValue(headers, 'ratelimit-limit'));
		const wait = Number.isFinite(limit) && limit > 0 ? reset / limit : reset;
		this.notBefore = Math.max(this.notBefore, Date.now() + wait * 1000);
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
		this.beforeRequest?.();
		const base = await this.baseUrl();
		const url = /^https?:\/\//i.test(path) ? path : `${base}${normalizePath(path)}`;
		return await this.send<T>(method, url, options);
	}

	private async send<T>(method: IHttpRequestMethods, url: string, options: RequestOptions): Promise<T> {
		const shownPath = url.replace(/^https?:\/\/[^/]+/i, '').split('?')[0];
		const what = describeRequest(method, shownPath, options.operation);
		const safe = isSafeMethod(method);

		let rateLimitRetries = 0;
		let failureRetries = 0;
		const multipart = options.multipart ? encodeMultipart(options.multipart) : undefined;
		for (;;) {
			await this.pace();
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
				requestOptions.headers = { ...requestOptions.headers, 'Content-Type': multipart.contentType };
			} else if (options.body !== undefined) {
				requestOptions.body = options.body as IDataObject;
			}

			let response: IN8nHttpFullResponse;
			this.stats.requests++;
			try {
				response = (await this.ctx.helpers.httpRequestWithAuthentication.call(
					this.ctx,
					CREDENTIAL_TYPE,
					requestOptions,
				)) as IN8nHttpFullResponse;
			} catch (error) {
				const code = this.networkCode(error);
				if (safe && failureRetries < MAX_SAFE_RETRIES && (code === undefined || NETWORK_ERROR_CODES.has(code))) {
					failureRetries++;
					this.stats.retries++;
					await sleep(backoffMs(failureRetries - 1));
					continue;
				}
				throw await this.networkError(error, code, what, safe, options);
			}

			const status = response.statusCode;
			const headers = response.headers as IDataObject;
			this.noteRateLimitHeaders(headers);

			if (status === 429) {
				this.stats.rateLimited++;
				if (rateLimitRetries < MAX_RATE_LIMIT_RETRIES) {
					rateLimitRetries++;
					this.stats.retries++;
					const asked = retryAfterMs(headers);
					// a little jitter on LeafLink's own wait keeps executions sharing the key from coming back together
					const wait = asked === undefined ? backoffMs(rateLimitRetries - 1) : asked + Math.random() * Math.min(asked / 4, 1_000);
					this.notBefore = Math.max(this.notBefore, Date.now() + wait);
					continue;
				}
			} else if (status >= 500 && safe && failureRetries < MAX_SAFE_RETRIES) {
				failureRetries++;
				this.stats.retries++;
				await sleep(retryAfterMs(headers) ?? backoffMs(failureRetries - 1));
				continue;
			}

			if (status >= 200 && status < 300) {
				return this.parseBody<T>(response, what, options);
			}
			throw await this.httpError(response, what, safe, options);
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
		const message = [String((error as Error)?.message ?? ''), ...(Array.isArray(e?.messages) ? e.messages : [])].join(' ');
		if (/timeout of \d+ ?ms exceeded|timed? ?out/i.test(message)) return 'ETIMEDOUT';
		const code = e?.errorResponse?.code ?? e?.cause?.code ?? e?.code ?? e?.context?.code;
		if (typeof code === 'string' && /^E[A-Z_]+$/.test(code)) return code;
		const match = /\b(ECONNRESET|ECONNREFUSED|ECONNABORTED|ETIMEDOUT|EPIPE|EAI_AGAIN|ENOTFOUND)\b/.exec(message);
		if (match) return match[1];
		if (/socket hang up/i.test(message)) return 'ECONNRESET';
		return undefined;
	}

	private parseBody<T>(response: IN8nHttpFullResponse, what: string, options: RequestOptions): T {
		const body = response.body as unknown;
		if (response.statusCode === 204 || body === undefined || body === '') return undefined as T;
		if (typeof body === 'string') {
			try {
				return JSON.parse(body) as T;
			} catch {
				throw new NodeApiError(
					this.ctx.getNode(),
					{ status: response.statusCode } as JsonObject,
					{
						message: `LeafLink answered ${what} with a body that is not JSON (HTTP ${response.statusCode})`,
						description:
							'The answer may come from a proxy or have been cut off. Nothing from it was used; run the step again.',
						httpCode: String(response.statusCode),
						itemIndex: options.itemIndex,
					},
				);
			}
		}
		return body as T;
	}

	private async httpError(
		response: IN8nHttpFullResponse,
		what: string,
		safe: boolean,
		options: RequestOptions,
	): Promise<NodeApiError> {
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
			message = `LeafLink's rate limit was still exceeded after ${MAX_RATE_LIMIT_RETRIES} waits: ${what} (429)`;
			description =
				'Other workflows may be using the same key. Run fewer executions at once, or try again later.';
		} else if (status >= 500) {
			message = `LeafLink failed on ${what} (HTTP ${status})`;
			description = safe
				? 'LeafLink kept failing after retries. Try again later.'
				: `The request may or may not have been applied; it was not retried, to avoid doing it twice. ${options.verifyHint ?? 'Check in LeafLink before running it again.'}`;
		} else {
			message = `LeafLink rejected ${what} (HTTP ${status})${words ? `: ${words}` : ''}`;
			description = words ? `LeafLink says: ${words}` : undefined;
		}
		const sanitizedBody =
			body && typeof body === 'object' ? JSON.parse(await this.redact(JSON.stringify(body))) : { body: words };
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
		what: string,
		safe: boolean,
		options: RequestOptions,
	): Promise<NodeApiError> {
		const timedOut = code === 'ETIMEDOUT' || code === 'ESOCKETTIMEDOUT' || code === 'ERR_SOCKET_CONNECTION_TIMEOUT';
		// n8n replaces a message that contains a raw code (ECONNRESET, ...) with its own words, losing the operation:
		// the code goes in the description only
		const reason = timedOut
			? `timed out after ${Math.round(((options.timeout ?? this.defaultTimeout) / 1000) * 10) / 10} s`
			: `failed (${NETWORK_FAILURE_WORDS[code ?? ''] ?? 'network error'})`;
		const original = await this.redact(String((error as Error)?.message ?? ''));
		const technical = code ? ` (${code})` : '';
		const description = safe
			? `LeafLink could not be reached after ${MAX_SAFE_RETRIES} retries${technical}. ${original}`.trim()
			: `The request may or may not have been applied; it was not retried, to avoid doing it twice. ${options.verifyHint ?? 'Check in LeafLink before running it again.'}`;
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
		const pageOptions = keep ? { ...options, returnAll: true, pageSize: options.pageSize ?? DEFAULT_PAGE_SIZE } : options;
		for await (const page of this.pages(path, qs, pageOptions)) {
			results.push(...(keep ? page.filter(keep) : page));
			if (!options.returnAll && results.length >= (options.limit ?? 50)) break;
		}
		return options.returnAll ? results : results.slice(0, options.limit ?? 50);
	}

	/** Yields each page's records; bare-array endpoints yield once. */
	async *pages(path: string, qs: Query, options: ListOptions): AsyncGenerator<IDataObject[]> {
		const normalized = normalizePath(path);
		const requestOptions = { operation: options.operation, itemIndex: options.itemIndex, timeout: options.timeout };
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
			offset = nextOffset ?? offset + records.length;
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
			const next = collected < wanted && records.length > 0 && page.next ? this.sameHostUrl(page.next, base) : undefined;
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
