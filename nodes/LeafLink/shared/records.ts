import type { IDataObject, IExecuteFunctions, INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import type { LeafLinkClient, Query } from '../transport';
import type { OperationModule } from './types';
import { getListFromParameters, listFields, simplifyField, toList } from './descriptions';
import {
	fail,
	isBlank,
	locatorValue,
	toId,
	toIsoDate,
	toIsoDateTime,
	toJson,
	toNumber,
} from './params';

/**
 * Building blocks for the many plain LeafLink records (contacts, statuses, promo codes, ...): a resource locator
 * for an integer ID, Get / Delete / Get Many operation factories, and one table-driven body builder so every
 * Create and Update validates its fields the same way before anything is sent.
 */

// ---------- resource locator ----------

export interface IdLocatorOptions {
	/** parameter name, e.g. 'contactId' */
	name: string;
	/** e.g. 'Contact' */
	displayName: string;
	description?: string;
	/** listSearch method for the "From List" mode; without it the locator has the ID mode only */
	searchListMethod?: string;
	/** regex (one capture group: the ID) for a "By URL" mode */
	urlRegex?: string;
	urlPlaceholder?: string;
	/** "e.g. 501" */
	placeholder?: string;
}

export function idLocator(options: IdLocatorOptions): INodeProperties {
	const { searchListMethod, urlRegex } = options;
	return {
		displayName: options.displayName,
		name: options.name,
		type: 'resourceLocator',
		default: { mode: searchListMethod ? 'list' : 'id', value: '' },
		required: true,
		description: options.description ?? `The ${options.displayName.toLowerCase()}, by its LeafLink ID`,
		modes: [
			...(searchListMethod
				? [
						{
							displayName: 'From List',
							name: 'list',
							type: 'list' as const,
							placeholder: `Select a ${options.displayName.toLowerCase()}...`,
							typeOptions: { searchListMethod, searchable: true },
						},
					]
				: []),
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: options.placeholder ?? 'e.g. 1042',
				validation: [{ type: 'regex', properties: { regex: '^\\s*\\d+\\s*$', errorMessage: 'A LeafLink ID is a whole number' } }],
			},
			...(urlRegex
				? [
						{
							displayName: 'By URL',
							name: 'url',
							type: 'string' as const,
							placeholder: options.urlPlaceholder ?? 'e.g. https://app.leaflink.com/...',
							extractValue: { type: 'regex' as const, regex: urlRegex },
							validation: [
								{
									type: 'regex' as const,
									properties: { regex: `^https?://.*${urlRegex}.*`, errorMessage: `Not a LeafLink ${options.displayName.toLowerCase()} URL` },
								},
							],
						},
					]
				: []),
		],
	};
}

/** The integer ID a locator holds, validated. */
export function locatorId(ctx: IExecuteFunctions, itemIndex: number, locator: INodeProperties): number {
	return toId(ctx, itemIndex, locatorValue(ctx, itemIndex, locator.name), locator.displayName);
}

// ---------- operation factories ----------

export interface RecordTarget {
	locator: INodeProperties;
	/** collection path, e.g. '/contacts/' */
	path: string;
	/** e.g. 'contact' */
	label: string;
	/** how the record is keyed when it is not an integer ID (e.g. report numbers) */
	key?(ctx: IExecuteFunctions, itemIndex: number): string | number;
	simplify?(record: IDataObject): IDataObject;
}

export function recordKey(ctx: IExecuteFunctions, itemIndex: number, target: RecordTarget): string | number {
	return target.key ? target.key(ctx, itemIndex) : locatorId(ctx, itemIndex, target.locator);
}

export function article(label: string): string {
	return /^[aeiou]/i.test(label) ? `an ${label}` : `a ${label}`;
}

/** Get one record by its key. */
export function getRecordOperation(target: RecordTarget, extra: INodeProperties[] = [], query?: (ctx: IExecuteFunctions, itemIndex: number) => Query): OperationModule {
	return {
		description: [target.locator, ...extra, ...(target.simplify ? [simplifyField] : [])],
		async execute(this: IExecuteFunctions, client: LeafLinkClient, itemIndex: number) {
			const key = recordKey(this, itemIndex, target);
			const qs = query ? query(this, itemIndex) : undefined;
			const record = await client.request<IDataObject>('GET', `${target.path}${key}/`, {
				qs,
				operation: `Get ${article(target.label)}`,
				itemIndex,
			});
			const simplify = target.simplify ? (this.getNodeParameter('simplify', itemIndex, true) as boolean) : false;
			return simplify && target.simplify ? target.simplify(record) : record;
		},
	};
}

/**
 * Delete one record. LeafLink answers 204 for a hard delete (we answer `{id, deleted: true}`) or 200 with the record
 * for a soft delete (archive), which is passed through.
 */
export function deleteRecordOperation(target: RecordTarget, notice?: string): OperationModule {
	const description: INodeProperties[] = [];
	if (notice) description.push({ displayName: notice, name: 'deleteNotice', type: 'notice', default: '' });
	description.push(target.locator);
	return {
		description,
		async execute(this: IExecuteFunctions, client: LeafLinkClient, itemIndex: number) {
			const key = recordKey(this, itemIndex, target);
			const answer = await client.request<IDataObject | undefined>('DELETE', `${target.path}${key}/`, {
				operation: `Delete ${article(target.label)}`,
				itemIndex,
			});
			return answer && typeof answer === 'object' ? answer : { id: key, deleted: true };
		},
	};
}

export interface ListTarget {
	path: string;
	/** plural, e.g. 'contacts' */
	label: string;
	/** the filters (and options) collections, shown after Return All / Limit */
	fields?: INodeProperties[];
	query?(ctx: IExecuteFunctions, itemIndex: number): Query;
	simplify?(record: IDataObject): IDataObject;
	/** fields shown before Return All (e.g. a mode switch) */
	before?: INodeProperties[];
}

export function listRecordsOperation(target: ListTarget): OperationModule {
	return {
		description: [...(target.before ?? []), ...listFields(target.label), ...(target.fields ?? []), ...(target.simplify ? [simplifyField] : [])],
		async execute(this: IExecuteFunctions, client: LeafLinkClient, itemIndex: number) {
			const qs = target.query ? target.query(this, itemIndex) : {};
			const records = await getListFromParameters(this, client, itemIndex, target.path, qs, `Get many ${target.label}`);
			const simplify = target.simplify ? (this.getNodeParameter('simplify', itemIndex, true) as boolean) : false;
			return simplify && target.simplify ? records.map((r) => target.simplify!(r)) : records;
		},
	};
}

// ---------- fields and bodies ----------

export type FieldKind =
	| 'string'
	| 'text'
	| 'email'
	| 'url'
	| 'id'
	| 'idList'
	| 'integer'
	| 'decimal'
	| 'money'
	| 'boolean'
	| 'date'
	| 'dateTime'
	| 'options'
	| 'json';

export interface FieldSpec {
	/** the API's field name, also the parameter name */
	name: string;
	displayName: string;
	kind: FieldKind;
	description?: string;
	maxLength?: number;
	min?: number;
	max?: number;
	options?: INodePropertyOptions[];
	placeholder?: string;
	default?: unknown;
}

/** One n8n property for a field, as used in Additional Fields / Update Fields or at the top level. */
export function fieldProperty(spec: FieldSpec, required = false): INodeProperties {
	const base = {
		displayName: spec.displayName,
		name: spec.name,
		description: spec.description,
		...(required ? { required: true } : {}),
		...(spec.placeholder ? { placeholder: spec.placeholder } : {}),
	};
	switch (spec.kind) {
		case 'text':
			return { ...base, type: 'string', typeOptions: { rows: 3 }, default: spec.default ?? '' } as INodeProperties;
		case 'id':
			return { ...base, type: 'number', typeOptions: { minValue: 1 }, default: spec.default ?? 0 } as INodeProperties;
		case 'integer':
			return { ...base, type: 'number', typeOptions: { minValue: spec.min, maxValue: spec.max }, default: spec.default ?? spec.min ?? 0 } as INodeProperties;
		case 'decimal':
		case 'money':
			return { ...base, type: 'number', typeOptions: { minValue: spec.min, maxValue: spec.max, numberPrecision: 2 }, default: spec.default ?? 0 } as INodeProperties;
		case 'boolean':
			return { ...base, type: 'boolean', default: spec.default ?? false } as INodeProperties;
		case 'date':
		case 'dateTime':
			return { ...base, type: 'dateTime', default: spec.default ?? '' } as INodeProperties;
		case 'options':
			return { ...base, type: 'options', options: spec.options ?? [], default: spec.default ?? spec.options?.[0]?.value ?? '' } as INodeProperties;
		case 'json':
			return { ...base, type: 'json', default: spec.default ?? '{}' } as INodeProperties;
		default:
			return { ...base, type: 'string', default: spec.default ?? '' } as INodeProperties;
	}
}

export function fieldProperties(specs: FieldSpec[]): INodeProperties[] {
	return specs.map((s) => fieldProperty(s)).sort((a, b) => a.displayName.localeCompare(b.displayName));
}

const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const URL_RE = /^https?:\/\/\S+$/i;

/** A date-time as the spec's `date-time` format wants it: a bare date becomes midnight UTC of that day. */
export function toDateTime(ctx: IExecuteFunctions, itemIndex: number, raw: unknown, label: string): string {
	const iso = toIsoDateTime(ctx, itemIndex, raw, label);
	return /^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T00:00:00Z` : iso;
}

/** One value as the API expects it, or a NodeOperationError naming the field. */
export function fieldValue(ctx: IExecuteFunctions, itemIndex: number, spec: FieldSpec, raw: unknown, label = spec.displayName): IDataObject[string] {
	switch (spec.kind) {
		case 'id':
			return toId(ctx, itemIndex, raw, label);
		case 'idList': {
			const ids = toList(raw).map((v) => toId(ctx, itemIndex, v, label));
			if (ids.length === 0) fail(ctx, itemIndex, `${label} is empty`, 'Give one or more IDs, separated by commas.');
			return ids;
		}
		case 'integer': {
			const n = toNumber(ctx, itemIndex, raw, label, { min: spec.min, max: spec.max });
			if (!Number.isInteger(n)) fail(ctx, itemIndex, `${label} must be a whole number, not ${n}`);
			return n;
		}
		case 'decimal':
			return String(toNumber(ctx, itemIndex, raw, label, { min: spec.min, max: spec.max }));
		case 'money':
			return { amount: String(toNumber(ctx, itemIndex, raw, label, { min: spec.min ?? 0, max: spec.max })), currency: 'USD' };
		case 'boolean':
			if (typeof raw === 'boolean') return raw;
			if (raw === 'true' || raw === 'false') return raw === 'true';
			return fail(ctx, itemIndex, `${label} must be true or false, not "${String(raw)}"`);
		case 'date':
			return toIsoDate(ctx, itemIndex, raw, label);
		case 'dateTime':
			return toDateTime(ctx, itemIndex, raw, label);
		case 'options': {
			const value = String(raw).trim();
			const allowed = (spec.options ?? []).map((o) => String(o.value));
			if (!allowed.includes(value)) fail(ctx, itemIndex, `${label} must be one of ${allowed.join(', ')}, not "${value}"`);
			return value;
		}
		case 'json': {
			const value = toJson(ctx, itemIndex, raw, label);
			if (value === null || typeof value !== 'object' || Array.isArray(value)) fail(ctx, itemIndex, `${label} must be a JSON object`);
			return value;
		}
		default: {
			// a long-text field set to nothing clears it; any other blank (or an expression giving nothing) is an error
			if (spec.kind === 'text' && raw === '') return '';
			if (isBlank(raw)) fail(ctx, itemIndex, `${label} is empty`, `Give a value for "${label}", or remove the field.`);
			const text = String(raw).trim();
			if (spec.maxLength !== undefined && text.length > spec.maxLength) {
				fail(ctx, itemIndex, `${label} is ${text.length} characters; LeafLink allows at most ${spec.maxLength}`);
			}
			if (spec.kind === 'email' && !EMAIL_RE.test(text)) fail(ctx, itemIndex, `${label} is not an email address: "${text}"`);
			if (spec.kind === 'url' && !URL_RE.test(text)) fail(ctx, itemIndex, `${label} is not a URL: "${text}"`, 'Give a full address such as https://example.com.');
			return text;
		}
	}
}

/**
 * The body for the fields the user set. A field the user added is sent (or rejected with a clear error); a field
 * not added is not sent. Blank text in an added field is an error rather than silently dropped.
 */
export function buildBody(ctx: IExecuteFunctions, itemIndex: number, specs: FieldSpec[], values: IDataObject): IDataObject {
	const body: IDataObject = {};
	const known = new Map(specs.map((s) => [s.name, s]));
	for (const [name, raw] of Object.entries(values)) {
		const spec = known.get(name);
		if (!spec) fail(ctx, itemIndex, `Unknown field "${name}"`);
		if (raw === undefined) continue;
		body[name] = fieldValue(ctx, itemIndex, spec, raw);
	}
	return body;
}

/** A required top-level parameter read and validated as its field kind. */
export function requiredField(ctx: IExecuteFunctions, itemIndex: number, spec: FieldSpec): IDataObject[string] {
	const raw = ctx.getNodeParameter(spec.name, itemIndex, undefined) as unknown;
	if (isBlank(raw) || (spec.kind === 'id' && (raw === 0 || raw === '0'))) {
		fail(ctx, itemIndex, `${spec.displayName} is required`, `Give a value for "${spec.displayName}".`);
	}
	return fieldValue(ctx, itemIndex, spec, raw);
}

/** Standard Create: required parameters at the top, the rest in Additional Fields. */
export function createRecordOperation(target: {
	path: string;
	label: string;
	required: FieldSpec[];
	optional: FieldSpec[];
	/** extra top-level properties (e.g. a locator) read by `prepare` */
	extra?: INodeProperties[];
	prepare?(ctx: IExecuteFunctions, itemIndex: number, body: IDataObject): IDataObject;
	simplify?(record: IDataObject): IDataObject;
	verifyHint?: string;
}): OperationModule {
	return {
		description: [
			...(target.extra ?? []),
			...target.required.map((s) => fieldProperty(s, true)),
			...(target.optional.length
				? [
						{
							displayName: 'Additional Fields',
							name: 'additionalFields',
							type: 'collection',
							placeholder: 'Add Field',
							default: {},
							options: fieldProperties(target.optional),
						} as INodeProperties,
					]
				: []),
			...(target.simplify ? [simplifyField] : []),
		],
		async execute(this: IExecuteFunctions, client: LeafLinkClient, itemIndex: number) {
			let body: IDataObject = {};
			for (const spec of target.required) body[spec.name] = requiredField(this, itemIndex, spec);
			const fields = this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
			Object.assign(body, buildBody(this, itemIndex, target.optional, fields));
			if (target.prepare) body = target.prepare(this, itemIndex, body);
			const record = await client.request<IDataObject>('POST', target.path, {
				body,
				operation: `Create ${article(target.label)}`,
				itemIndex,
				verifyHint: target.verifyHint ?? `Look for the ${target.label} in LeafLink (Get Many) before creating it again.`,
			});
			const simplify = target.simplify ? (this.getNodeParameter('simplify', itemIndex, true) as boolean) : false;
			return simplify && target.simplify ? target.simplify(record) : record;
		},
	};
}

/** Standard Update: the record's locator and an Update Fields collection; at least one field. */
export function updateRecordOperation(target: RecordTarget & { fields: FieldSpec[]; prepare?(ctx: IExecuteFunctions, itemIndex: number, body: IDataObject): IDataObject }): OperationModule {
	return {
		description: [
			target.locator,
			{
				displayName: 'Update Fields',
				name: 'updateFields',
				type: 'collection',
				placeholder: 'Add Field',
				default: {},
				options: fieldProperties(target.fields),
			},
			...(target.simplify ? [simplifyField] : []),
		],
		async execute(this: IExecuteFunctions, client: LeafLinkClient, itemIndex: number) {
			const key = recordKey(this, itemIndex, target);
			const fields = this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject;
			let body = buildBody(this, itemIndex, target.fields, fields);
			if (target.prepare) body = target.prepare(this, itemIndex, body);
			if (Object.keys(body).length === 0) fail(this, itemIndex, 'Update Fields: add at least one field to change');
			const record = await client.request<IDataObject>('PATCH', `${target.path}${key}/`, {
				body,
				operation: `Update ${article(target.label)}`,
				itemIndex,
			});
			const simplify = target.simplify ? (this.getNodeParameter('simplify', itemIndex, true) as boolean) : false;
			return simplify && target.simplify ? target.simplify(record) : record;
		},
	};
}

// ---------- query helpers ----------

/** A filter value as an ID list for LeafLink's comma-separated ID filters ("1, 2" or an array). */
export function idListFilter(ctx: IExecuteFunctions, itemIndex: number, raw: unknown, label: string): string | undefined {
	if (isBlank(raw) || raw === 0 || raw === '0') return undefined;
	const ids = toList(raw).map((v) => toId(ctx, itemIndex, v, label));
	return ids.length ? ids.join(',') : undefined;
}

/** Date-time range filters: [parameter in filters, query name, label]. */
/** The created / modified ranges most LeafLink lists take: filter field, query parameter, label. */
export const CREATED_MODIFIED_RANGES: Array<[string, string, string]> = [
	['createdAfter', 'created_on__gte', 'Created After'],
	['createdBefore', 'created_on__lte', 'Created Before'],
	['modifiedAfter', 'modified__gte', 'Modified After'],
	['modifiedBefore', 'modified__lte', 'Modified Before'],
];

export function dateRangeFilters(
	ctx: IExecuteFunctions,
	itemIndex: number,
	filters: IDataObject,
	ranges: Array<[string, string, string]>,
	dateOnly = false,
): Query {
	const qs: Query = {};
	for (const [field, param, label] of ranges) {
		if (isBlank(filters[field])) continue;
		qs[param] = dateOnly ? toIsoDate(ctx, itemIndex, filters[field], label) : toDateTime(ctx, itemIndex, filters[field], label);
	}
	return qs;
}

/** Text filter: trimmed, or undefined when blank. */
export function textFilter(raw: unknown): string | undefined {
	return isBlank(raw) ? undefined : String(raw).trim();
}

/** "true"/"false"/"" option filters. */
export function booleanFilter(raw: unknown): string | undefined {
	if (raw === true || raw === 'true') return 'true';
	if (raw === false || raw === 'false') return 'false';
	return undefined;
}

export const anyYesNo = (displayName: string, name: string, description: string): INodeProperties => ({
	displayName,
	name,
	type: 'options',
	default: '',
	options: [
		{ name: 'Any', value: '' },
		{ name: 'Yes', value: 'true' },
		{ name: 'No', value: 'false' },
	],
	description,
});

/** Number from a money object ({amount}) or a decimal string; null when absent. */
export function amountOf(value: unknown): number | null {
	if (value === undefined || value === null || value === '') return null;
	if (typeof value === 'object') return amountOf((value as IDataObject).amount);
	const n = Number(value);
	return Number.isFinite(n) ? n : null;
}
