import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import type { Query } from '../transport';
import { fail, toList } from './validators';

/**
 * What an operation answers: Simplify on the plain node, Output (Simplified, Raw, Selected Fields) on the LeafLink
 * Tool, and LeafLink's response-shaping options. The plain node keeps Simplify so saved workflows run as before; a
 * model gets Output, so it can ask for the few fields it needs instead of records of 80 fields.
 */

export const simplifyField: INodeProperties = {
	displayName: 'Simplify',
	name: 'simplify',
	type: 'boolean',
	default: true,
	description: 'Whether to return a simplified version of the response instead of the raw data',
	displayOptions: { hide: { '@tool': [true] } },
};

const toolOutputField: INodeProperties = {
	displayName: 'Output',
	name: 'output',
	type: 'options',
	default: 'simple',
	options: [
		{
			name: 'Simplified',
			value: 'simple',
			description: 'The fields a person reads first, money as plain numbers',
		},
		{ name: 'Raw', value: 'raw', description: 'Every field LeafLink returns' },
		{
			name: 'Selected Fields',
			value: 'fields',
			description: 'Only the fields named in Fields, plus the record key',
		},
	],
	description:
		'What each record returns: simple (Simplified), raw (every field) or fields (only Fields)',
	displayOptions: { show: { '@tool': [true] } },
};

const toolSelectedFields: INodeProperties = {
	displayName: 'Fields',
	name: 'fields',
	type: 'string',
	default: '',
	placeholder: 'e.g. status,total,customer',
	description:
		"LeafLink field names to return, separated by commas, e.g. status,total; the record's key is always included, names the record does not have are left out",
	displayOptions: { show: { '@tool': [true], output: ['fields'] } },
};

/** Simplify for the plain node, Output and Fields for the tool; `plainSimplify: false` where the plain node has no Simplify. */
export function outputFields(plainSimplify = true): INodeProperties[] {
	return [...(plainSimplify ? [simplifyField] : []), toolOutputField, toolSelectedFields];
}

export type OutputMode = 'simple' | 'raw' | 'fields';

/** The Output chosen: the tool's Output when set, else the plain node's Simplify (`plainSimplify` as outputFields). */
export function outputMode(
	ctx: IExecuteFunctions,
	itemIndex: number,
	plainSimplify = true,
): OutputMode {
	const simplify = plainSimplify
		? (ctx.getNodeParameter('simplify', itemIndex, true) as boolean)
		: false;
	const mode = ctx.getNodeParameter('output', itemIndex, simplify ? 'simple' : 'raw') as string;
	if (mode === 'simple' || mode === 'raw' || mode === 'fields') return mode;
	return fail(ctx, itemIndex, `Output must be simple, raw or fields, not "${mode}"`);
}

/** The Fields of Selected Fields, with the record key first; refuses an empty list. */
export function selectedFields(ctx: IExecuteFunctions, itemIndex: number, key: string): string[] {
	const fields = toList(ctx.getNodeParameter('fields', itemIndex, ''));
	if (fields.length === 0)
		fail(
			ctx,
			itemIndex,
			'Fields: name at least one field to return (e.g. status,total), or set Output to Simplified',
		);
	return [key, ...fields.filter((f) => f !== key)];
}

/** Refuses Selected Fields without Fields before any request, so a write is never sent and then left unanswered. */
export function checkSelectedFields(ctx: IExecuteFunctions, itemIndex: number): void {
	if (ctx.getNodeParameter('output', itemIndex, 'simple') === 'fields')
		selectedFields(ctx, itemIndex, 'id');
}

export interface OutputShape {
	simplify(record: IDataObject): IDataObject;
	/** the field that identifies a record: 'id', or 'number' for orders and reports */
	key?: string;
	/** false where the plain node has no Simplify (it answers raw records) */
	plainSimplify?: boolean;
}

/** Each record as the Output asks: simplified, raw, or only the selected fields (those the record has). */
export function shapeOutput<T extends IDataObject | IDataObject[]>(
	ctx: IExecuteFunctions,
	itemIndex: number,
	records: T,
	shape: OutputShape,
): T {
	const mode = outputMode(ctx, itemIndex, shape.plainSimplify);
	if (mode === 'raw') return records;
	const one = (record: IDataObject): IDataObject => {
		if (mode === 'simple') return shape.simplify(record);
		const picked: IDataObject = {};
		for (const field of selectedFields(ctx, itemIndex, shape.key ?? 'id'))
			if (field in record) picked[field] = record[field];
		return picked;
	};
	return (Array.isArray(records) ? records.map(one) : one(records)) as T;
}

/** For Selected Fields on a read: LeafLink's fields_include, so only those fields travel (user's own choice wins). */
export function selectedFieldsQuery(
	ctx: IExecuteFunctions,
	itemIndex: number,
	shape: OutputShape,
	options: IDataObject = {},
): Query {
	if (
		outputMode(ctx, itemIndex, shape.plainSimplify) !== 'fields' ||
		toList(options.fieldsInclude).length > 0
	)
		return {};
	return { fields_include: selectedFields(ctx, itemIndex, shape.key ?? 'id') };
}

/** The Options collection of an operation: how LeafLink answers (response shaping, sort and the like). */
export function optionsCollection(
	options: INodeProperties[],
	overrides: Partial<INodeProperties> = {},
): INodeProperties {
	return {
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options,
		...overrides,
	};
}

/**
 * LeafLink's response-shaping options (`fields_include`, `fields_exclude`, and `include_children` where the
 * endpoint embeds related records), as option fields of an Options collection.
 */
export function responseShapeOptions(
	recordLabel: string,
	children: Array<{ name: string; value: string }> = [],
): INodeProperties[] {
	const fields: INodeProperties[] = [
		{
			displayName: 'Fields to Exclude',
			name: 'fieldsExclude',
			type: 'string',
			default: '',
			description: `Fields to leave out of each ${recordLabel}, separated by commas`,
		},
		{
			displayName: 'Fields to Include',
			name: 'fieldsInclude',
			type: 'string',
			default: '',
			description: `Only these fields of each ${recordLabel}, separated by commas`,
		},
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
