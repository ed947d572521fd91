import type {
	IDataObject,
	IExecuteFunctions,
	INodeProperties,
	INodePropertyOptions,
} from 'n8n-workflow';
import {
	fail,
	isBlank,
	toBoolean,
	toChoice,
	toDateTime,
	toFieldText,
	toId,
	toIsoDate,
	toJson,
	toList,
	toNumber,
	toWholeNumber,
} from './validators';

/**
 * Field tables: one FieldSpec per LeafLink field gives both its n8n property and how its value is validated and
 * written into a request body, so every Create and Update validates its fields the same way.
 */

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

/**
 * What a field without its own description takes, by kind: the form of its value, so a person or an AI model
 * filling it (the LeafLink Tool) knows the format.
 */
export function formatOf(spec: FieldSpec): string | undefined {
	const range =
		spec.min !== undefined && spec.max !== undefined
			? ` from ${spec.min} to ${spec.max}`
			: spec.min !== undefined
				? ` of at least ${spec.min}`
				: '';
	switch (spec.kind) {
		case 'string':
			return `Text${spec.maxLength ? `, up to ${spec.maxLength} characters` : ''}`;
		case 'text':
			return 'Free text; set it empty to clear it';
		case 'email':
			return 'An email address, e.g. name@example.com';
		case 'url':
			return 'A web address starting with https:// or http://';
		case 'id':
			return `A LeafLink ID (a whole number)`;
		case 'idList':
			return 'LeafLink IDs (whole numbers), separated by commas';
		case 'integer':
			return `A whole number${range}`;
		case 'decimal':
			return `A number, e.g. 12.5${range}`;
		case 'money':
			return 'An amount in US dollars, e.g. 12.50';
		case 'date':
			return 'A date, YYYY-MM-DD';
		case 'dateTime':
			return 'A date and time, ISO 8601, e.g. 2024-05-01T09:00:00Z';
		case 'options':
			return `One of: ${(spec.options ?? []).map((o) => o.name).join(', ')}`;
		case 'json':
			return 'A JSON object';
		default:
			return undefined;
	}
}

/** One n8n property for a field, as used in Additional Fields / Update Fields or at the top level. */
export function fieldProperty(spec: FieldSpec, required = false): INodeProperties {
	const base = {
		displayName: spec.displayName,
		name: spec.name,
		description: spec.description ?? formatOf(spec),
		...(required ? { required: true } : {}),
		...(spec.placeholder ? { placeholder: spec.placeholder } : {}),
	};
	switch (spec.kind) {
		case 'text':
			return {
				...base,
				type: 'string',
				typeOptions: { rows: 3 },
				default: spec.default ?? '',
			} as INodeProperties;
		case 'id':
			return {
				...base,
				type: 'number',
				typeOptions: { minValue: 1 },
				default: spec.default ?? 0,
			} as INodeProperties;
		case 'integer':
			return {
				...base,
				type: 'number',
				typeOptions: { minValue: spec.min, maxValue: spec.max },
				default: spec.default ?? spec.min ?? 0,
			} as INodeProperties;
		case 'decimal':
		case 'money':
			return {
				...base,
				type: 'number',
				typeOptions: { minValue: spec.min, maxValue: spec.max, numberPrecision: 2 },
				default: spec.default ?? 0,
			} as INodeProperties;
		case 'boolean':
			return { ...base, type: 'boolean', default: spec.default ?? false } as INodeProperties;
		case 'date':
		case 'dateTime':
			return { ...base, type: 'dateTime', default: spec.default ?? '' } as INodeProperties;
		case 'options':
			return {
				...base,
				type: 'options',
				options: spec.options ?? [],
				default: spec.default ?? spec.options?.[0]?.value ?? '',
			} as INodeProperties;
		case 'json':
			return { ...base, type: 'json', default: spec.default ?? '{}' } as INodeProperties;
		default:
			return { ...base, type: 'string', default: spec.default ?? '' } as INodeProperties;
	}
}

export function fieldProperties(specs: FieldSpec[]): INodeProperties[] {
	return specs
		.map((s) => fieldProperty(s))
		.sort((a, b) => a.displayName.localeCompare(b.displayName));
}

const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const URL_RE = /^https?:\/\/\S+$/i;

/** One value as the API expects it, or a NodeOperationError naming the field. */
export function fieldValue(
	ctx: IExecuteFunctions,
	itemIndex: number,
	spec: FieldSpec,
	raw: unknown,
	label = spec.displayName,
): IDataObject[string] {
	switch (spec.kind) {
		case 'id':
			return toId(ctx, itemIndex, raw, label);
		case 'idList': {
			const ids = toList(raw).map((v) => toId(ctx, itemIndex, v, label));
			if (ids.length === 0)
				fail(ctx, itemIndex, `${label} is empty`, 'Give one or more IDs, separated by commas.');
			return ids;
		}
		case 'integer':
			return toWholeNumber(ctx, itemIndex, raw, label, { min: spec.min, max: spec.max });
		case 'decimal':
			return String(toNumber(ctx, itemIndex, raw, label, { min: spec.min, max: spec.max }));
		case 'money':
			return {
				amount: String(toNumber(ctx, itemIndex, raw, label, { min: spec.min ?? 0, max: spec.max })),
				currency: 'USD',
			};
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

/**
 * The body for the fields the user set. A field the user added is sent (or rejected with a clear error); a field
 * not added is not sent. Blank text in an added field is an error rather than silently dropped.
 */
export function buildBody(
	ctx: IExecuteFunctions,
	itemIndex: number,
	specs: FieldSpec[],
	values: IDataObject,
): IDataObject {
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
export function requiredField(
	ctx: IExecuteFunctions,
	itemIndex: number,
	spec: FieldSpec,
): IDataObject[string] {
	const raw = ctx.getNodeParameter(spec.name, itemIndex, undefined) as unknown;
	if (isBlank(raw) || (spec.kind === 'id' && (raw === 0 || raw === '0'))) {
		fail(
			ctx,
			itemIndex,
			`${spec.displayName} is required`,
			`Give a value for "${spec.displayName}".`,
		);
	}
	return fieldValue(ctx, itemIndex, spec, raw);
}

/** A dropdown of LeafLink records (a `methods/` loadOptions method); an expression may give the ID instead. */
export function dropdownField(options: {
	/** without n8n's " Name or ID" suffix, which is added */
	displayName: string;
	name: string;
	method: string;
	/** one sentence, without the closing "Choose from the list..." */
	description: string;
	required?: boolean;
	dependsOn?: string[];
}): INodeProperties {
	return {
		displayName: `${options.displayName} Name or ID`,
		name: options.name,
		type: 'options',
		typeOptions: {
			loadOptionsMethod: options.method,
			...(options.dependsOn ? { loadOptionsDependsOn: options.dependsOn } : {}),
		},
		default: '',
		...(options.required ? { required: true } : {}),
		description: `${options.description}. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.`,
	};
}

/** One of the companies the API key reaches: the seller, owner or manufacturer of a record. */
export function companyField(
	displayName: string,
	name: string,
	description: string,
	required = true,
): INodeProperties {
	return dropdownField({ displayName, name, method: 'loadCompanies', description, required });
}
