import { createHmac, timingSafeEqual } from 'crypto';

/**
 * LeafLink signs each webhook delivery: header `LL-Signature` carries the base64 HMAC-SHA256 of the raw
 * request body, keyed with the company's Webhook Key. The check runs over the bytes exactly as received,
 * before anything parses them, and compares in constant time.
 */

export const SIGNATURE_HEADER = 'll-signature';

/** An HMAC-SHA256 digest is 32 bytes: 44 characters of padded base64. */
const DIGEST_BYTES = 32;

const BASE64_PATTERN = /^[A-Za-z0-9+/]{43}=$/;

export type SignatureCheck = 'valid' | 'missing' | 'malformed' | 'invalid';

/** The signature LeafLink would send for this body. */
export function signBody(rawBody: Buffer | string, webhookKey: string): string {
	return createHmac('sha256', webhookKey).update(rawBody).digest('base64');
}

/** The header's value, whatever case or repetition the HTTP stack gave it. */
export function signatureHeader(headers: Record<string, unknown> | undefined): string | undefined {
	if (!headers) return undefined;
	const key = Object.keys(headers).find((k) => k.toLowerCase() === SIGNATURE_HEADER);
	if (key === undefined) return undefined;
	const value = headers[key];
	const first = Array.isArray(value) ? value[0] : value;
	return typeof first === 'string' ? first : undefined;
}

/**
 * Checks a delivery's signature. `missing`: no header or an empty one; `malformed`: not the base64 of a
 * 32-byte digest; `invalid`: well-formed but not made with this key over these bytes.
 */
export function verifySignature(
	rawBody: Buffer,
	header: string | undefined,
	webhookKey: string,
): SignatureCheck {
	const given = header?.trim();
	if (!given) return 'missing';
	if (!BASE64_PATTERN.test(given)) return 'malformed';
	const givenBytes = Buffer.from(given, 'base64');
	if (givenBytes.length !== DIGEST_BYTES) return 'malformed';
	const expected = createHmac('sha256', webhookKey).update(rawBody).digest();
	return timingSafeEqual(expected, givenBytes) ? 'valid' : 'invalid';
}
