// @ts-check
'use strict';

/**
 * Fault injection: a test arms faults (`emulator.inject`) and the next matching requests are answered with them
 * instead of (or, with `applyThenFail`, after) the real handling: a status, a reset connection, a delay, a body
 * that is cut off or not JSON, a 429.
 */

/**
 * @typedef {{ method?: string, path?: RegExp | string, whenBody?: (body: any) => boolean, times?: number,
 *   fault: 'status' | 'reset' | 'delay' | 'malformed' | 'rateLimit', status?: number, body?: any,
 *   headers?: Record<string, string>, ms?: number, contentType?: string, retryAfter?: number,
 *   applyThenFail?: boolean }} FaultSpec
 * @typedef {{ res: import('http').ServerResponse, entry: { status: number },
 *   extraHeaders: Record<string, string>, send: (status: number, body?: any, headers?: Record<string, string>) => void,
 *   wait: (ms: number) => Promise<unknown>, apply: () => void, rateLimited: () => void }} FaultIo
 */

function createFaults() {
	/** @type {(FaultSpec & {remaining: number})[]} */
	let faults = [];
	return {
		/** @param {FaultSpec} spec */
		inject(spec) {
			if (!spec || !spec.fault) throw new Error('inject: fault is required');
			faults.push({ ...spec, remaining: spec.times ?? 1 });
		},
		/**
		 * The first armed fault matching the request, counted as used; `whenBody` picks one request among several sent
		 * side by side, whose order is not fixed.
		 * @param {string} method @param {string} pathname @param {string} rel @param {any} [body] the parsed request body
		 */
		take(method, pathname, rel, body) {
			for (const f of faults) {
				if (f.remaining <= 0) continue;
				if (f.method && f.method.toUpperCase() !== method) continue;
				if (f.path !== undefined) {
					const ok =
						f.path instanceof RegExp
							? f.path.test(pathname) || f.path.test(rel)
							: f.path === pathname || f.path === rel;
					if (!ok) continue;
				}
				if (f.whenBody && !f.whenBody(body)) continue;
				f.remaining--;
				faults = faults.filter((x) => x.remaining > 0);
				return f;
			}
			return null;
		},
		reset() {
			faults = [];
		},
	};
}

/**
 * Answers a request with a fault. Resolves true when the fault was the answer (or a reset left none), false when the
 * request is then to be answered normally (a delay).
 * @param {FaultSpec} fault
 * @param {FaultIo} io
 */
async function answerWithFault(fault, io) {
	const { res, entry } = io;
	/** @param {number} status @param {string} body @param {string} type */
	const writeRaw = (status, body, type) => {
		entry.status = status;
		if (res.destroyed) return;
		res.writeHead(status, {
			'Content-Type': type,
			'Content-Length': String(Buffer.byteLength(body)),
			...io.extraHeaders,
			...(fault.headers || {}),
		});
		res.end(body);
	};
	if (fault.applyThenFail && fault.fault !== 'delay') {
		try {
			io.apply();
		} catch {
			/* the answer is lost anyway */
		}
	}
	switch (fault.fault) {
		case 'reset':
			entry.status = 0;
			res.socket?.destroy();
			res.destroy();
			return true;
		case 'delay':
			await io.wait(fault.ms ?? 1000);
			return false; // then answered normally (the change is applied once, by the handler)
		case 'status': {
			const status = fault.status ?? 503;
			const body =
				fault.body !== undefined
					? fault.body
					: {
							detail:
								status >= 500
									? 'Service temporarily unavailable, try again later.'
									: `Injected ${status}.`,
						};
			if (typeof body === 'string') writeRaw(status, body, fault.contentType || 'text/html');
			else io.send(status, body, fault.headers || {});
			return true;
		}
		case 'rateLimit': {
			io.rateLimited();
			const ra = fault.retryAfter ?? 1;
			io.send(
				429,
				{
					detail: `Request was throttled. Expected available in ${Math.max(1, Math.ceil(ra))} seconds.`,
				},
				{ 'Retry-After': String(ra), ...(fault.headers || {}) },
			);
			return true;
		}
		case 'malformed': {
			const body =
				fault.body !== undefined
					? String(fault.body)
					: '{"count": 12, "next": null, "results": [{"number": "5b0f3e8a-';
			writeRaw(
				fault.status ?? 200,
				body,
				fault.contentType || (body.trim().startsWith('<') ? 'text/html' : 'application/json'),
			);
			return true;
		}
		default:
			return false;
	}
}

module.exports = { createFaults, answerWithFault };
