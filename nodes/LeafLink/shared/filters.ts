import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import type { Query } from '../transport';
import { fail, isBlank, toDateTime, toId, toIsoDate, toList } from './validators';

/** Reading Get Many filters into LeafLink query parameters. */

/** A filter value as an ID list for LeafLink's comma-separated ID filters ("1, 2" or an array). */
export function idListFilter(
	ctx: IExecuteFunctions,
	itemIndex: number,
	raw: unknown,
	label: string,
): string | undefined {
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
		qs[param] = dateOnly
			? toIsoDate(ctx, itemIndex, filters[field], label)
			: toDateTime(ctx, itemIndex, filters[field], label);
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

export const anyYesNo = (
	displayName: string,
	name: string,
	description: string,
): INodeProperties => ({
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

/** An Any / Yes / No filter as LeafLink reads it ("true" / "false"), or an error for anything else. */
export function yesNoFilter(
	ctx: IExecuteFunctions,
	itemIndex: number,
	raw: unknown,
	label: string,
): string | undefined {
	if (isBlank(raw)) return undefined;
	if (raw === true || raw === 'true') return 'true';
	if (raw === false || raw === 'false') return 'false';
	return fail(
		ctx,
		itemIndex,
		`${label} must be Any, Yes or No (true or false), not "${String(raw)}"`,
	);
}
