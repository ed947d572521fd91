// examples/mcp-server.json: an MCP Server Trigger with twelve LeafLink tools, published in real n8n and
// driven by a real MCP client (@modelcontextprotocol/sdk, Streamable HTTP, no language model): the client
// lists the tools, checks each has a description and an input schema, calls the reads and the writes and
// compares each answer with the emulator, sends bad arguments and gets tool errors naming the field, and
// finds neither the LeafLink API key nor the MCP bearer token in anything n8n sent back.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';

const WORKFLOW_ID = 'LLexMcpServer001';
const MCP_PATH = 'leaflink';
/** The example's bearer credential (its id is in examples/mcp-server.json); the token is made up for the test. */
const BEARER = Object.freeze({
	id: 'LLmcpBearerAuth1',
	name: 'LeafLink MCP bearer token',
	type: 'httpBearerAuth',
});
const TOKEN = 'mcp-e2e-token-5d1c9a7e3b2f4a60';

const TOOLS = [
	'list_orders',
	'get_order',
	'transition_order',
	'get_order_line_items',
	'list_products',
	'get_product',
	'update_product_price',
	'set_product_inventory',
	'list_customers',
	'get_customer',
	'create_or_update_customer',
	'list_order_payments',
];

/** The text n8n put in a tool result (one text block). */
function textOf(result) {
	return (result.content ?? []).map((c) => c.text ?? '').join('\n');
}

/** A successful tool result, parsed: n8n answers with the tool node's output items as JSON. */
function parsed(name, result) {
	if (result.isError) throw new Error(`${name} failed: ${textOf(result)}`);
	const text = textOf(result);
	try {
		return JSON.parse(text);
	} catch {
		throw new Error(`${name} did not answer JSON: ${text.slice(0, 500)}`);
	}
}

/** The records of a result, whether n8n sent one object or a list of them. */
const records = (value) => (Array.isArray(value) ? value : [value]);

export default {
	name: 'MCP server: a real MCP client lists, reads and writes LeafLink through the published example',
	example: 'mcp-server.json',
	timeoutMs: 240000,
	async run(t) {
		try {
			await exercise(t);
		} finally {
			// later scenarios start the same n8n: leave the MCP endpoint unpublished again
			await t.n8n.stop();
			await t.n8n.cli(
				t.major >= 2
					? ['unpublish:workflow', `--id=${WORKFLOW_ID}`]
					: ['update:workflow', `--id=${WORKFLOW_ID}`, '--active=false'],
				{ allowFail: true },
			);
		}
	},
};

/** The scenario's steps; `run` unpublishes the workflow afterwards, whatever happened. */
async function exercise({ n8n, emu, assert, log }) {
	await n8n.importCredentials([{ ...BEARER, data: { token: TOKEN } }]);
	await n8n.activate(WORKFLOW_ID);
	await n8n.start();
	const url = new URL(n8n.url + `/mcp/${MCP_PATH}`);

	// The endpoint is live, and refuses a client without the bearer token.
	const anonymous = await n8n.waitForWebhook(url.href, {
		method: 'POST',
		headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream' },
		body: {
			jsonrpc: '2.0',
			id: 1,
			method: 'initialize',
			params: {
				protocolVersion: '2025-03-26',
				capabilities: {},
				clientInfo: { name: 'anonymous', version: '0' },
			},
		},
		accept: (res) => res.status !== 404 && res.status !== 503,
	});
	assert.ok(
		[401, 403].includes(anonymous.status),
		`a client without the token is refused (got ${anonymous.status}: ${anonymous.body.slice(0, 200)})`,
	);

	const client = new Client({ name: 'leaflink-e2e', version: '1.0.0' });
	await client.connect(
		new StreamableHTTPClientTransport(url, {
			requestInit: { headers: { Authorization: `Bearer ${TOKEN}` } },
		}),
	);
	const answers = [];
	const call = async (name, args) => {
		const result = await client.callTool({ name, arguments: args });
		answers.push(JSON.stringify(result));
		return result;
	};
	try {
		// ---- the tools, as a model sees them
		const { tools } = await client.listTools();
		answers.push(JSON.stringify(tools));
		assert.deepEqual(
			tools.map((t) => t.name).sort(),
			[...TOOLS].sort(),
			"the example's twelve tools",
		);
		for (const tool of tools) {
			assert.ok(
				tool.description &&
					tool.description.length >= 60 &&
					!/ in LeafLink$/.test(tool.description),
				`${tool.name}: a written description, not n8n's automatic one (${tool.description})`,
			);
			assert.equal(tool.inputSchema?.type, 'object', `${tool.name}: an input schema`);
			const props = Object.entries(tool.inputSchema.properties ?? {});
			assert.ok(props.length > 0, `${tool.name}: takes arguments`);
			for (const [arg, schema] of props)
				assert.ok(
					schema.description && schema.description.length >= 20,
					`${tool.name}.${arg}: described (${JSON.stringify(schema)})`,
				);
		}
		const schemaOf = (name) => tools.find((t) => t.name === name).inputSchema;
		assert.deepEqual(schemaOf('get_order').required, ['order_number']);
		assert.equal(schemaOf('set_product_inventory').properties.quantity.type, 'number');
		assert.ok(
			!(schemaOf('list_orders').required ?? []).includes('status'),
			'list_orders: status is optional',
		);
		log(
			`tools/list: ${tools.length} tools, e.g. ${tools[0].name}: ${JSON.stringify(tools[0].inputSchema).slice(0, 300)}`,
		);

		// ---- reads, compared with the emulator
		const submitted = [...emu.db.orders.values()].filter((o) => o.status === 'Submitted');
		const listed = records(
			parsed('list_orders', await call('list_orders', { status: 'submitted' })),
		);
		log(`list_orders → ${JSON.stringify(listed[0]).slice(0, 400)}`);
		assert.deepEqual(
			listed.map((o) => o.number).sort(),
			submitted.map((o) => o.number).sort(),
			'list_orders: the submitted orders',
		);
		for (const o of listed) assert.equal(o.status, 'Submitted');

		const order = submitted[0];
		const got = records(
			parsed('get_order', await call('get_order', { order_number: order.number })),
		)[0];
		assert.equal(got.number, order.number);
		assert.equal(got.status, order.status);

		const lines = records(
			parsed(
				'get_order_line_items',
				await call('get_order_line_items', { order_number: order.number }),
			),
		);
		const expectedLines = emu.db['line-items'].all().filter((l) => l.order === order.number);
		assert.deepEqual(
			lines.map((l) => l.id).sort(),
			expectedLines.map((l) => l.id).sort(),
			"the order's line items",
		);

		const products = records(parsed('list_products', await call('list_products', {})));
		assert.deepEqual(
			products.map((p) => p.id).sort(),
			emu.db.products
				.all()
				.map((p) => p.id)
				.sort(),
			'list_products: every product (the seed has fewer than the default limit, 20)',
		);
		assert.equal(
			records(parsed('list_products', await call('list_products', { limit: 3 }))).length,
			3,
			'list_products: limit',
		);
		const product = emu.db.products.get(201);
		const gotProduct = records(
			parsed('get_product', await call('get_product', { product_id: 201 })),
		)[0];
		assert.equal(gotProduct.id, 201);
		assert.equal(gotProduct.sku, product.sku);

		const customer = emu.db.customers.all()[0];
		const prefix = customer.name.slice(0, 4);
		const customers = records(
			parsed('list_customers', await call('list_customers', { name_starts_with: prefix })),
		);
		assert.ok(
			customers.length >= 1 && customers.every((c) => c.name.startsWith(prefix)),
			`list_customers: names starting "${prefix}"`,
		);
		assert.ok(customers.some((c) => c.id === customer.id));
		const gotCustomer = records(
			parsed('get_customer', await call('get_customer', { customer_id: customer.id })),
		)[0];
		assert.equal(gotCustomer.id, customer.id);
		assert.equal(gotCustomer.name, customer.name);

		const payment = emu.db['order-payments'].all()[0];
		const payments = records(
			parsed(
				'list_order_payments',
				await call('list_order_payments', { order_number: payment.order }),
			),
		);
		assert.deepEqual(
			payments.map((p) => p.id).sort(),
			emu.db['order-payments']
				.all()
				.filter((p) => p.order === payment.order)
				.map((p) => p.id)
				.sort(),
			"the order's payments",
		);

		// ---- writes, checked in the emulator
		const accepted = records(
			parsed(
				'transition_order',
				await call('transition_order', { order_number: order.number, transition: 'accept' }),
			),
		)[0];
		assert.equal(accepted.status, 'Accepted');
		assert.equal(
			emu.db.orders.get(order.number).status,
			'Accepted',
			'the order is Accepted in LeafLink',
		);

		parsed(
			'set_product_inventory',
			await call('set_product_inventory', { product_id: 201, quantity: 42 }),
		);
		assert.equal(Number(emu.db.products.get(201).quantity), 42, 'inventory set in LeafLink');

		parsed(
			'update_product_price',
			await call('update_product_price', { product_id: 201, wholesale_price: 24.5 }),
		);
		assert.equal(
			Number(emu.db.products.get(201).wholesale_price.amount),
			24.5,
			'price set in LeafLink',
		);

		const before = emu.db.customers.all().length;
		const created = records(
			parsed(
				'create_or_update_customer',
				await call('create_or_update_customer', {
					erp_customer_id: 'CUST-7001',
					name: 'Summit Supply',
				}),
			),
		)[0];
		assert.equal(created._action, 'created');
		const again = records(
			parsed(
				'create_or_update_customer',
				await call('create_or_update_customer', {
					erp_customer_id: 'CUST-7001',
					name: 'Summit Supply Co',
				}),
			),
		)[0];
		assert.equal(again._action, 'updated');
		assert.equal(again.id, created.id);
		assert.equal(emu.db.customers.all().length, before + 1, 'calling twice made one customer');
		assert.equal(emu.db.customers.get(created.id).name, 'Summit Supply Co');
		assert.deepEqual(emu.db.customers.get(created.id).external_ids, { erp: 'CUST-7001' });

		// ---- bad arguments: tool errors that name the field, and nothing sent to LeafLink
		const requestsBefore = emu.requests.length;
		const bad = [
			['get_order', { order_number: 'ORD-12' }, /order/i],
			['transition_order', { order_number: order.number, transition: 'teleport' }, /transition/i],
			['set_product_inventory', { product_id: 201, quantity: -5 }, /quantity/i],
			['set_product_inventory', { product_id: 201, quantity: 'lots' }, /quantity/i],
			['get_product', {}, /product_id/],
			['create_or_update_customer', { erp_customer_id: 'A,B', name: 'X' }, /external id/i],
		];
		for (const [name, args, field] of bad) {
			let result;
			try {
				result = await call(name, args);
			} catch (e) {
				// the SDK refuses a protocol-level error (-32602 invalid params) by throwing
				result = { isError: true, content: [{ type: 'text', text: e.message }] };
				answers.push(e.message);
			}
			log(`${name}(${JSON.stringify(args)}) → ${JSON.stringify(result).slice(0, 400)}`);
			assert.equal(
				result.isError,
				true,
				`${name}(${JSON.stringify(args)}) is a tool error: ${textOf(result).slice(0, 300)}`,
			);
			assert.match(textOf(result), field, `${name}: the error names the field`);
		}
		assert.deepEqual(
			emu.requests.slice(requestsBefore).map((r) => r.template),
			[],
			'every bad argument was refused before any request to LeafLink',
		);
	} finally {
		await client.close().catch(() => {});
	}

	// ---- no secret in anything a client received
	const all = answers.join('\n');
	for (const secret of [emu.keys.app, emu.keys.token, emu.keys.readOnly, TOKEN]) {
		assert.ok(!all.includes(secret), 'no secret in any tool list or result');
	}
	assert.equal(emu.requestsWithoutUserAgent(), 0);
	const executions = await n8n.executions({ workflowId: WORKFLOW_ID, withData: false });
	log(`${answers.length} MCP answers; ${executions.length} executions saved for the MCP workflow`);
}
