// What the queue-mode scenarios share: the User-Agent they send, credentials for an emulator, the
// LL-Signature of a webhook delivery, simple statistics.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export const USER_AGENT = 'n8n-e2e-queue';

/**
 * A LeafLink API credential (import format, plain data) pointing at emulator `emu`. Every field is checked
 * against the built credential's properties: n8n ignores a field it does not know, so a renamed field would
 * otherwise leave the credential without its Webhook Key and the webhook scenario without signatures.
 */
export function emulatorCredential(emu, { id, name, webhookKey = '' }) {
	const data = {
		environment: 'custom',
		customBaseUrl: emu.baseUrl,
		apiKey: emu.keys.app,
		keyType: 'App',
		userAgent: USER_AGENT,
		webhookSecret: webhookKey,
	};
	const { LeafLinkApi } = require('../../../dist/credentials/LeafLinkApi.credentials.js');
	const known = new Set(new LeafLinkApi().properties.map((p) => p.name));
	const unknown = Object.keys(data).filter((field) => !known.has(field));
	if (unknown.length)
		throw new Error(
			`the LeafLink API credential has no field ${unknown.join(', ')}: rename it here`,
		);
	return { id, name, type: 'leafLinkApi', data };
}

/** LeafLink's LL-Signature of a delivery (base64 HMAC-SHA256 of the raw body): the single-process suite's helper. */
export { sign } from '../trigger.scenario.mjs';

/** The q-quantile (0..1) of a list of numbers (nearest rank). */
export function quantile(values, q) {
	if (!values.length) return NaN;
	const sorted = [...values].sort((a, b) => a - b);
	return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
}

/** How many of each value: `{ value: count }`. */
export function countBy(values) {
	const out = {};
	for (const v of values) out[v] = (out[v] ?? 0) + 1;
	return out;
}
