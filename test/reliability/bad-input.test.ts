/* eslint-disable @n8n/community-nodes/no-restricted-globals -- test code runs in Node (servers, files, environment), not in n8n Cloud's sandbox for nodes */
/**
 * Bad input, before any request: a table derived from every operation's own description (nodes/LeafLink/resources.ts,
 * `allResources`), so it covers resources as they land. For each operation, starting from parameters that pass
 * validation, one value at a time is made bad:
 *
 *  - a required field missing (an expression that resolves to nothing, so n8n's own required check does not
 *    pre-empt ours) or empty;
 *  - an ID of the wrong type (a word for a numeric ID, a non-UUID for an order number or other UUID key);
 *  - a number field given a word, or a value outside its documented range (typeOptions minValue / maxValue);
 *  - an unparseable date; invalid JSON; text over its documented length ("at most N characters");
 *  - a value that is not one of an options field's choices (e.g. Discount Type).
 *
 * Each must fail with a NodeOperationError that names the field and says what is expected, and the emulator must
 * have received no request. Finally, optional text fields given an expression that resolves to nothing must not
 * reach LeafLink as the string "undefined".
 */
import type { IDataObject, INodeProperties, INodePropertyCollection } from 'n8n-workflow';
import { allResources } from '../../nodes/LeafLink/resources';
import type { OperationEntry } from '../../nodes/LeafLink/shared/types';
import { useLeafLink } from '../helpers/leaflink';
import type { FieldRef } from '../helpers/operationTable';
import { fieldsOf, showFor } from '../helpers/operationTable';
import type { RunNodeResult } from '../helpers/engine';

const h = useLeafLink();

type Params = Record<string, unknown>;

interface Case {
	what: string;
	field: FieldRef;
	value: unknown;
}

const MISSING = '={{ $json.missing }}';
const UUID = '5b0f3e8a-1c2d-4e5f-8a9b-0c1d2e3f4001';
const EXPECTED_WORDS =
	/required|must|expected|not a |not valid|invalid|at most|at least|one of|uuid|number|date|json|characters|empty|between|whole/i;

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

function isUuidLocator(prop: INodeProperties): boolean {
	const text = JSON.stringify(prop.modes ?? []) + String(prop.placeholder ?? '');
	return /\{8\}-|[0-9a-f]{8}-[0-9a-f]{4}-/i.test(text);
}

function idLike(prop: INodeProperties): boolean {
	return (
		/(^|_)id$|Id$|^(product|customer|batch|brand|company|seller|owner|staff|facility|order|author|buyer|contact|strain)$/.test(
			prop.name,
		) || /^e\.g\. \d+$/.test(String(prop.placeholder ?? ''))
	);
}

/** A value that passes validation for this field. */
function validValue(prop: INodeProperties): unknown {
	switch (prop.type) {
		case 'resourceLocator':
			return { __rl: true, mode: 'id', value: isUuidLocator(prop) ? UUID : '1' };
		case 'options':
			if (prop.typeOptions?.loadOptionsMethod) return '1';
			return prop.default !== '' && prop.default !== undefined
				? prop.default
				: (prop.options as Array<{ value: unknown }>)[0]?.value;
		case 'multiOptions':
			return prop.default;
		case 'number':
			return typeof prop.default === 'number' && prop.default > 0
				? prop.default
				: (prop.typeOptions?.minValue ?? 1) || 1;
		case 'dateTime':
			return /end|until|before|expir/i.test(prop.name)
				? '2030-12-31T00:00:00Z'
				: '2030-01-01T00:00:00Z';
		case 'json':
			return typeof prop.default === 'string' && prop.default.trim() !== '' ? prop.default : '{}';
		case 'boolean':
			return prop.default;
		case 'collection':
			return {};
		case 'fixedCollection': {
			const option = (prop.options as INodePropertyCollection[])[0];
			const entry: IDataObject = {};
			for (const value of option.values) {
				if (value.type === 'notice') continue;
				entry[value.name] = (
					value.required ? validValue(value) : value.default
				) as IDataObject[string];
			}
			return { [option.name]: prop.typeOptions?.multipleValues ? [entry] : entry };
		}
		case 'string':
		default:
			if (idLike(prop))
				return String(/^e\.g\. (\d+)$/.exec(String(prop.placeholder ?? ''))?.[1] ?? '1');
			if (/email/i.test(prop.name)) return 'buyer@example.com';
			if (/color/i.test(prop.name)) return '#00aa00';
			return prop.default !== '' && prop.default !== undefined ? prop.default : 'test';
	}
}

/**
 * What the descriptions cannot say. Product Create fills a missing Unit of Measure or Listing State with LeafLink's
 * recommended defaults by design; with that off, the table checks they are required.
 */
const BASELINE_HINTS: Record<string, Params> = {
	'product.create': { applyDefaults: false },
};

function baseline(resource: string, op: OperationEntry): Params {
	const params: Params = {
		resource,
		operation: op.value,
		...BASELINE_HINTS[`${resource}.${op.value}`],
	};
	for (const prop of op.module.description) {
		if (prop.required && prop.type !== 'notice') params[prop.name] = validValue(prop);
	}
	return params;
}

/**
 * Makes the starting parameters pass validation where the description alone does not say enough (an update needs a
 * field to change; a product in "Unit" needs Base Units Per Unit): the field the refusal names is given a valid
 * value, up to a few times. A collection it names gets one of its fields.
 */
async function repairBaseline(
	params: Params,
	op: OperationEntry,
): Promise<{ params: Params; refusal?: string }> {
	let current = params;
	const tried = new Set<string>();
	const picks = new Map<string, string>();
	for (let attempt = 0; attempt < 12; attempt++) {
		h.emu.reset();
		const result = await run(current);
		if (h.emu.requests.length > 0 || !result.error) return { params: current };
		const message = result.error.message.toLowerCase();
		let named = fieldsOf(op)
			.filter((f) =>
				message.startsWith(f.prop.displayName.replace(/ Name or ID$/, '').toLowerCase()),
			)
			.sort((a, b) => b.prop.displayName.length - a.prop.displayName.length)[0];
		if (!named) return { params: current, refusal: result.error.message };
		if (named.collection && picks.get(named.collection.name) === named.prop.name) {
			// the field picked to fill a collection brings its own demands: drop it and pick another
			const collection = { ...(current[named.collection.name] as IDataObject) };
			delete collection[named.prop.name];
			current = { ...current, [named.collection.name]: collection };
			named = { prop: named.collection };
		}
		if (named.prop.type === 'collection') {
			const options = ((named.prop.options as INodeProperties[]) ?? []).filter(
				(o) => !tried.has(`${named.prop.name}.${o.name}`),
			);
			const plain = (o: INodeProperties) =>
				o.type === 'string' && !idLike(o) && !/email|color|url/i.test(o.name);
			const pick = options.find(plain) ?? options.find((o) => o.type === 'number') ?? options[0];
			if (!pick) return { params: current, refusal: result.error.message };
			tried.add(`${named.prop.name}.${pick.name}`);
			picks.set(named.prop.name, pick.name);
			current = place(current, { prop: pick, collection: named.prop }, validValue(pick));
		} else {
			current = place(
				current,
				named,
				named.prop.type === 'number'
					? Math.max(1, Number(validValue(named.prop)))
					: validValue(named.prop),
			);
		}
	}
	return { params: current, refusal: 'still refused after repairs' };
}

/** The parameters with one field set to `value` (its container created as needed). */
function place(params: Params, ref: FieldRef, value: unknown): Params {
	const out = clone(params);
	Object.assign(out, showFor(ref.collection ?? ref.fixed?.parent ?? ref.prop));
	if (ref.collection) {
		out[ref.collection.name] = {
			...((out[ref.collection.name] as IDataObject) ?? {}),
			[ref.prop.name]: value,
		};
	} else if (ref.fixed) {
		const { parent, option } = ref.fixed;
		const current =
			(out[parent.name] as IDataObject | undefined) ?? (validValue(parent) as IDataObject);
		const entries = current[option.name] ?? (validValue(parent) as IDataObject)[option.name];
		const first =
			clone(Array.isArray(entries) ? (entries[0] as IDataObject) : (entries as IDataObject)) ?? {};
		for (const v of option.values)
			if (first[v.name] === undefined && v.required)
				first[v.name] = validValue(v) as IDataObject[string];
		first[ref.prop.name] = value as IDataObject[string];
		out[parent.name] = { ...current, [option.name]: Array.isArray(entries) ? [first] : first };
	} else {
		Object.assign(out, showFor(ref.prop));
		out[ref.prop.name] = value;
	}
	return out;
}

function casesFor(op: OperationEntry): Case[] {
	const cases: Case[] = [];
	for (const field of fieldsOf(op)) {
		const { prop } = field;
		const topLevel = !field.collection && !field.fixed;
		if (topLevel && prop.required) {
			if (prop.type === 'resourceLocator') {
				cases.push({ what: 'missing', field, value: { __rl: true, mode: 'id', value: MISSING } });
				cases.push({
					what: 'empty',
					field,
					value: { __rl: true, mode: 'id', value: '={{ "  " }}' },
				});
			} else if (prop.type === 'fixedCollection') {
				cases.push({ what: 'missing', field, value: {} });
			} else if (prop.type !== 'boolean' && prop.type !== 'collection') {
				cases.push({ what: 'missing', field, value: MISSING });
				cases.push({ what: 'empty', field, value: '={{ "" }}' });
			}
		}
		if (prop.type === 'resourceLocator') {
			cases.push(
				isUuidLocator(prop)
					? {
							what: 'not a UUID',
							field,
							value: { __rl: true, mode: 'id', value: '={{ "not-a-uuid" }}' },
						}
					: {
							what: 'ID of the wrong type',
							field,
							value: { __rl: true, mode: 'id', value: '={{ "abc" }}' },
						},
			);
		}
		if (
			prop.type === 'string' &&
			prop.required &&
			(/(^|_)id$|Id$/.test(prop.name) || /^e\.g\. \d+$/.test(String(prop.placeholder ?? '')))
		) {
			cases.push({ what: 'ID of the wrong type', field, value: '={{ "abc" }}' });
		}
		if (prop.type === 'number') {
			cases.push({ what: 'a word for a number', field, value: '={{ "abc" }}' });
			const { minValue, maxValue } = (prop.typeOptions ?? {}) as {
				minValue?: number;
				maxValue?: number;
			};
			if (typeof minValue === 'number')
				cases.push({ what: `below the minimum ${minValue}`, field, value: minValue - 1 });
			if (typeof maxValue === 'number')
				cases.push({ what: `above the maximum ${maxValue}`, field, value: maxValue + 1 });
		}
		if (prop.type === 'dateTime')
			cases.push({ what: 'an unparseable date', field, value: 'next tuesday-ish' });
		if (prop.type === 'json') cases.push({ what: 'invalid JSON', field, value: '{"a": 1,' });
		const maxLength = /at most (\d+) characters/i.exec(String(prop.description ?? ''))?.[1];
		if ((prop.type === 'string' || prop.type === undefined) && maxLength) {
			cases.push({
				what: `over ${maxLength} characters`,
				field,
				value: 'x'.repeat(Number(maxLength) + 1),
			});
		}
		if (
			prop.type === 'options' &&
			!prop.typeOptions?.loadOptionsMethod &&
			Array.isArray(prop.options)
		) {
			cases.push({ what: 'not one of the choices', field, value: '={{ "no-such-choice" }}' });
		}
	}
	return cases;
}

/** The words a message may use for a field: its display name, without n8n's " Name or ID" suffix. */
function labelsOf(ref: FieldRef): string[] {
	const labels = [ref.prop.displayName.replace(/ Name or ID$/, '')];
	if (ref.fixed) labels.push(ref.fixed.option.displayName);
	return labels.map((l) => l.toLowerCase());
}

function verdict(result: RunNodeResult, ref: FieldRef, requests: number): string | undefined {
	const error = result.error as (Error & { description?: string }) | undefined;
	if (!error) return `no error (${requests} request(s) sent)`;
	const text = `${error.message} ${error.description ?? ''}`;
	if (requests > 0) return `${requests} request(s) sent before the error: ${error.message}`;
	if (error.name !== 'NodeOperationError')
		return `${error.name}, not NodeOperationError: ${error.message}`;
	if (!labelsOf(ref).some((l) => text.toLowerCase().includes(l)))
		return `does not name "${ref.prop.displayName}": ${error.message}`;
	if (!EXPECTED_WORDS.test(text)) return `does not say what is expected: ${error.message}`;
	return undefined;
}

/** Runs the node; a workflow n8n itself refuses to start (its own parameter checks) comes back as the error. */
async function run(params: Params): Promise<RunNodeResult> {
	try {
		return await h.run(params);
	} catch (error) {
		return { items: [], errorItems: [], error: error as RunNodeResult['error'] };
	}
}

const baselines = new Map<string, Promise<{ params: Params; refusal?: string }>>();
function baselineOf(
	resource: string,
	op: OperationEntry,
): Promise<{ params: Params; refusal?: string }> {
	const key = `${resource}.${op.value}`;
	if (!baselines.has(key)) baselines.set(key, repairBaseline(baseline(resource, op), op));
	return baselines.get(key)!;
}

const operations = allResources.flatMap((r) =>
	r.operations.map((op) => ({ resource: r.value, op })),
);
const findings: string[] = [];
let casesRun = 0;

afterAll(() => {
	process.stdout.write(
		`[reliability:bad-input] ${operations.length} operations, ${casesRun} bad-input cases, ${findings.length} failing\n${findings
			.map((f) => `  ${f}`)
			.join('\n')}${findings.length ? '\n' : ''}`,
	);
});

describe.each(
	operations.map(({ resource, op }) => [`${resource}.${op.value}`, resource, op] as const),
)('%s', (_name, resource, op) => {
	it('refuses each bad value before any request, naming the field and what is expected', async () => {
		// parameters that pass validation: the starting point each case changes one value of
		const { params: base, refusal } = await baselineOf(resource, op);
		const baselineNote = refusal
			? ` (the table's valid parameters were refused too: ${refusal})`
			: '';

		const failures: string[] = [];
		for (const c of casesFor(op)) {
			h.emu.reset();
			const result = await run(place(base, c.field, c.value));
			casesRun++;
			const problem = verdict(result, c.field, h.emu.requests.length);
			const where = c.field.collection
				? `${c.field.collection.name}.`
				: c.field.fixed
					? `${c.field.fixed.parent.name}.`
					: '';
			if (problem)
				failures.push(`${where}${c.field.prop.name} ${c.what}: ${problem}${baselineNote}`);
		}
		findings.push(...failures.map((f) => `${resource}.${op.value} ${f}`));
		expect(failures).toEqual([]);
	});

	it('never sends the text "undefined" for optional fields whose expression resolves to nothing', async () => {
		let { params } = await baselineOf(resource, op);
		for (const field of fieldsOf(op)) {
			if (!field.collection || field.prop.type !== 'string') continue;
			if (
				field.collection &&
				/^update/i.test(field.collection.name) &&
				(params[field.collection.name] as IDataObject)?.[field.prop.name]
			)
				continue;
			params = place(params, field, MISSING);
		}
		h.emu.reset();
		await run(params);
		const sent = JSON.stringify(
			h.emu.requests.map((r) => ({ query: r.query, body: r.body, path: r.path })),
		);
		expect(sent).not.toMatch(/undefined/);
	});
});
