import type {
	IDataObject,
	IExecuteFunctions,
	INodeProperties,
	INodePropertyCollection,
	INodePropertyOptions,
} from 'n8n-workflow';
import type { LeafLinkClient } from '../transport';
import { locatorInput, locatorKey } from './locators';
import type { OperationModule } from './types';
import { fail, isBlank, kindOf, single, toChoice, toEach } from './validators';
import { checkSelectedFields } from './output';

/**
 * Every operation's parameters are checked against its own description before the operation runs: an object or a list
 * where one value is expected is refused (never turned into "[object Object]"), a fixed choice given as LeafLink's
 * value or its display name in any case becomes LeafLink's value, a multi-value field takes a list or a
 * comma-separated text, and a locator holds exactly an ID, an order number or a URL of the credential's LeafLink
 * host. The operation then reads the checked values. Blank values are left to the operation (required or not).
 */

type Checked = Map<string, unknown>;

const fixedChoices = (field: INodeProperties): boolean =>
	(field.type === 'options' || field.type === 'multiOptions') &&
	!field.typeOptions?.loadOptionsMethod &&
	Array.isArray(field.options);

const blank = (value: unknown): boolean => value === undefined || value === null || value === '';

/** A Date or a Luxon DateTime (e.g. $now) is a date; any other object is not. */
const isDateObject = (value: unknown): boolean =>
	value instanceof Date ||
	(typeof value === 'object' &&
		value !== null &&
		typeof (value as { toISO?: unknown }).toISO === 'function');

interface Where {
	ctx: IExecuteFunctions;
	itemIndex: number;
	/** the credential's LeafLink host (e.g. app.leaflink.com), for locators given as a URL */
	host?: string;
}

/** One value of a field, checked; answers the value the operation should read. */
function checkValue(at: Where, field: INodeProperties, value: unknown, label: string): unknown {
	const { ctx, itemIndex } = at;
	if (blank(value)) return value;
	switch (field.type) {
		case 'string':
			single(ctx, itemIndex, value, label, 'text');
			return value;
		case 'number':
			single(ctx, itemIndex, value, label, 'a number');
			if (typeof value === 'boolean')
				fail(ctx, itemIndex, `${label} must be a number, not ${String(value)}`);
			return value;
		case 'boolean':
			single(ctx, itemIndex, value, label, 'true or false');
			return value;
		case 'dateTime':
			if (!isDateObject(value)) single(ctx, itemIndex, value, label, 'a date');
			return value;
		case 'options':
			if (fixedChoices(field))
				return toChoice(ctx, itemIndex, value, label, field.options as INodePropertyOptions[]);
			single(ctx, itemIndex, value, label, 'one value');
			return value;
		case 'multiOptions':
			if (fixedChoices(field)) {
				return toEach(ctx, itemIndex, value, label, (v) =>
					toChoice(ctx, itemIndex, v, label, field.options as INodePropertyOptions[]),
				);
			}
			return toEach(ctx, itemIndex, value, label, (v) => (typeof v === 'string' ? v.trim() : v));
		case 'collection':
			return checkCollection(at, field, value, label);
		case 'fixedCollection':
			return checkFixedCollection(at, field, value, label);
		default:
			return value;
	}
}

function asObject(at: Where, value: unknown, label: string): IDataObject {
	if (typeof value !== 'object' || value === null || Array.isArray(value)) {
		fail(
			at.ctx,
			at.itemIndex,
			`${label} must be a set of fields, not ${kindOf(value) ?? `"${String(value)}"`}`,
		);
	}
	return value as IDataObject;
}

function checkCollection(
	at: Where,
	field: INodeProperties,
	value: unknown,
	label: string,
): IDataObject {
	return checkChildren(
		at,
		(field.options ?? []) as INodeProperties[],
		asObject(at, value, label),
		label,
	);
}

/** The values of `given` with each of `children` it holds checked, named `<label>: <child>` in errors. */
function checkChildren(
	at: Where,
	children: INodeProperties[],
	given: IDataObject,
	label: string,
): IDataObject {
	const out: IDataObject = { ...given };
	for (const child of children) {
		if (child.name in given)
			out[child.name] = checkValue(
				at,
				child,
				given[child.name],
				`${label}: ${child.displayName}`,
			) as IDataObject[string];
	}
	return out;
}

function checkFixedCollection(
	at: Where,
	field: INodeProperties,
	value: unknown,
	label: string,
): IDataObject {
	const given = asObject(at, value, label);
	const out: IDataObject = { ...given };
	for (const group of (field.options ?? []) as INodePropertyCollection[]) {
		const entries = given[group.name];
		if (entries === undefined) continue;
		const list = Array.isArray(entries) ? entries : [entries];
		const checked = list.map((entry, n) => {
			const where = Array.isArray(entries) ? `${group.displayName} ${n + 1}` : label;
			return checkChildren(at, group.values, asObject(at, entry, where), where);
		});
		out[group.name] = (Array.isArray(entries) ? checked : checked[0]) as IDataObject[string];
	}
	return out;
}

/** A locator's key in exactly its form; a URL must also be on the credential's LeafLink host. */
function checkLocator(
	at: Where,
	field: INodeProperties,
	input: { mode: string; value: unknown },
): unknown {
	const { mode, value } = input;
	if (isBlank(value) && kindOf(value) === undefined) return undefined;
	const key = locatorKey(at.ctx, at.itemIndex, field, input);
	if (mode === 'url' && at.host !== undefined) {
		const host = new URL(String(value).trim()).host;
		if (host !== at.host) {
			fail(
				at.ctx,
				at.itemIndex,
				`${field.displayName} must be a URL on ${at.host}, the LeafLink of this credential, not on ${host}`,
				`Paste the address of the ${field.displayName.toLowerCase()}'s page in LeafLink, or give it by ID.`,
			);
		}
	}
	return { __rl: true, mode: 'id', value: key };
}

async function credentialHost(client: LeafLinkClient): Promise<string | undefined> {
	try {
		return new URL(await client.baseUrl()).host;
	} catch {
		// no usable base URL: the request itself reports the credential problem
		return undefined;
	}
}

/** The parameters of one item checked against the operation's description, by name. */
async function checkParameters(
	ctx: IExecuteFunctions,
	client: LeafLinkClient,
	description: INodeProperties[],
	itemIndex: number,
): Promise<Checked> {
	const checked: Checked = new Map();
	const locators = new Map(
		description
			.filter((f) => f.type === 'resourceLocator')
			.map((f) => [f.name, locatorInput(ctx, itemIndex, f.name)] as const),
	);
	const needsHost = [...locators.values()].some((input) => input.mode === 'url');
	const at: Where = { ctx, itemIndex, host: needsHost ? await credentialHost(client) : undefined };
	for (const field of description) {
		if (field.type === 'resourceLocator') {
			const value = checkLocator(at, field, locators.get(field.name)!);
			if (value !== undefined) checked.set(field.name, value);
			continue;
		}
		if (field.type === 'notice' || field.type === 'hidden' || field.type === 'json') continue;
		// null, not undefined, as the fallback: a field hidden by displayOptions is simply not set
		const value = ctx.getNodeParameter(field.name, itemIndex, null) as unknown;
		if (blank(value)) continue;
		checked.set(field.name, checkValue(at, field, value, field.displayName));
	}
	return checked;
}

/** The item's context, reading the checked values for the fields checked; everything else is n8n's own. */
function readingChecked(
	ctx: IExecuteFunctions,
	checkedItem: number,
	checked: Checked,
): IExecuteFunctions {
	const getNodeParameter = ((
		name: string,
		itemIndex: number,
		fallback?: unknown,
		options?: { extractValue?: boolean },
	) => {
		if (itemIndex === checkedItem && checked.has(name)) {
			const value = checked.get(name);
			if (options?.extractValue && value !== null && typeof value === 'object' && '__rl' in value)
				return (value as unknown as { value: unknown }).value;
			return value;
		}
		return ctx.getNodeParameter(name, itemIndex, fallback as never, options);
	}) as IExecuteFunctions['getNodeParameter'];
	return new Proxy(ctx, {
		get(target, property) {
			if (property === 'getNodeParameter') return getNodeParameter;
			const value = Reflect.get(target, property, target) as unknown;
			return typeof value === 'function'
				? (value as (...args: unknown[]) => unknown).bind(target)
				: value;
		},
	});
}

/** The operation, running on its checked parameters. */
export function withCheckedParameters(module: OperationModule): OperationModule {
	const hasOutput = module.description.some((field) => field.name === 'output');
	return {
		description: module.description,
		async execute(this: IExecuteFunctions, client: LeafLinkClient, itemIndex: number) {
			const checked = await checkParameters(this, client, module.description, itemIndex);
			const ctx = readingChecked(this, itemIndex, checked);
			if (hasOutput) checkSelectedFields(ctx, itemIndex);
			return await module.execute.call(ctx, client, itemIndex);
		},
	};
}

/**
 * A fixed choice must be one of its choices (LeafLink's value or its display name, any case); for the router's last
 * check before the first request. `withCheckedParameters` has normally refused a wrong choice already.
 */
export function checkChoices(
	ctx: IExecuteFunctions,
	description: INodeProperties[],
	itemIndex: number,
): void {
	const at: Where = { ctx, itemIndex };
	for (const field of description) {
		if (fixedChoices(field)) {
			checkValue(at, field, ctx.getNodeParameter(field.name, itemIndex, null), field.displayName);
		} else if (field.type === 'collection' && Array.isArray(field.options)) {
			const values = ctx.getNodeParameter(field.name, itemIndex, {}) as IDataObject;
			if (typeof values !== 'object' || values === null) continue;
			for (const child of field.options as INodeProperties[]) {
				if (fixedChoices(child) && child.name in values)
					checkValue(at, child, values[child.name], `${field.displayName}: ${child.displayName}`);
			}
		}
	}
}
