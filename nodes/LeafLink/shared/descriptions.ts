import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import type { LeafLinkClient, Query } from '../transport';
import { DEFAULT_PAGE_SIZE } from '../transport';
import { fail, isBlank, toNumber } from './params';

/** Return All + Limit, as every n8n list operation has them. */
export function listFields(recordsLabel: string): INodeProperties[] {
	return [
		{
			displayName: 'Return All',
			name: 'returnAll',
			type: 'boolean',
			default: false,
			description: 'Whether to return all results or only up to a given limit',
		},
		{
			displayName: 'Limit',
			name: 'limit',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 50,
			description: 'Max number of results to return',
			displayOptions: { show: { returnAll: [false] } },
		},
		{
			displayName: 'Page Size',
			name: 'pageSize',
			type: 'number',
			typeOptions: { minValue: 1, maxValue: 1000 },
			default: DEFAULT_PAGE_SIZE,
			description: `How many ${recordsLabel} to ask LeafLink for per request. Larger pages mean fewer requests under the rate limit.`,
			displayOptions: { show: { returnAll: [true] } },
		},
	];
}

/** Reads Return All / Limit / Page Size and fetches the list. */
export async function getListFromParameters(
	ctx: IExecuteFunctions,
	client: LeafLinkClient,
	itemIndex: number,
	path: string,
	qs: Query,
	operation: string,
): Promise<IDataObject[]> {
	return await client.getList(path, qs, { ...listParameters(ctx, itemIndex), operation, itemIndex });
}

/** Return All, and Limit or Page Size, as the user set them (validated). */
export function listParameters(
	ctx: IExecuteFunctions,
	itemIndex: number,
): { returnAll: boolean; limit?: number; pageSize?: number } {
	const returnAll = ctx.getNodeParameter('returnAll', itemIndex, false) as boolean;
	if (!returnAll) {
		return { returnAll, limit: toNumber(ctx, itemIndex, ctx.getNodeParameter('limit', itemIndex, 50), 'Limit', { min: 1 }) };
	}
	const pageSize = toNumber(ctx, itemIndex, ctx.getNodeParameter('pageSize', itemIndex, DEFAULT_PAGE_SIZE), 'Page Size', { min: 1, max: 1000 });
	return { returnAll, pageSize };
}

export const simplifyField: INodeProperties = {
	displayName: 'Simplify',
	name: 'simplify',
	type: 'boolean',
	default: true,
	description: 'Whether to return a simplified version of the response instead of the raw data',
};

/** The key/value editor for external IDs, used by set operations and by create/update forms. */
export function externalIdsField(name = 'externalIds', displayName = 'External IDs'): INodeProperties {
	return {
		displayName,
		name,
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add External ID',
		default: {},
		description:
			"IDs of this record in outside systems, e.g. key \"quickbooks\" and the record's QuickBooks ID (at most 36 characters)",
		options: [
			{
				displayName: 'External ID',
				name: 'pair',
				values: [
					{
						displayName: 'Key',
						name: 'key',
						type: 'string',
						default: '',
						placeholder: 'quickbooks',
						description: 'Name of the outside system',
					},
					{
						displayName: 'Value',
						name: 'value',
						type: 'string',
						default: '',
						placeholder: 'INV-1092',
						description: 'The ID in that system, at most 36 characters',
					},
				],
			},
		],
	};
}

/** Comma-or-list text ("a, b" or an array from an expression) as a clean list. */
export function toList(value: unknown): string[] {
	if (isBlank(value)) return [];
	const raw = Array.isArray(value) ? value : String(value).split(',');
	return raw.map((v) => String(v).trim()).filter((v) => v !== '');
}

/** external_id_key + external_id_values filters; both or neither. */
export function externalIdFilter(ctx: IExecuteFunctions, itemIndex: number, filters: IDataObject): Query {
	const key = filters.externalIdKey;
	const values = toList(filters.externalIdValues);
	if (isBlank(key) && values.length === 0) return {};
	if (isBlank(key)) fail(ctx, itemIndex, 'External ID Key is required with External ID Values', 'Name the outside system the values belong to.');
	if (values.length === 0) fail(ctx, itemIndex, 'External ID Values is required with External ID Key', 'Give one or more IDs, separated by commas.');
	return { external_id_key: String(key).trim(), external_id_values: values };
}

export const externalIdFilterFields: INodeProperties[] = [
	{
		displayName: 'External ID Key',
		name: 'externalIdKey',
		type: 'string',
		default: '',
		placeholder: 'quickbooks',
		description: 'Only records with an external ID under this key (use with External ID Values)',
	},
	{
		displayName: 'External ID Values',
		name: 'externalIdValues',
		type: 'string',
		default: '',
		placeholder: 'INV-1, INV-2',
		description: 'Only records whose external ID under the key is one of these, separated by commas',
	},
];

/**
 * LeafLink's response-shaping options (`fields_include`, `fields_exclude`, and `include_children` where the
 * endpoint embeds related records), as option fields of an Options collection.
 */
export function responseShapeOptions(
	recordLabel: string,
	children: Array<{ name: string; value: string }> = [],
): INodeProperties[] {
	const fields: INodeProperties[] = [
		{ displayName: 'Fields to Exclude', name: 'fieldsExclude', type: 'string', default: '', description: `Fields to leave out of each ${recordLabel}, separated by commas` },
		{ displayName: 'Fields to Include', name: 'fieldsInclude', type: 'string', default: '', description: `Only these fields of each ${recordLabel}, separated by commas` },
	];
	if (children.length > 0) {
		fields.push({
			displayName: 'Include Children',
			name: 'includeChildren',
			type: 'multiOptions',
			default: [],
			options: [...children].sort((a, b) => a.name.localeCompare(b.name)),
			description: `Related records to embed in each ${recordLabel}`,
		});
	}
	return fields;
}

/** The query of the response-shaping options the user set. */
export function responseShapeQuery(options: IDataObject): Query {
	return {
		include_children: toList(options.includeChildren),
		fields_include: toList(options.fieldsInclude),
		fields_exclude: toList(options.fieldsExclude),
	};
}
