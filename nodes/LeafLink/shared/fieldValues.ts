import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import type { FieldSpec } from './fields';
import { externalIdPairs } from './externalIds';
import { currencyOf, twoDecimalText } from './money';
import {
	fail,
	isBlank,
	toBoolean,
	toChoice,
	toDateTime,
	toEach,
	toFieldText,
	toId,
	toIsoDate,
	toJson,
	toList,
	toNumber,
	toWholeNumber,
} from './validators';

/** A FieldSpec table's values turned into a request body: each value validated by its field's kind and rule. */

const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const URL_RE = /^https?:\/\/\S+$/i;

/** What a value is read with besides its field: the form's currency, and a prefix for errors (e.g. "Line Item 2: "). */
export interface FieldContext {
	currency?: string;
	labelPrefix?: string;
}

/**
 * One value as the API expects it, or a NodeOperationError naming the field; undefined when the field holds
 * nothing to send (an empty multi-select, an External IDs editor without pairs).
 */
export function fieldValue(
	ctx: IExecuteFunctions,
	itemIndex: number,
	spec: FieldSpec,
	raw: unknown,
	context: FieldContext = {},
): IDataObject[string] | undefined {
	const label = `${context.labelPrefix ?? ''}${spec.displayName}`;
	const value = kindValue(ctx, itemIndex, spec, raw, label, context);
	const problem = value === undefined ? undefined : spec.check?.(value, label);
	if (problem) fail(ctx, itemIndex, problem.message, problem.hint);
	return value;
}

function kindValue(
	ctx: IExecuteFunctions,
	itemIndex: number,
	spec: FieldSpec,
	raw: unknown,
	label: string,
	context: FieldContext,
): IDataObject[string] | undefined {
	const range = { min: spec.min, max: spec.max };
	switch (spec.kind) {
		case 'id':
		case 'dropdown': {
			const id = toId(ctx, itemIndex, raw, label);
			return spec.asObjects ? { id } : id;
		}
		case 'idList': {
			const ids = toList(raw).map((v) => toId(ctx, itemIndex, v, label));
			if (ids.length === 0)
				fail(ctx, itemIndex, `${label} is empty`, 'Give one or more IDs, separated by commas.');
			return spec.asObjects ? ids.map((id) => ({ id })) : ids;
		}
		case 'dropdownList': {
			const ids = toEach(ctx, itemIndex, raw, label, (v) => toId(ctx, itemIndex, v, label));
			return ids.length ? [...new Set(ids)] : undefined;
		}
		case 'integer':
			return toWholeNumber(ctx, itemIndex, raw, label, range);
		case 'number':
			return toNumber(ctx, itemIndex, raw, label, range);
		case 'decimal':
		case 'quantity':
			return String(toNumber(ctx, itemIndex, raw, label, range));
		case 'money': {
			const amount = toNumber(ctx, itemIndex, raw, label, { min: spec.min ?? 0, max: spec.max });
			return {
				amount: spec.twoDecimals ? twoDecimalText(amount) : String(amount),
				currency: context.currency ?? 'USD',
			};
		}
		case 'currency':
			return currencyOf(ctx, itemIndex, raw);
		case 'boolean':
			return toBoolean(ctx, itemIndex, raw, label);
		case 'date':
			return toIsoDate(ctx, itemIndex, raw, label);
		case 'dateTime':
			return toDateTime(ctx, itemIndex, raw, label);
		case 'options':
			return toChoice(ctx, itemIndex, raw, label, spec.options ?? []);
		case 'json': {
			const value = toJson(ctx, itemIndex, raw, label);
			if (value === null || typeof value !== 'object' || Array.isArray(value))
				fail(ctx, itemIndex, `${label} must be a JSON object`);
			return value;
		}
		case 'jsonList': {
			const items = toJson(ctx, itemIndex, raw, label);
			if (!Array.isArray(items)) fail(ctx, itemIndex, `${label} must be a JSON array of objects`);
			(items as unknown[]).forEach((item, i) => {
				if (item === null || typeof item !== 'object' || Array.isArray(item))
					fail(ctx, itemIndex, `${label}: item ${i + 1} must be a JSON object`);
			});
			return items as IDataObject[];
		}
		case 'externalIds': {
			const pairs = ((raw as IDataObject | undefined)?.pair ?? []) as IDataObject[];
			return pairs.length ? externalIdPairs(ctx, itemIndex, pairs) : undefined;
		}
		default: {
			// a long-text field set to nothing clears it; any other blank (or an expression giving nothing) is an error
			if (spec.kind === 'text' && raw === '') return '';
			const text = toFieldText(ctx, itemIndex, raw, label, spec.maxLength);
			if (spec.kind === 'email' && !EMAIL_RE.test(text))
				fail(ctx, itemIndex, `${label} is not an email address: "${text}"`);
			if (spec.kind === 'url' && !URL_RE.test(text))
				fail(
					ctx,
					itemIndex,
					`${label} is not a URL: "${text}"`,
					'Give a full address such as https://example.com.',
				);
			return text;
		}
	}
}

/** The currency the table's money fields are in: its 'currency' field's value, USD when it has none or none was given. */
export function formCurrency(
	ctx: IExecuteFunctions,
	itemIndex: number,
	specs: FieldSpec[],
	values: IDataObject,
): string {
	const field = specs.find((s) => s.kind === 'currency');
	return currencyOf(ctx, itemIndex, field ? values[field.name] : undefined);
}

/** Puts a value under a key, or under a dotted path into nested objects (selected_payment_option.payment_term_id). */
function put(body: IDataObject, path: string, value: IDataObject[string]): void {
	const keys = path.split('.');
	let at = body;
	for (const key of keys.slice(0, -1)) {
		if (at[key] === undefined) at[key] = {};
		at = at[key] as IDataObject;
	}
	at[keys[keys.length - 1]] = value;
}

/**
 * The body for the fields the user set. A field the user added is sent (or rejected with a clear error); a field
 * not added is not sent. Blank text in an added field is an error rather than silently dropped. A 'currency' field
 * is not sent itself: it is the currency of the table's money fields (`context.currency` overrides it).
 */
export function buildBody(
	ctx: IExecuteFunctions,
	itemIndex: number,
	specs: FieldSpec[],
	values: IDataObject,
	context: FieldContext = {},
): IDataObject {
	const body: IDataObject = {};
	const known = new Map(specs.map((s) => [s.name, s]));
	const currency = context.currency ?? formCurrency(ctx, itemIndex, specs, values);
	for (const [name, raw] of Object.entries(values)) {
		const spec = known.get(name);
		if (!spec) fail(ctx, itemIndex, `Unknown field "${name}"`);
		if (raw === undefined || spec.kind === 'currency') continue;
		const value = fieldValue(ctx, itemIndex, spec, raw, { ...context, currency });
		if (value !== undefined) put(body, spec.sendAs ?? name, value);
	}
	return body;
}

/** A required top-level parameter read and validated as its field kind. */
export function requiredField(
	ctx: IExecuteFunctions,
	itemIndex: number,
	spec: FieldSpec,
	context: FieldContext = {},
): IDataObject[string] {
	const missing = () =>
		fail(
			ctx,
			itemIndex,
			`${spec.displayName} is required`,
			`Give a value for "${spec.displayName}".`,
		);
	const raw = ctx.getNodeParameter(spec.name, itemIndex, undefined) as unknown;
	// an ID's editor shows 0 until one is given
	const unsetId = (spec.kind === 'id' || spec.kind === 'dropdown') && (raw === 0 || raw === '0');
	if (isBlank(raw) || unsetId) missing();
	return fieldValue(ctx, itemIndex, spec, raw, context) ?? missing();
}

/** The body of a table of required top-level parameters: each read with requiredField, put where its field goes. */
export function requiredBody(
	ctx: IExecuteFunctions,
	itemIndex: number,
	specs: FieldSpec[],
	context: FieldContext = {},
): IDataObject {
	const body: IDataObject = {};
	for (const spec of specs)
		put(body, spec.sendAs ?? spec.name, requiredField(ctx, itemIndex, spec, context));
	return body;
}
