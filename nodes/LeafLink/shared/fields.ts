import type { IDataObject, INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { externalIdsField } from './externalIds';

/**
 * Field tables: one FieldSpec per LeafLink field gives both its n8n property (here) and how its value is validated
 * and written into a request body (fieldValues.ts), so every Create and Update validates its fields the same way.
 */

export type FieldKind =
	| 'string'
	| 'text'
	| 'email'
	| 'url'
	| 'id'
	| 'idList'
	| 'dropdown'
	| 'dropdownList'
	| 'integer'
	| 'number'
	| 'decimal'
	| 'quantity'
	| 'money'
	| 'currency'
	| 'boolean'
	| 'date'
	| 'dateTime'
	| 'options'
	| 'json'
	| 'jsonList'
	| 'externalIds';

/** What a field's own rule finds wrong with a value its kind accepted. */
export interface FieldProblem {
	message: string;
	hint?: string;
}

export interface FieldSpec {
	/** the API's field name, also the parameter name (see `sendAs` where they differ) */
	name: string;
	/** for 'dropdown' and 'dropdownList', without n8n's " Name or ID" suffix: the name errors use */
	displayName: string;
	kind: FieldKind;
	description?: string;
	maxLength?: number;
	min?: number;
	max?: number;
	options?: INodePropertyOptions[];
	placeholder?: string;
	default?: unknown;
	/** 'text': the lines the editor shows (3 when not set) */
	rows?: number;
	/** 'number' and 'quantity': the decimals the editor keeps (n8n's numberPrecision); any when not set */
	precision?: number;
	/** 'dropdown' and 'dropdownList': the `methods/` loadOptions method listing the records */
	method?: string;
	/** 'dropdown': the parameters its list depends on */
	dependsOn?: string[];
	/** where the value goes in the body when not under `name`: another key, or a dotted path into a nested object */
	sendAs?: string;
	/** 'id' and 'idList': sent as `{id}` objects, as LeafLink takes a parent product or an order's sales reps */
	asObjects?: boolean;
	/** 'money': the amount with two decimals ("12.50"), as LeafLink writes product prices, instead of as given ("12.5") */
	twoDecimals?: boolean;
	/** the field's own rule beyond its kind, given the value as it will be sent and the field's label */
	check?(value: IDataObject[string], label: string): FieldProblem | undefined;
}

/**
 * The rule of a quantity or an amount that must be above 0 (a 0 is meaningless or means something else); a 'money'
 * field's value is its `{amount, currency}`.
 */
export function moreThanZero(hint?: string): FieldSpec['check'] {
	return (value, label) => {
		const money = value !== null && typeof value === 'object' && !Array.isArray(value);
		const n = Number(money ? (value as IDataObject).amount : value);
		return n <= 0 ? { message: `${label} must be more than 0`, hint } : undefined;
	};
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
		case 'number':
			return `A number${range}`;
		case 'decimal':
		case 'quantity':
			return `A number, e.g. 12.5${range}`;
		case 'money':
			return 'An amount in US dollars, e.g. 12.50';
		case 'currency':
			return 'A three-letter currency code, e.g. USD';
		case 'date':
			return 'A date, YYYY-MM-DD';
		case 'dateTime':
			return 'A date and time, ISO 8601, e.g. 2024-05-01T09:00:00Z';
		case 'options':
			return `One of: ${(spec.options ?? []).map((o) => o.name).join(', ')}`;
		case 'json':
			return 'A JSON object';
		case 'jsonList':
			return 'A JSON array of objects';
		default:
			return undefined;
	}
}

const EXPRESSION_LINK = '<a href="https://docs.n8n.io/code/expressions/">expression</a>';

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
				typeOptions: { rows: spec.rows ?? 3 },
				default: spec.default ?? '',
			} as INodeProperties;
		case 'id':
			return {
				...base,
				type: 'number',
				typeOptions: { minValue: 1 },
				default: spec.default ?? 0,
			} as INodeProperties;
		case 'dropdown':
			return dropdownField({
				displayName: spec.displayName,
				name: spec.name,
				method: spec.method ?? '',
				description: spec.description ?? '',
				required,
				dependsOn: spec.dependsOn,
			});
		case 'dropdownList':
			return {
				...base,
				displayName: `${spec.displayName} Names or IDs`,
				type: 'multiOptions',
				typeOptions: { loadOptionsMethod: spec.method },
				default: spec.default ?? [],
				description: `${spec.description ?? ''}. Choose from the list, or specify IDs using an ${EXPRESSION_LINK}.`,
			} as INodeProperties;
		case 'integer':
			return {
				...base,
				type: 'number',
				typeOptions: { minValue: spec.min, maxValue: spec.max },
				default: spec.default ?? spec.min ?? 0,
			} as INodeProperties;
		case 'number':
		case 'quantity':
			return {
				...base,
				type: 'number',
				typeOptions: { minValue: spec.min, maxValue: spec.max, numberPrecision: spec.precision },
				default: spec.default ?? 0,
			} as INodeProperties;
		case 'decimal':
		case 'money':
			return {
				...base,
				type: 'number',
				typeOptions: { minValue: spec.min, maxValue: spec.max, numberPrecision: 2 },
				default: spec.default ?? 0,
			} as INodeProperties;
		case 'currency':
			return { ...base, type: 'string', default: spec.default ?? 'USD' } as INodeProperties;
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
		case 'jsonList':
			return { ...base, type: 'json', default: spec.default ?? '[]' } as INodeProperties;
		case 'externalIds':
			return externalIdsField(spec.name, spec.displayName);
		default:
			return { ...base, type: 'string', default: spec.default ?? '' } as INodeProperties;
	}
}

export function fieldProperties(specs: FieldSpec[]): INodeProperties[] {
	return specs
		.map((s) => fieldProperty(s))
		.sort((a, b) => a.displayName.localeCompare(b.displayName));
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
		description: `${options.description}. Choose from the list, or specify an ID using an ${EXPRESSION_LINK}.`,
	};
}

/** One of the companies the API key reaches: the seller, owner or manufacturer of a record. */
export function companySpec(displayName: string, name: string, description: string): FieldSpec {
	return { name, displayName, kind: 'dropdown', method: 'loadCompanies', description };
}

/** companySpec's n8n property, required unless told. */
export function companyField(
	displayName: string,
	name: string,
	description: string,
	required = true,
): INodeProperties {
	return fieldProperty(companySpec(displayName, name, description), required);
}
