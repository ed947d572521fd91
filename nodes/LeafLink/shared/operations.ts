import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import type { LeafLinkClient, Query } from '../transport';
import type { FieldSpec } from './fields';
import type { FilterSpec } from './filters';
import type { OperationModule } from './types';
import { fieldProperties, fieldProperty } from './fields';
import { buildBody, formCurrency, requiredBody } from './fieldValues';
import { filterProperty, filterQuery, filtersCollection } from './filters';
import { getListFromParameters, listFields } from './listing';
import { locatorId } from './locators';
import {
	optionsCollection,
	outputFields,
	responseShapeOptions,
	responseShapeQuery,
	shapeOutput,
} from './output';
import { fail } from './validators';

/** Get, Delete, Get Many, Create and Update operations for the plain LeafLink records, built from a target and field tables. */

export interface RecordTarget {
	locator: INodeProperties;
	/** collection path, e.g. '/contacts/' */
	path: string;
	/** e.g. 'contact' */
	label: string;
	/** how the record is keyed when it is not an integer ID (e.g. report numbers) */
	key?(ctx: IExecuteFunctions, itemIndex: number): string | number;
	simplify?(record: IDataObject): IDataObject;
	/** false where the plain node has no Simplify (it answered raw records before Output existed); the tool still gets Output */
	plainSimplify?: boolean;
}

export function recordKey(
	ctx: IExecuteFunctions,
	itemIndex: number,
	target: RecordTarget,
): string | number {
	return target.key ? target.key(ctx, itemIndex) : locatorId(ctx, itemIndex, target.locator);
}

export function article(label: string): string {
	return /^[aeiou]/i.test(label) ? `an ${label}` : `a ${label}`;
}

/** Get one record by its key. */
export function getRecordOperation(
	target: RecordTarget,
	extra: INodeProperties[] = [],
	query?: (ctx: IExecuteFunctions, itemIndex: number) => Query,
): OperationModule {
	return {
		description: [
			target.locator,
			...extra,
			...(target.simplify ? outputFields(target.plainSimplify) : []),
		],
		async execute(this: IExecuteFunctions, client: LeafLinkClient, itemIndex: number) {
			const key = recordKey(this, itemIndex, target);
			const qs = query ? query(this, itemIndex) : undefined;
			const record = await client.request<IDataObject>('GET', `${target.path}${key}/`, {
				qs,
				operation: `Get ${article(target.label)}`,
				itemIndex,
			});
			return target.simplify
				? shapeOutput(this, itemIndex, record, {
						simplify: target.simplify,
						plainSimplify: target.plainSimplify,
					})
				: record;
		},
	};
}

/**
 * Delete one record. LeafLink answers 204 for a hard delete (we answer `{id, deleted: true}`) or 200 with the record
 * for a soft delete (archive), which is passed through.
 */
export function deleteRecordOperation(target: RecordTarget, notice?: string): OperationModule {
	const description: INodeProperties[] = [];
	if (notice)
		description.push({ displayName: notice, name: 'deleteNotice', type: 'notice', default: '' });
	description.push(target.locator);
	return {
		description,
		async execute(this: IExecuteFunctions, client: LeafLinkClient, itemIndex: number) {
			const key = recordKey(this, itemIndex, target);
			const answer = await client.request<IDataObject | undefined>(
				'DELETE',
				`${target.path}${key}/`,
				{
					operation: `Delete ${article(target.label)}`,
					itemIndex,
				},
			);
			return answer && typeof answer === 'object' ? answer : { id: key, deleted: true };
		},
	};
}

export interface ListTarget {
	path: string;
	/** plural, e.g. 'contacts' */
	label: string;
	/** the filters table, shown as the Filters collection after Return All / Limit */
	filters?: FilterSpec[];
	/** further collections (Options), shown after the filters */
	fields?: INodeProperties[];
	/**
	 * an Options collection of LeafLink's response shaping (`record`: e.g. 'entry', with what it can embed) and
	 * a Sort, read into the query with the filters
	 */
	options?: {
		record?: string;
		children?: Array<{ name: string; value: string }>;
		sort?: FilterSpec;
	};
	/** the query sent, from the filters' query (what is special to the list: options, checks across filters) */
	query?(ctx: IExecuteFunctions, itemIndex: number, filtered: Query): Query;
	simplify?(record: IDataObject): IDataObject;
	/** as RecordTarget.plainSimplify */
	plainSimplify?: boolean;
	/** fields shown before Return All (e.g. a mode switch) */
	before?: INodeProperties[];
}

export function listRecordsOperation(target: ListTarget): OperationModule {
	return {
		description: [
			...(target.before ?? []),
			...listFields(target.label),
			...(target.filters ? [filtersCollection(target.filters)] : []),
			...(target.fields ?? []),
			...(target.options ? [listOptionsCollection(target.options)] : []),
			...(target.simplify ? outputFields(target.plainSimplify) : []),
		],
		async execute(this: IExecuteFunctions, client: LeafLinkClient, itemIndex: number) {
			const filtered: Query = target.filters
				? filterQuery(
						this,
						itemIndex,
						target.filters,
						this.getNodeParameter('filters', itemIndex, {}) as IDataObject,
					)
				: {};
			if (target.options)
				Object.assign(filtered, listOptionsQuery(this, itemIndex, target.options));
			const qs = target.query ? target.query(this, itemIndex, filtered) : filtered;
			const records = await getListFromParameters(
				this,
				client,
				itemIndex,
				target.path,
				qs,
				`Get many ${target.label}`,
			);
			return target.simplify
				? shapeOutput(this, itemIndex, records, {
						simplify: target.simplify,
						plainSimplify: target.plainSimplify,
					})
				: records;
		},
	};
}

function listOptionsCollection(options: NonNullable<ListTarget['options']>): INodeProperties {
	return optionsCollection([
		...(options.record ? responseShapeOptions(options.record, options.children) : []),
		...(options.sort ? [filterProperty(options.sort)] : []),
	]);
}

function listOptionsQuery(
	ctx: IExecuteFunctions,
	itemIndex: number,
	options: NonNullable<ListTarget['options']>,
): Query {
	const values = ctx.getNodeParameter('options', itemIndex, {}) as IDataObject;
	return {
		...(options.sort ? filterQuery(ctx, itemIndex, [options.sort], values) : {}),
		...(options.record ? responseShapeQuery(values) : {}),
	};
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
	/** as RecordTarget.plainSimplify */
	plainSimplify?: boolean;
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
			...(target.simplify ? outputFields(target.plainSimplify) : []),
		],
		async execute(this: IExecuteFunctions, client: LeafLinkClient, itemIndex: number) {
			const fields = this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
			// a required amount is in the currency the Additional Fields give
			const currency = formCurrency(this, itemIndex, target.optional, fields);
			let body: IDataObject = {
				...requiredBody(this, itemIndex, target.required, { currency }),
				...buildBody(this, itemIndex, target.optional, fields, { currency }),
			};
			if (target.prepare) body = target.prepare(this, itemIndex, body);
			const record = await client.request<IDataObject>('POST', target.path, {
				body,
				operation: `Create ${article(target.label)}`,
				itemIndex,
				verifyHint:
					target.verifyHint ??
					`Look for the ${target.label} in LeafLink (Get Many) before creating it again.`,
			});
			return target.simplify
				? shapeOutput(this, itemIndex, record, {
						simplify: target.simplify,
						plainSimplify: target.plainSimplify,
					})
				: record;
		},
	};
}

/** Standard Update: the record's locator and an Update Fields collection; at least one field. */
export function updateRecordOperation(
	target: RecordTarget & {
		fields: FieldSpec[];
		prepare?(ctx: IExecuteFunctions, itemIndex: number, body: IDataObject): IDataObject;
	},
): OperationModule {
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
			...(target.simplify ? outputFields(target.plainSimplify) : []),
		],
		async execute(this: IExecuteFunctions, client: LeafLinkClient, itemIndex: number) {
			const key = recordKey(this, itemIndex, target);
			const fields = this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject;
			let body = buildBody(this, itemIndex, target.fields, fields);
			if (target.prepare) body = target.prepare(this, itemIndex, body);
			if (Object.keys(body).length === 0)
				fail(this, itemIndex, 'Update Fields: add at least one field to change');
			const record = await client.request<IDataObject>('PATCH', `${target.path}${key}/`, {
				body,
				operation: `Update ${article(target.label)}`,
				itemIndex,
			});
			return target.simplify
				? shapeOutput(this, itemIndex, record, {
						simplify: target.simplify,
						plainSimplify: target.plainSimplify,
					})
				: record;
		},
	};
}
