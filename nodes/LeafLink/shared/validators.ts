import type { IExecuteFunctions, INodePropertyOptions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

/** What a validator needs of n8n's context: the node, to name it in an error (a run's or a poll's context). */
export type NodeContext = Pick<IExecuteFunctions, 'getNode'>;

/**
 * The one set of value validators: each reads what the user gave (typed, or from an expression) and answers the value
 * LeafLink expects, or throws one clear error that names the field and says what is expected. Every check runs
 * before any request is sent.
 */

export function fail(
	ctx: NodeContext,
	itemIndex: number,
	message: string,
	description?: string,
): never {
	throw new NodeOperationError(ctx.getNode(), message, { itemIndex, description });
}

/** An expression that resolved to nothing is a missing value, never the text "undefined". */
export function isBlank(value: unknown): boolean {
	return (
		value === undefined ||
		value === null ||
		(typeof value === 'string' &&
			(value.trim() === '' || value.trim() === 'undefined' || value.trim() === 'null'))
	);
}

/**
 * What an expression gave when it is not a single value: "an object" or "a list" (undefined for text, numbers,
 * booleans and nothing). An object or list is never turned into text ("[object Object]") behind the user's back.
 */
export function kindOf(value: unknown): string | undefined {
	if (value === null || value === undefined) return undefined;
	if (Array.isArray(value)) return 'a list';
	if (typeof value === 'object') return 'an object';
	return undefined;
}

const PICK_ONE =
	'The expression gives more than one value; pick the one you mean, e.g. {{ $json.name }} rather than {{ $json }}.';

/** Refuses an object or a list where one value is expected. */
export function single(
	ctx: NodeContext,
	itemIndex: number,
	value: unknown,
	label: string,
	expected: string,
): void {
	const kind = kindOf(value);
	if (kind) fail(ctx, itemIndex, `${label} must be ${expected}, not ${kind}`, PICK_ONE);
}

/** One line of text: trimmed; an object or a list is refused. */
export function toText(ctx: NodeContext, itemIndex: number, value: unknown, label: string): string {
	single(ctx, itemIndex, value, label, 'text');
	return String(value).trim();
}

/** Text a user added to a field: blank is an error (remove the field instead), and at most `maxLength` characters. */
export function toFieldText(
	ctx: NodeContext,
	itemIndex: number,
	value: unknown,
	label: string,
	maxLength?: number,
): string {
	if (isBlank(value))
		fail(ctx, itemIndex, `${label} is empty`, `Give a value for "${label}", or remove the field.`);
	const text = toText(ctx, itemIndex, value, label);
	if (maxLength !== undefined && text.length > maxLength)
		fail(
			ctx,
			itemIndex,
			`${label} is ${text.length} characters; LeafLink allows at most ${maxLength}`,
		);
	return text;
}

/** true or false (the words too, as an expression may give them). */
export function toBoolean(
	ctx: NodeContext,
	itemIndex: number,
	value: unknown,
	label: string,
): boolean {
	if (typeof value === 'boolean') return value;
	if (value === 'true' || value === 'false') return value === 'true';
	return fail(
		ctx,
		itemIndex,
		`${label} must be true or false, not ${kindOf(value) ?? `"${String(value)}"`}`,
	);
}

export function requiredString(
	ctx: IExecuteFunctions,
	itemIndex: number,
	name: string,
	label: string,
): string {
	const value = ctx.getNodeParameter(name, itemIndex, '') as unknown;
	if (isBlank(value)) fail(ctx, itemIndex, `${label} is required`, `Give a value for "${label}".`);
	return toText(ctx, itemIndex, value, label);
}

export function optionalString(
	ctx: IExecuteFunctions,
	itemIndex: number,
	name: string,
	label = name,
): string | undefined {
	const value = ctx.getNodeParameter(name, itemIndex, '') as unknown;
	return isBlank(value) ? undefined : toText(ctx, itemIndex, value, label);
}

/** A positive whole number ID (LeafLink's integer keys). */
export function toId(ctx: NodeContext, itemIndex: number, value: unknown, label: string): number {
	single(ctx, itemIndex, value, label, 'a numeric LeafLink ID');
	if (isBlank(value))
		fail(ctx, itemIndex, `${label} is required`, `Give the numeric LeafLink ID for "${label}".`);
	const text = String(value).trim();
	if (!/^\d+$/.test(text) || Number(text) <= 0) {
		fail(
			ctx,
			itemIndex,
			`${label} must be a numeric LeafLink ID, not "${text}"`,
			'LeafLink IDs are whole numbers such as 1042.',
		);
	}
	return Number(text);
}

export function optionalId(
	ctx: NodeContext,
	itemIndex: number,
	value: unknown,
	label: string,
): number | undefined {
	return isBlank(value) ? undefined : toId(ctx, itemIndex, value, label);
}

export function toNumber(
	ctx: NodeContext,
	itemIndex: number,
	value: unknown,
	label: string,
	range: { min?: number; max?: number } = {},
): number {
	single(ctx, itemIndex, value, label, 'a number');
	if (isBlank(value)) fail(ctx, itemIndex, `${label} is required`);
	if (typeof value === 'boolean')
		fail(ctx, itemIndex, `${label} must be a number, not ${String(value)}`);
	const n = typeof value === 'number' ? value : Number(String(value).trim());
	if (!Number.isFinite(n))
		fail(ctx, itemIndex, `${label} must be a number, not "${String(value)}"`);
	if (range.min !== undefined && n < range.min)
		fail(ctx, itemIndex, `${label} must be at least ${range.min}, not ${n}`);
	if (range.max !== undefined && n > range.max)
		fail(ctx, itemIndex, `${label} must be at most ${range.max}, not ${n}`);
	return n;
}

/** A whole number within the range. */
export function toWholeNumber(
	ctx: NodeContext,
	itemIndex: number,
	value: unknown,
	label: string,
	range: { min?: number; max?: number } = {},
): number {
	const n = toNumber(ctx, itemIndex, value, label, range);
	if (!Number.isInteger(n)) fail(ctx, itemIndex, `${label} must be a whole number, not ${n}`);
	return n;
}

/** LeafLink writes money and quantities as decimal strings ("12.50"). */
export function toDecimalString(
	ctx: NodeContext,
	itemIndex: number,
	value: unknown,
	label: string,
	min?: number,
): string {
	return String(toNumber(ctx, itemIndex, value, label, { min }));
}

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function toUuid(ctx: NodeContext, itemIndex: number, value: unknown, label: string): string {
	single(ctx, itemIndex, value, label, 'a LeafLink number (a UUID)');
	if (isBlank(value)) fail(ctx, itemIndex, `${label} is required`);
	const text = String(value).trim();
	if (!UUID_RE.test(text)) {
		// "Order" reads "a LeafLink order number"; "Order Number" must not read "order number number"
		const what = /\bnumber$/i.test(label) ? label.toLowerCase() : `${label.toLowerCase()} number`;
		fail(
			ctx,
			itemIndex,
			`${label} must be a LeafLink ${what} (a UUID), not "${text}"`,
			'LeafLink numbers look like 3f0e2b1c-8a4d-4e6f-9b2a-1c2d3e4f5a6b.',
		);
	}
	return text.toLowerCase();
}

const ISO_DATE_RE =
	/^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/i;

/** A date or date-time the user typed or an expression gave (a Date or a Luxon DateTime like $now); answers ISO 8601. */
export function toIsoDateTime(
	ctx: NodeContext,
	itemIndex: number,
	value: unknown,
	label: string,
): string {
	if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString();
	const maybeLuxon = value as { isValid?: boolean; toISO?: () => string } | null;
	if (
		maybeLuxon &&
		typeof maybeLuxon === 'object' &&
		typeof maybeLuxon.toISO === 'function' &&
		maybeLuxon.isValid
	) {
		return maybeLuxon.toISO();
	}
	const text = String(value ?? '').trim();
	if (!ISO_DATE_RE.test(text) || Number.isNaN(Date.parse(text.replace(' ', 'T')))) {
		fail(
			ctx,
			itemIndex,
			`${label} is not a date: "${text}"`,
			'Use an ISO 8601 date such as 2024-05-01 or 2024-05-01T17:00:00Z.',
		);
	}
	return text.replace(' ', 'T');
}

export function toIsoDate(
	ctx: NodeContext,
	itemIndex: number,
	value: unknown,
	label: string,
): string {
	const iso = toIsoDateTime(ctx, itemIndex, value, label);
	return iso.slice(0, 10);
}

/** A date-time as the spec's `date-time` format wants it: a bare date becomes midnight UTC of that day. */
export function toDateTime(
	ctx: NodeContext,
	itemIndex: number,
	raw: unknown,
	label: string,
): string {
	const iso = toIsoDateTime(ctx, itemIndex, raw, label);
	return /^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T00:00:00Z` : iso;
}

/** A JSON field: an object given by an expression, or text to parse. */
export function toJson(
	ctx: NodeContext,
	itemIndex: number,
	value: unknown,
	label: string,
): unknown {
	if (typeof value !== 'string') return value;
	try {
		return JSON.parse(value);
	} catch (error) {
		return fail(
			ctx,
			itemIndex,
			`${label} is not valid JSON`,
			`${(error as Error).message}. Check the quotes and commas.`,
		);
	}
}

/** Comma-or-list text ("a, b" or an array from an expression) as a clean list. */
export function toList(value: unknown): string[] {
	if (isBlank(value)) return [];
	const raw = Array.isArray(value) ? value : String(value).split(',');
	return raw.map((v) => String(v).trim()).filter((v) => v !== '');
}

/** The allowed values of a fixed-choice field, for an error: `Draft, Submitted` or `Percent (%) (%), Amount ($) ($)`. */
function allowedText(choices: INodePropertyOptions[]): string {
	return choices
		.map((c) => (String(c.value) === c.name ? c.name : `${c.name} (${String(c.value)})`))
		.join(', ');
}

/**
 * A fixed choice, forgiving in what it takes and strict in what it answers: LeafLink's value or the choice's display
 * name, in any case, becomes LeafLink's value. Anything else is refused, naming the field and the allowed values.
 */
export function toChoice(
	ctx: NodeContext,
	itemIndex: number,
	value: unknown,
	label: string,
	choices: INodePropertyOptions[],
): string | number | boolean {
	single(ctx, itemIndex, value, label, 'one of its choices');
	const given = String(value).trim();
	const wanted = given.toLowerCase();
	const match =
		choices.find((c) => String(c.value) === given) ??
		choices.find((c) => String(c.value).toLowerCase() === wanted) ??
		choices.find((c) => c.name.toLowerCase() === wanted);
	if (!match)
		fail(
			ctx,
			itemIndex,
			`${label} must be one of ${allowedText(choices)}, not "${given}"`,
			`Choose one of: ${allowedText(choices)}.`,
		);
	return match.value;
}

/** Several values: a list from an expression or a comma-separated text, each one as `each` reads it. */
export function toEach<T>(
	ctx: NodeContext,
	itemIndex: number,
	value: unknown,
	label: string,
	each: (item: unknown) => T,
): T[] {
	if (isBlank(value)) return [];
	if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
		fail(
			ctx,
			itemIndex,
			`${label} must be a list or comma-separated text, not an object`,
			PICK_ONE,
		);
	}
	const items = Array.isArray(value) ? value : String(value).split(',');
	return items
		.filter((item) => !(typeof item === 'string' && item.trim() === ''))
		.map((item) => {
			single(ctx, itemIndex, item, label, 'a list of single values');
			return each(item);
		});
}
