// What the queue-mode scenarios share: the User-Agent they send, credentials for an emulator, the
// LL-Signature of a webhook delivery, simple statistics.
import { WEBHOOK_KEY_FIELD } from './cluster.mjs';

export const USER_AGENT = 'n8n-e2e-queue';

/** A LeafLink API credential (import format, plain data) pointing at emulator `emu`. */
export function emulatorCredential(emu, { id, name, webhookKey = '' }) {
	return {
		id,
		name,
		type: 'leafLinkApi',
		data: {
			environment: 'custom',
			customBaseUrl: emu.baseUrl,
			apiKey: emu.keys.app,
			keyType: 'App',
			userAgent: USER_AGENT,
			[WEBHOOK_KEY_FIELD]: webhookKey,
		},
	};
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
