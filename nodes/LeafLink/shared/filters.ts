import type { IDataObject, INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import type { Query, QueryValue } from '../transport';
import type { NodeContext } from './validators';
import {
	fail,
	isBlank,
	toBoolean,
	toChoice,
	toDateTime,
	toEach,
	toId,
	toIsoDate,
	toIsoDateTime,
	toNumber,
	toText,
	toUuid,
} from './validators';

/**
 * Filter tables: one FilterSpec per Get Many filter gives both its property in the Filters collection and how its
 * value is validated and written into the query, so every list reads its filters the same way.
 */

export type FilterKind =
	/** one whole-number ID (0: no filter); a list is refused, as the spec takes one */
	| 'id'
	/** IDs, comma-separated or a list */
	| 'idList'
	| 'text'
	/** values separated by commas, or a list */
	| 'textList'
	/** a LeafLink number (an order's) */
	| 'uuid'
	/** Any / Yes / No: nothing, "true" or "false" */
	| 'yesNo'
	/** a switch that sends true when on and nothing when off (LeafLink's default) */
	| 'boolean'
	/** a day, sent as YYYY-MM-DD */
	| 'date'
	/** a date-time as the spec's date-time format wants it: a bare day becomes midnight UTC */
	| 'dateTime'
	/** a day or a date-time sent as given (the order list: a day stays a day) */
	| 'dateTimeAsGiven'
	| 'number'
	| 'options'
	| 'multiOptions'
	/** a filter with its own property and its own reading (`read`) */
	| 'custom';

export interface FilterSpec {
	/** the parameter name inside Filters */
	name: string;
	displayName: string;
	kind: FilterKind;
	/** the query parameter LeafLink reads (a custom filter writes its own) */
	param: string;
	/** what the filter does (a custom filter's property may go without) */
	description?: string;
	/** how errors name the filter, when not by its display name */
	label?: string;
	placeholder?: string;
	/** idList / textList: the parameter for several values (LeafLink's `__in`), when `param` takes one */
	paramIn?: string;
	/** yesNo: the names of Any, Yes and No (default Any / Yes / No) */
	labels?: [string, string, string];
	/** yesNo: send the opposite (a "has X" filter over LeafLink's `X__isnull`) */
	negate?: boolean;
	/** options / multiOptions: the choices */
	options?: INodePropertyOptions[];
	/** number: the range LeafLink takes, and the decimals the field shows */
	min?: number;
	max?: number;
	precision?: number;
	/** textList: the longest value LeafLink takes */
	maxLength?: number;
	/** the filter (by name) that must be given with this one */
	requires?: string;
	/** what to give when this filter is missing beside one that requires it */
	missingHint?: string;
	/** where the property differs from its kind's own (a dropdown of IDs, a default), or a custom filter's property */
	property?: Partial<INodeProperties>;
	/** custom: reads the value (not blank) into the query */
	read?(ctx: NodeContext, itemIndex: number, value: unknown, query: Query): void;
}

const YES_NO: [string, string, string] = ['Any', 'Yes', 'No'];

/** The property of one filter, from its kind. */
function kindProperty(spec: FilterSpec): Partial<INodeProperties> {
	switch (spec.kind) {
		case 'id':
		case 'number': {
			const typeOptions: INodeProperties['typeOptions'] = {};
			if (spec.min !== undefined) typeOptions.minValue = spec.min;
			if (spec.max !== undefined) typeOptions.maxValue = spec.max;
			if (spec.precision !== undefined) typeOptions.numberPrecision = spec.precision;
			return {
				type: 'number',
				...(Object.keys(typeOptions).length ? { typeOptions } : {}),
				default: 0,
			};
		}
		case 'yesNo': {
			const [any, yes, no] = spec.labels ?? YES_NO;
			return {
				type: 'options',
				default: '',
				options: [
					{ name: any, value: '' },
					{ name: yes, value: 'true' },
					{ name: no, value: 'false' },
				],
			};
		}
		case 'boolean':
			return { type: 'boolean', default: false };
		case 'date':
		case 'dateTime':
		case 'dateTimeAsGiven':
			return { type: 'dateTime', default: '' };
		case 'options':
			return { type: 'options', default: '', options: spec.options };
		case 'multiOptions':
			return { type: 'multiOptions', default: [], options: spec.options };
		case 'custom':
			return {};
		default:
			return { type: 'string', default: '' };
	}
}

/** A filter's property in its Filters (or Options) collection. */
export function filterProperty(spec: FilterSpec): INodeProperties {
	return {
		displayName: spec.displayName,
		name: spec.name,
		...kindProperty(spec),
		...(spec.placeholder !== undefined ? { placeholder: spec.placeholder } : {}),
		...(spec.description !== undefined ? { description: spec.description } : {}),
		...spec.property,
	} as INodeProperties;
}

/** The Filters collection of a Get Many, from its table. */
export function filtersCollection(
	specs: FilterSpec[],
	overrides: Partial<INodeProperties> = {},
): INodeProperties {
	return {
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: specs.map(filterProperty),
		...overrides,
	};
}

/** One ID where the spec takes one: a list is refused rather than narrowed silently. */
function singleId(ctx: NodeContext, itemIndex: number, raw: unknown, label: string) {
	if (typeof raw === 'string' && raw.includes(','))
		fail(
			ctx,
			itemIndex,
			`${label} takes one ID, not a list ("${raw}")`,
			'LeafLink filters by one ID here; run the node once per ID (one item each) instead.',
		);
	return toId(ctx, itemIndex, raw, label);
}

/** Yes or No as true or false; anything else is refused, naming the filter's own choices. */
function yesNo(ctx: NodeContext, itemIndex: number, raw: unknown, label: string, spec: FilterSpec) {
	if (raw === true || raw === 'true') return true;
	if (raw === false || raw === 'false') return false;
	const [any, yes, no] = spec.labels ?? YES_NO;
	return fail(
		ctx,
		itemIndex,
		`${label} must be ${any}, ${yes} or ${no} (true or false), not "${String(raw)}"`,
	);
}

/** One filter's value as the query takes it, or undefined for no filter. */
function filterValue(
	ctx: NodeContext,
	itemIndex: number,
	spec: FilterSpec,
	raw: unknown,
): QueryValue {
	const label = spec.label ?? spec.displayName;
	// 0 is a number field's default: the ID filter was added but not set
	if (isBlank(raw) || ((spec.kind === 'id' || spec.kind === 'idList') && String(raw) === '0'))
		return undefined;
	const list = (each: (v: unknown) => string | number) => {
		const values = toEach(ctx, itemIndex, raw, label, each);
		return values.length ? values : undefined;
	};
	switch (spec.kind) {
		case 'id':
			return singleId(ctx, itemIndex, raw, label);
		case 'idList':
			return list((v) => toId(ctx, itemIndex, v, label));
		case 'text':
			return toText(ctx, itemIndex, raw, label);
		case 'textList':
			return list((v) => {
				const text = toText(ctx, itemIndex, v, label);
				if (spec.maxLength !== undefined && text.length > spec.maxLength)
					fail(
						ctx,
						itemIndex,
						`${label}: "${text.slice(0, 20)}…" is longer than ${spec.maxLength} characters`,
					);
				return text;
			});
		case 'uuid':
			return toUuid(ctx, itemIndex, raw, label);
		case 'yesNo':
			return String(yesNo(ctx, itemIndex, raw, label, spec) !== (spec.negate ?? false));
		case 'boolean':
			return toBoolean(ctx, itemIndex, raw, label) ? true : undefined;
		case 'date':
			return toIsoDate(ctx, itemIndex, raw, label);
		case 'dateTime':
			return toDateTime(ctx, itemIndex, raw, label);
		case 'dateTimeAsGiven':
			return toIsoDateTime(ctx, itemIndex, raw, label);
		case 'number':
			return toNumber(ctx, itemIndex, raw, label, { min: spec.min, max: spec.max });
		case 'options':
			return String(toChoice(ctx, itemIndex, raw, label, spec.options ?? []));
		case 'multiOptions':
			return list((v) => String(toChoice(ctx, itemIndex, v, label, spec.options ?? [])));
		default:
			return undefined;
	}
}

/**
 * The filters of one item (the Filters collection's values) as query parameters, each validated by its kind; an
 * error names the filter. A filter that `requires` another is refused without it.
 */
export function filterQuery(
	ctx: NodeContext,
	itemIndex: number,
	specs: FilterSpec[],
	values: IDataObject,
): Query {
	const query: Query = {};
	const given = new Set<string>();
	for (const spec of specs) {
		const raw = values[spec.name];
		if (spec.kind === 'custom') {
			if (!isBlank(raw)) spec.read?.(ctx, itemIndex, raw, query);
			continue;
		}
		const value = filterValue(ctx, itemIndex, spec, raw);
		if (value === undefined) continue;
		given.add(spec.name);
		if (spec.paramIn && Array.isArray(value) && value.length > 1) query[spec.paramIn] = value;
		else query[spec.param] = spec.paramIn && Array.isArray(value) ? value[0] : value;
	}
	for (const spec of specs) {
		const partner = specs.find((s) => s.name === spec.requires);
		if (partner && given.has(spec.name) && !given.has(partner.name))
			fail(
				ctx,
				itemIndex,
				`${partner.displayName} is required with ${spec.displayName}`,
				partner.missingHint,
			);
	}
	return query;
}

/** The Company Slug filter most lists take. */
export const companySlugFilter = (records: string): FilterSpec => ({
	name: 'companySlug',
	displayName: 'Company Slug',
	kind: 'text',
	param: 'company_slug',
	description: `Only ${records} of the company with this slug`,
});

/**
 * The created and modified ranges most lists take (created_on / modified, __gte and __lte), each pair shown where
 * its list shows it. The order list sends them as given (`dateTimeAsGiven`); the line item list filters by its
 * orders' dates (`of`: "Order Created After", order__created_on__gte).
 */
export function createdModifiedFilters(
	records: string,
	options: { kind?: FilterKind; when?: string; of?: { displayName: string; param: string } } = {},
): { created: FilterSpec[]; modified: FilterSpec[] } {
	const kind = options.kind ?? 'dateTime';
	const when = options.when ?? 'this time';
	const of = options.of ?? { displayName: '', param: '' };
	const range = (name: string, displayName: string, param: string, how: string): FilterSpec[] => [
		{
			name: `${name}After`,
			displayName: `${of.displayName}${displayName} After`,
			kind,
			param: `${of.param}${param}__gte`,
			description: `Only ${records} ${how} at or after ${when}`,
		},
		{
			name: `${name}Before`,
			displayName: `${of.displayName}${displayName} Before`,
			kind,
			param: `${of.param}${param}__lte`,
			description: `Only ${records} ${how} at or before ${when}`,
		},
	];
	return {
		created: range('created', 'Created', 'created_on', 'created'),
		modified: range('modified', 'Modified', 'modified', 'changed'),
	};
}

/** An ID filter picked from a dropdown of the company's records (loadOptions), or given by an expression. */
export function dropdownIdFilter(spec: {
	name: string;
	displayName: string;
	/** how errors name it, e.g. Brand for "Brand Name or ID" */
	label: string;
	param: string;
	loadOptionsMethod: string;
	/** the records listed, e.g. products, and what the ID is of, e.g. brand */
	records: string;
	what: string;
	loadOptionsDependsOn?: string[];
}): FilterSpec {
	const { loadOptionsMethod, loadOptionsDependsOn } = spec;
	return {
		name: spec.name,
		displayName: spec.displayName,
		label: spec.label,
		kind: 'id',
		param: spec.param,
		description: `Only ${spec.records} of this ${spec.what}. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.`,
		property: {
			type: 'options',
			typeOptions: { loadOptionsMethod, ...(loadOptionsDependsOn ? { loadOptionsDependsOn } : {}) },
			default: '',
		},
	};
}

/** A filter that needs nothing beyond its kind, as one line of a table. */
export const filter = (
	kind: FilterKind,
	name: string,
	param: string,
	displayName: string,
	description: string,
): FilterSpec => ({ name, displayName, kind, param, description });

/** The Sort option of a list (LeafLink's `ordering`), in its Options collection, read like a filter. */
export const sortOption = (defaultValue: string, options: INodePropertyOptions[]): FilterSpec => ({
	name: 'ordering',
	displayName: 'Sort',
	kind: 'options',
	param: 'ordering',
	description: 'The order of the list, by the field named in each choice',
	options,
	property: { default: defaultValue },
});
