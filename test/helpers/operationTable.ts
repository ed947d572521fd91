/**
 * Tables over every operation's own description (nodes/LeafLink/resources.ts): each field with where it sits (top
 * level, inside a collection, or inside an entry of a fixed collection), and the parameters that set one field.
 */
import type { IDataObject, INodeProperties, INodePropertyCollection } from 'n8n-workflow';
import { allResources } from '../../nodes/LeafLink/resources';
import type { OperationEntry } from '../../nodes/LeafLink/shared/types';

export type Params = Record<string, unknown>;

export interface FieldRef {
	prop: INodeProperties;
	collection?: INodeProperties;
	fixed?: { parent: INodeProperties; option: INodePropertyCollection };
}

export interface OperationRow {
	/** e.g. "order.getMany" */
	key: string;
	resource: string;
	op: OperationEntry;
}

export const operations: OperationRow[] = allResources.flatMap((r) =>
	r.operations.map((op) => ({ key: `${r.value}.${op.value}`, resource: r.value, op })),
);

/** A field only the LeafLink Tool shows (e.g. Output): n8n drops it from the plain node's parameters. */
export function isToolOnly(prop: INodeProperties): boolean {
	return (prop.displayOptions?.show?.['@tool'] as unknown[] | undefined)?.includes(true) ?? false;
}

/** Every field of an operation as the plain node shows it, nested ones included. */
export function fieldsOf(op: OperationEntry): FieldRef[] {
	const out: FieldRef[] = [];
	for (const prop of op.module.description) {
		if (prop.type === 'notice' || prop.type === 'hidden' || isToolOnly(prop)) continue;
		out.push({ prop });
		if (prop.type === 'collection') {
			for (const child of (prop.options as INodeProperties[]) ?? [])
				out.push({ prop: child, collection: prop });
		}
		if (prop.type === 'fixedCollection') {
			for (const option of (prop.options as INodePropertyCollection[]) ?? []) {
				for (const child of option.values)
					out.push({ prop: child, fixed: { parent: prop, option } });
			}
		}
	}
	return out;
}

/** Values of the other display-controlling parameters that make `prop` visible (e.g. returnAll for Limit). */
export function showFor(prop: INodeProperties): Params {
	const out: Params = {};
	for (const [name, values] of Object.entries(prop.displayOptions?.show ?? {})) {
		if (name === 'resource' || name === 'operation' || !Array.isArray(values)) continue;
		out[name] = values[0];
	}
	return out;
}

const MISSING = '={{ $json.missing }}';

/** A fixed collection with one entry: `values`, and its other required fields given as nothing. */
function fixedEntry(
	parent: INodeProperties,
	option: INodePropertyCollection,
	values: IDataObject,
): IDataObject {
	const entry: IDataObject = {};
	for (const inner of option.values) if (inner.required) entry[inner.name] = MISSING;
	Object.assign(entry, values);
	return { [option.name]: parent.typeOptions?.multipleValues ? [entry] : entry };
}

/**
 * The operation's other required top-level fields given as an expression that resolves to nothing: n8n starts the
 * workflow (it checks required fields only when no expression is given) and the operation, not n8n, judges them.
 */
function othersUnset(row: OperationRow, except: string): Params {
	const out: Params = {};
	for (const prop of row.op.module.description) {
		if (!prop.required || prop.name === except) continue;
		if (prop.type === 'resourceLocator')
			out[prop.name] = { __rl: true, mode: 'id', value: MISSING };
		else if (prop.type === 'fixedCollection')
			out[prop.name] = fixedEntry(prop, (prop.options as INodePropertyCollection[])[0], {});
		else if (prop.type !== 'collection' && prop.type !== 'boolean' && prop.type !== 'notice')
			out[prop.name] = MISSING;
	}
	return out;
}

/** The parameters of an operation with one field set to `value` (its container created as needed). */
export function withField(
	row: OperationRow,
	ref: FieldRef,
	value: unknown,
	base: Params = {},
): Params {
	const top = ref.collection ?? ref.fixed?.parent ?? ref.prop;
	const out: Params = {
		resource: row.resource,
		operation: row.op.value,
		...othersUnset(row, top.name),
		...base,
	};
	if (ref.collection) {
		Object.assign(out, showFor(ref.collection));
		out[ref.collection.name] = {
			...((out[ref.collection.name] as IDataObject) ?? {}),
			[ref.prop.name]: value,
		};
	} else if (ref.fixed) {
		const { parent, option } = ref.fixed;
		Object.assign(out, showFor(parent));
		out[parent.name] = fixedEntry(parent, option, {
			[ref.prop.name]: value as IDataObject[string],
		});
	} else {
		Object.assign(out, showFor(ref.prop));
		out[ref.prop.name] = value;
	}
	return out;
}

/** How a message names a field: its display name, without n8n's " Name or ID" suffix. */
export function labelOf(ref: FieldRef): string {
	return ref.prop.displayName.replace(/ Name or ID$/, '').replace(/ Names or IDs$/, '');
}

/** Where a field sits, for a failure line: "additionalFields.notes". */
export function pathOf(ref: FieldRef): string {
	const where = ref.collection
		? `${ref.collection.name}.`
		: ref.fixed
			? `${ref.fixed.parent.name}.`
			: '';
	return `${where}${ref.prop.name}`;
}
