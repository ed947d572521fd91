// @ts-check
'use strict';

/**
 * LeafLink's authentication (`Authorization: App <key>` or `Token <key>`, DRF's words when it fails) and its rate
 * limit per key owner, with the RateLimit-* headers and Retry-After LeafLink sends.
 */

/** @typedef {{ perMinute?: number, burstPerMinute?: number, timeScale?: number }} RateLimitOptions */

/**
 * @param {{ app: string, token: string, readOnly: string }} keys
 * @param {false | RateLimitOptions} rateLimit
 */
function createAuth(keys, rateLimit) {
	/** @type {Set<string>} */
	const revoked = new Set();
	/** @type {Map<string, {tokens: number, last: number}>} */
	const buckets = new Map();

	/**
	 * @param {string | undefined} header
	 * @returns {{ ok: true, key: string, scheme: string, readOnly: boolean } | { ok: false, scheme: string | null, detail: string }}
	 */
	function authenticate(header) {
		if (!header)
			return { ok: false, scheme: null, detail: 'Authentication credentials were not provided.' };
		const m = /^(App|Token)( +)(.*)$/.exec(header);
		if (!m) {
			const word = /^(\S+)/.exec(header);
			return {
				ok: false,
				scheme: word ? word[1] : null,
				detail: 'Authentication credentials were not provided.',
			};
		}
		const [, scheme, spaces, key] = m;
		if (spaces.length !== 1 || /\s/.test(key) || !key) {
			return {
				ok: false,
				scheme,
				detail: key
					? 'Invalid token header. Token string should not contain spaces.'
					: 'Invalid token header. No credentials provided.',
			};
		}
		if (revoked.has(key)) return { ok: false, scheme, detail: 'Invalid token.' };
		if (key === keys.app && scheme === 'App') return { ok: true, key, scheme, readOnly: false };
		if (key === keys.token && scheme === 'Token') return { ok: true, key, scheme, readOnly: false };
		if (key === keys.readOnly) return { ok: true, key, scheme, readOnly: true };
		return { ok: false, scheme, detail: 'Invalid token.' };
	}

	/**
	 * Rate-limit model (per key owner): a token bucket of capacity `burstPerMinute - perMinute`
	 * (at least 1), starting full, refilled continuously at `perMinute / 60` tokens per second.
	 * Sustained throughput is therefore `perMinute`, and no rolling minute can exceed
	 * `(burst - perMinute) + perMinute = burstPerMinute` requests. `timeScale` speeds time up:
	 * with timeScale 60 a "minute" lasts one real second (refill x60, all reported seconds /60).
	 * Headers: RateLimit-Limit = bucket capacity, RateLimit-Remaining = whole tokens left,
	 * RateLimit-Reset = real seconds until the bucket is full again; Retry-After on 429 = real
	 * seconds until one token is available (fractional when timeScale > 1).
	 * @param {string} key
	 */
	function rateCheck(key) {
		const rl = /** @type {RateLimitOptions} */ (rateLimit);
		const perMinute = rl.perMinute ?? 300;
		const burst = rl.burstPerMinute ?? 1000;
		const scale = rl.timeScale ?? 1;
		const capacity = Math.max(1, burst - perMinute);
		const ratePerMs = (perMinute / 60 / 1000) * scale;
		const now = Date.now();
		let b = buckets.get(key);
		if (!b) buckets.set(key, (b = { tokens: capacity, last: now }));
		b.tokens = Math.min(capacity, b.tokens + (now - b.last) * ratePerMs);
		b.last = now;
		/** @param {number} secs */
		const fmt = (secs) =>
			scale === 1 ? String(Math.ceil(secs)) : String(Math.ceil(secs * 1000) / 1000);
		let allowed = false;
		if (b.tokens >= 1) {
			b.tokens -= 1;
			allowed = true;
		}
		const headers = {
			'RateLimit-Limit': String(capacity),
			'RateLimit-Remaining': String(Math.floor(b.tokens)),
			'RateLimit-Reset': fmt((capacity - b.tokens) / ratePerMs / 1000),
		};
		if (allowed) return { allowed, headers };
		const wait = (1 - b.tokens) / ratePerMs / 1000;
		return { allowed, headers: { ...headers, 'Retry-After': fmt(wait) }, waitSeconds: wait };
	}

	return {
		authenticate,
		rateCheck,
		/** @param {string} key */
		revoke: (key) => revoked.add(key),
		reset() {
			revoked.clear();
			buckets.clear();
		},
	};
}

module.exports = { createAuth };
