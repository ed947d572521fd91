import type { IDataObject } from 'n8n-workflow';

/**
 * LeafLink's two webhook subscriptions (NEW & CHANGED ORDERS, NEW & CHANGED PRODUCTS) deliver the order or
 * product object as the REST API returns it, without naming the event. These helpers tell them apart by
 * their keys: an order is addressed by `number` (a UUID) and carries order fields; a product has an integer
 * `id` and product fields such as `sku`.
 */

export type LeafLinkEvent = 'order' | 'product';

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const ORDER_FIELDS = [
	'status',
	'short_id',
	'order_number',
	'seller',
	'buyer',
	'customer',
	'total',
	'line_items',
	'payment_term',
	'available_transitions',
	'external_id_seller',
];

const PRODUCT_FIELDS = [
	'sku',
	'listing_state',
	'inventory_management',
	'unit_of_measure',
	'wholesale_price',
	'retail_price',
	'available_inventory',
	'product_line',
	'base_units_per_unit',
	'unit_multiplier',
];

/** Keys under which a sender might wrap the record (LeafLink documents none; harmless if absent). */
const ENVELOPE_KEYS = ['data', 'object', 'order', 'product', 'payload'];

function isObject(value: unknown): value is IDataObject {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function countFields(record: IDataObject, fields: string[]): number {
	return fields.filter((f) => f in record).length;
}

/** Which kind of record this is, or undefined if it looks like neither. */
export function classifyRecord(record: IDataObject): LeafLinkEvent | undefined {
	const hasOrderNumber = typeof record.number === 'string' && UUID_RE.test(record.number.trim());
	const orderScore = countFields(record, ORDER_FIELDS);
	const hasProductId =
		typeof record.id === 'number' || (typeof record.id === 'string' && /^\d+$/.test(record.id));
	const productScore = countFields(record, PRODUCT_FIELDS);
	if (hasOrderNumber && orderScore > 0 && !('sku' in record)) return 'order';
	if (hasProductId && productScore > 0 && !hasOrderNumber) return 'product';
	return undefined;
}

export interface ClassifiedRecord {
	event: LeafLinkEvent | undefined;
	record: IDataObject;
}

/** The records of one delivery: the object itself, each element of an array, or an enveloped object. */
export function recordsOf(body: unknown): ClassifiedRecord[] {
	const candidates = Array.isArray(body) ? body : [body];
	const out: ClassifiedRecord[] = [];
	for (const candidate of candidates) {
		if (!isObject(candidate)) {
			out.push({
				event: undefined,
				record: { value: candidate as IDataObject[keyof IDataObject] },
			});
			continue;
		}
		let event = classifyRecord(candidate);
		let record = candidate;
		if (event === undefined) {
			for (const key of ENVELOPE_KEYS) {
				const inner = candidate[key];
				if (isObject(inner) && classifyRecord(inner) !== undefined) {
					event = classifyRecord(inner);
					record = inner;
					break;
				}
			}
		}
		out.push({ event, record });
	}
	return out;
}

/** Parses the raw body as JSON (UTF-8, an optional byte-order mark allowed); undefined if it is not JSON. */
export function parseJsonBody(rawBody: Buffer): { ok: true; value: unknown } | { ok: false } {
	const text = rawBody.toString('utf8').replace(/^\uFEFF/, '');
	if (text.trim() === '') return { ok: false };
	try {
		return { ok: true, value: JSON.parse(text) as unknown };
	} catch {
		// not JSON: the caller answers 400
		return { ok: false };
	}
}
