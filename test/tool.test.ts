/**
 * The LeafLink node as an AI tool (n8n's `usableAsTool`, e.g. under an MCP Server Trigger or an AI Agent):
 *  - every operation's Description field, which n8n hands the model, says what it does, what it returns and the
 *    form of the IDs it takes, instead of n8n's "<action> in LeafLink";
 *  - every field a model may fill says its allowed values or format;
 *  - Output (Simplified, Raw, Selected Fields) on the tool, run through n8n's engine as `leafLinkTool` (the name
 *    n8n gives the tool variant, which makes `@tool` display options true), while the plain node keeps Simplify.
 */
import type { INode, INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import { NodeHelpers } from 'n8n-workflow';
import { LeafLink } from '../nodes/LeafLink/LeafLink.node';
import { UUID_PATTERN } from '../nodes/LeafLink/shared/locators';
import { useLeafLink } from './helpers/leaflink';
import { isToolOnly, operations } from './helpers/operationTable';

const TOOL = 'n8n-nodes-leaflink.leafLinkTool';
const plainType = new LeafLink().getNodeType(1);
const toolType = { ...plainType.description, name: 'leafLinkTool' };

/** The node's parameters as n8n resolves them (defaults filled in, hidden ones dropped) for the plain node or the tool. */
function resolved(description: typeof plainType.description, parameters: INode['parameters']) {
	const node = { parameters, typeVersion: 1 } as INode;
	return (
		NodeHelpers.getNodeParameters(
			description.properties,
			parameters,
			true,
			false,
			node,
			description,
		) ?? {}
	);
}

/** Every field a model may fill: top-level ones and the children of collections and fixed collections. */
function fillable(
	props: INodeProperties[],
	where = '',
): Array<{ path: string; prop: INodeProperties }> {
	const out: Array<{ path: string; prop: INodeProperties }> = [];
	for (const prop of props) {
		if (prop.type === 'notice' || prop.type === 'hidden') continue;
		const path = `${where}${prop.name}`;
		if (prop.type === 'collection')
			out.push(...fillable((prop.options as INodeProperties[]) ?? [], `${path}.`));
		else if (prop.type === 'fixedCollection') {
			for (const option of (prop.options as Array<{ name: string; values: INodeProperties[] }>) ??
				[])
				out.push(...fillable(option.values, `${path}.${option.name}.`));
		} else out.push({ path, prop });
	}
	return out;
}

describe('tool descriptions', () => {
	it.each(operations.map((row) => [row.key, row] as const))(
		'%s says what it does, what it returns and the IDs it takes',
		(_key, row) => {
			const text = row.op.toolDescription;
			expect(text).not.toMatch(/ in LeafLink\.?$/);
			expect(text.length).toBeGreaterThan(60);
			expect(text).toMatch(/Returns /);
			// an operation that takes an order or report number (a UUID locator) says so
			if (JSON.stringify(row.op.module.description).includes(UUID_PATTERN.replace(/\\/g, '\\\\')))
				expect(text).toContain('UUID');
			if (/order number|report number/.test(text)) expect(text).toContain('UUID');
		},
	);

	it('is the Description field of the tool, prefilled per operation, and absent from the plain node', () => {
		for (const row of operations.filter((_, i) => i % 7 === 0)) {
			const parameters = { resource: row.resource, operation: row.op.value };
			expect(resolved(toolType, parameters).toolDescription).toBe(row.op.toolDescription);
			expect(resolved(plainType.description, parameters).toolDescription).toBeUndefined();
		}
		// a user's own text is kept
		const own = { resource: 'order', operation: 'get', toolDescription: 'Look up one order' };
		expect(resolved(toolType, own).toolDescription).toBe('Look up one order');
		// n8n adds its own auto/manual description fields only to a node without a toolDescription property
		expect(plainType.description.properties.some((p) => p.name === 'toolDescription')).toBe(true);
	});

	it('gives every field a model may fill a description, and every choice a name', () => {
		const missing: string[] = [];
		for (const row of operations) {
			for (const { path, prop } of fillable(row.op.module.description)) {
				if (!prop.description?.trim() && prop.type !== 'boolean')
					missing.push(`${row.key}: ${path}`);
				if (prop.type === 'options' || prop.type === 'multiOptions') {
					const options = (prop.options as INodePropertyOptions[] | undefined) ?? [];
					if (
						!prop.typeOptions?.loadOptionsMethod &&
						options.some((o) => !o.name || o.value === undefined)
					)
						missing.push(`${row.key}: ${path} (choices)`);
				}
			}
		}
		expect(missing).toEqual([]);
	});

	it('shows Output and Fields only on the tool, and Simplify only on the plain node', () => {
		const tool = resolved(toolType, { resource: 'order', operation: 'getMany' });
		const plain = resolved(plainType.description, { resource: 'order', operation: 'getMany' });
		expect(tool.output).toBe('simple');
		expect(tool.simplify).toBeUndefined();
		expect(plain.simplify).toBe(true);
		expect(plain.output).toBeUndefined();
		expect(
			resolved(toolType, { resource: 'order', operation: 'getMany', output: 'fields' }).fields,
		).toBe('');
		expect(operations.some((row) => row.op.module.description.some(isToolOnly))).toBe(true);
	});
});

describe('Output on the LeafLink Tool (engine)', () => {
	const h = useLeafLink();

	it('Simplified is the default, the same records as the plain node with Simplify on', async () => {
		const params = { resource: 'order', operation: 'getMany', limit: 3 };
		const tool = await h.run(params, { nodeType: TOOL });
		const plain = await h.run(params);
		expect(tool.error).toBeUndefined();
		expect(h.json(tool)).toHaveLength(3);
		expect(h.json(tool)).toEqual(h.json(plain));
		expect(typeof h.json(tool)[0].total).toBe('number');
	});

	it('Raw answers every field LeafLink sent', async () => {
		const raw = await h.run(
			{ resource: 'order', operation: 'getMany', limit: 2, output: 'raw' },
			{ nodeType: TOOL },
		);
		const plainRaw = await h.run({
			resource: 'order',
			operation: 'getMany',
			limit: 2,
			simplify: false,
		});
		expect(h.json(raw)).toEqual(h.json(plainRaw));
		expect(Object.keys(h.json(raw)[0]).length).toBeGreaterThan(20);
	});

	it('Selected Fields asks LeafLink for those fields (fields_include) and answers only them plus the order number', async () => {
		const result = await h.run(
			{
				resource: 'order',
				operation: 'getMany',
				limit: 2,
				output: 'fields',
				fields: 'status, total',
			},
			{ nodeType: TOOL },
		);
		expect(result.error).toBeUndefined();
		const out = h.json(result);
		expect(out).toHaveLength(2);
		for (const order of out) {
			expect(Object.keys(order).sort()).toEqual(['number', 'status', 'total']);
			expect(order.number).toMatch(new RegExp(`^${UUID_PATTERN}$`));
		}
		expect(h.emu.requests[0].query.fields_include).toBe('number,status,total');
		expect(result.items.every((i) => (i.pairedItem as { item: number }).item === 0)).toBe(true);
	});

	it('Selected Fields works on writes too, keyed by id (a product update, payments)', async () => {
		const product = await h.run(
			{
				resource: 'product',
				operation: 'update',
				productId: { __rl: true, mode: 'id', value: '201' },
				updateFields: { name: 'Blue Dream 1g' },
				output: 'fields',
				fields: 'name,sku',
			},
			{ nodeType: TOOL },
		);
		expect(product.error).toBeUndefined();
		expect(h.json(product)).toEqual([{ id: 201, name: 'Blue Dream 1g', sku: expect.any(String) }]);
		expect(h.emu.requests[0].method).toBe('PATCH');
		const payments = await h.run(
			{ resource: 'payment', operation: 'getMany', limit: 2, output: 'fields', fields: 'total' },
			{ nodeType: TOOL },
		);
		expect(payments.error).toBeUndefined();
		for (const p of h.json(payments)) expect(Object.keys(p).sort()).toEqual(['id', 'total']);
	});

	it('customers: Simplified on the tool, raw on the plain node as before', async () => {
		const tool = h.json(
			await h.run({ resource: 'customer', operation: 'getMany', limit: 2 }, { nodeType: TOOL }),
		);
		const plain = h.json(await h.run({ resource: 'customer', operation: 'getMany', limit: 2 }));
		expect(tool).toHaveLength(2);
		expect(tool[0]).toEqual(
			expect.objectContaining({
				id: plain[0].id,
				name: plain[0].name,
				external_ids: expect.any(Object),
			}),
		);
		expect(tool[0]).not.toHaveProperty('ein');
		expect(plain[0]).toHaveProperty('ein');
	});

	it('refuses Selected Fields with no Fields, naming the field, before any request', async () => {
		const result = await h.run(
			{ resource: 'order', operation: 'getMany', limit: 2, output: 'fields', fields: '' },
			{ nodeType: TOOL },
		);
		expect(result.error?.message).toMatch(/^Fields: name at least one field/);
		expect(h.emu.requests).toHaveLength(0);
		// a write is refused before it is sent, not after
		const update = await h.run(
			{
				resource: 'product',
				operation: 'update',
				productId: { __rl: true, mode: 'id', value: '201' },
				updateFields: { name: 'X' },
				output: 'fields',
				fields: ' , ',
			},
			{ nodeType: TOOL },
		);
		expect(update.error?.message).toMatch(/^Fields: name at least one field/);
		expect(h.emu.requests).toHaveLength(0);
	});

	it('refuses an Output it does not know, naming the choices', async () => {
		const result = await h.run(
			{
				resource: 'product',
				operation: 'get',
				productId: { __rl: true, mode: 'id', value: '201' },
				output: 'summary',
			},
			{ nodeType: TOOL },
		);
		expect(result.error?.message).toMatch(/Output/);
		expect(h.emu.requests).toHaveLength(0);
	});
});
