import type { IDataObject, INodeProperties } from 'n8n-workflow';
import type { Query } from '../transport';
import { toList } from './validators';

/** What an operation answers: the Simplify switch and LeafLink's response-shaping options. */

export const simplifyField: INodeProperties = {
	displayName: 'Simplify',
	name: 'simplify',
	type: 'boolean',
	default: true,
	description: 'Whether to return a simplified version of the response instead of the raw data',
};

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
