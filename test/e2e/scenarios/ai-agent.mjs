// examples/ai-agent.json: a Chat Trigger, n8n's AI Agent and the twelve LeafLink tools of the MCP example.
// The example ships without a chat model credential (the user adds theirs), so the scenario runs a copy of
// it whose OpenAI Chat Model points, through a real OpenAI credential, at a scripted chat-completions server
// on 127.0.0.1: the "model" asks for two tool calls (list the submitted orders, set a product's inventory),
// n8n's agent runs the LeafLink tools against the emulator, and the model's last answer repeats what the
// tools returned. Checked: the agent offered the model every tool with its description and argument schema,
// the tool results are the emulator's records, the write happened once, and no secret reached the model.
import fs from 'node:fs';
import http from 'node:http';

const RUN_ID = 'E2eAiAgentRun001';
const OPENAI = Object.freeze({
	id: 'E2eOpenAiScript1',
	name: 'Scripted chat model (e2e)',
	type: 'openAiApi',
});
const MODEL_KEY = 'sk-e2e-scripted-model-key';

/** A chat-completions server that answers from a script; records every request it receives. */
async function scriptedModel(script) {
	const requests = [];
	const server = http.createServer((req, res) => {
		let body = '';
		req.on('data', (d) => (body += d));
		req.on('end', () => {
			const json = body ? JSON.parse(body) : {};
			requests.push({
				method: req.method,
				url: req.url,
				authorization: req.headers.authorization,
				body: json,
			});
			if (req.method !== 'POST' || !req.url.endsWith('/chat/completions')) {
				res
					.writeHead(404, { 'content-type': 'application/json' })
					.end(JSON.stringify({ error: { message: `no ${req.method} ${req.url}` } }));
				return;
			}
			const message = script(json.messages ?? []);
			const choice = {
				index: 0,
				message: { role: 'assistant', content: null, ...message },
				finish_reason: message.tool_calls ? 'tool_calls' : 'stop',
			};
			const completion = {
				id: `chatcmpl-${requests.length}`,
				object: 'chat.completion',
				created: Math.floor(Date.now() / 1000),
				model: json.model,
				choices: [choice],
				usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
			};
			if (!json.stream) {
				res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(completion));
				return;
			}
			// streamed: the whole message in one delta, then the finish reason
			const chunk = (delta, finish_reason = null) =>
				`data: ${JSON.stringify({ ...completion, object: 'chat.completion.chunk', choices: [{ index: 0, delta, finish_reason }] })}\n\n`;
			const delta = {
				role: 'assistant',
				content: message.content ?? '',
				...(message.tool_calls
					? { tool_calls: message.tool_calls.map((c, index) => ({ index, ...c })) }
					: {}),
			};
			res.writeHead(200, { 'content-type': 'text/event-stream' });
			res.end(chunk(delta) + chunk({}, choice.finish_reason) + 'data: [DONE]\n\n');
		});
	});
	await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
	return {
		requests,
		url: `http://127.0.0.1:${server.address().port}/v1`,
		close: () => new Promise((r) => server.close(r)),
	};
}

const toolCall = (id, name, args) => ({
	id,
	type: 'function',
	function: { name, arguments: JSON.stringify(args) },
});

export default {
	name: "AI agent: n8n's AI Agent runs the LeafLink tools for a (scripted) chat model",
	example: 'ai-agent.json',
	timeoutMs: 240000,
	async run({ n8n, emu, assert, log, example, major }) {
		// the same tools as the MCP server example, node for node
		const toolsOf = (wf) =>
			wf.nodes
				.filter((n) => n.type === 'n8n-nodes-leaflink.leafLinkTool')
				.map(({ name, parameters, credentials }) => ({ name, parameters, credentials }))
				.sort((a, b) => a.name.localeCompare(b.name));
		const mcpExample = JSON.parse(
			fs.readFileSync(new URL('../../../examples/mcp-server.json', import.meta.url), 'utf8'),
		);
		assert.deepEqual(toolsOf(example), toolsOf(mcpExample), "the agent has the MCP server's tools");
		const modelNode = example.nodes.find((n) => n.type === '@n8n/n8n-nodes-langchain.lmChatOpenAi');
		assert.ok(
			modelNode && !modelNode.credentials,
			'the example leaves the chat model credential to the user',
		);

		const submitted = [...emu.db.orders.values()]
			.filter((o) => o.status === 'Submitted')
			.map((o) => o.number)
			.sort();
		const model = await scriptedModel((messages) => {
			const toolMessages = messages.filter((m) => m.role === 'tool');
			if (toolMessages.length === 0) {
				return {
					tool_calls: [
						toolCall('call_orders', 'list_orders', { status: 'submitted' }),
						toolCall('call_stock', 'set_product_inventory', { product_id: 201, quantity: 7 }),
					],
				};
			}
			const ordersResult =
				toolMessages.find((m) => m.tool_call_id === 'call_orders')?.content ?? '';
			const numbers = [...String(ordersResult).matchAll(/"number":\s*"([0-9a-f-]{36})"/g)].map(
				(m) => m[1],
			);
			return {
				content: `Waiting to be accepted: ${[...new Set(numbers)].sort().join(', ')}. Inventory of product 201 is now 7.`,
			};
		});
		try {
			const run = structuredClone(example);
			run.id = RUN_ID;
			run.name = `${example.name} (e2e, scripted model)`;
			const trigger = run.nodes.find((n) => n.type === '@n8n/n8n-nodes-langchain.chatTrigger');
			trigger.parameters = {
				...trigger.parameters,
				public: true,
				options: { ...trigger.parameters.options, responseMode: 'lastNode' },
			};
			trigger.webhookId = '8d4f2a1b-3c5e-4f70-8b2c-00000000e2e4';
			run.nodes.find((n) => n.name === modelNode.name).credentials = {
				openAiApi: { id: OPENAI.id, name: OPENAI.name },
			};
			await n8n.importCredentials([{ ...OPENAI, data: { apiKey: MODEL_KEY, url: model.url } }]);
			await n8n.importWorkflows([run]);
			await n8n.activate(RUN_ID);
			await n8n.start();

			const chatUrl = n8n.webhookUrl(`${trigger.webhookId}/chat`);
			// wait with the chat page (GET, starts nothing); the message itself is sent once, with no retry
			await n8n.waitForWebhook(chatUrl, { method: 'GET', accept: (res) => res.status === 200 });
			const res = await fetch(chatUrl, {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify({
					action: 'sendMessage',
					sessionId: 'e2e-session-1',
					chatInput:
						'Which orders are waiting to be accepted? And set the inventory of product 201 to 7.',
				}),
				signal: AbortSignal.timeout(150000),
			});
			const answer = { status: res.status, body: await res.text() };
			log(`chat answer ${answer.status}: ${answer.body.slice(0, 300)}`);
			assert.equal(answer.status, 200, answer.body);
			const output = JSON.parse(answer.body).output;
			assert.equal(
				output,
				`Waiting to be accepted: ${submitted.join(', ')}. Inventory of product 201 is now 7.`,
				"the model's answer, built from the tool results",
			);

			// what the agent offered the model
			const completions = model.requests.filter((r) => r.url.endsWith('/chat/completions'));
			assert.equal(completions.length, 2, 'two model turns: tool calls, then the answer');
			assert.equal(
				completions[0].authorization,
				`Bearer ${MODEL_KEY}`,
				'the OpenAI credential was used',
			);
			const offered = completions[0].body.tools ?? [];
			assert.deepEqual(
				offered.map((t) => t.function.name).sort(),
				toolsOf(example).map((t) => t.name),
				'every LeafLink tool offered to the model',
			);
			for (const t of offered) {
				const node = example.nodes.find((n) => n.name === t.function.name);
				assert.equal(
					t.function.description,
					node.parameters.toolDescription,
					`${t.function.name}: the example's description`,
				);
				assert.equal(
					t.function.parameters?.type,
					'object',
					`${t.function.name}: an argument schema`,
				);
			}

			// the tool results the model saw are the emulator's records; the write happened once
			const toolMessages = completions[1].body.messages.filter((m) => m.role === 'tool');
			assert.equal(toolMessages.length, 2);
			assert.equal(Number(emu.db.products.get(201).quantity), 7, 'inventory set in LeafLink');
			assert.equal(
				emu.requests.filter((r) => r.template === 'PATCH /products/{id}/').length,
				1,
				'one inventory write',
			);
			assert.deepEqual(
				emu.requests
					.filter((r) => r.template === 'GET /orders-received/')
					.map((r) => r.query.status),
				['submitted'],
				'one order list, for the submitted status',
			);
			const seen = JSON.stringify(model.requests);
			for (const secret of [emu.keys.app, emu.keys.token, emu.keys.readOnly])
				assert.ok(!seen.includes(secret), 'no LeafLink key reached the model');
			assert.equal(emu.requestsWithoutUserAgent(), 0);
			const list = await n8n.waitForExecutions((l) => l.length === 1, { workflowId: RUN_ID });
			assert.equal(list[0].status, 'success');
		} finally {
			await n8n.stop();
			await model.close();
			// later scenarios start the same n8n: leave the chat unpublished again
			await n8n.cli(
				major >= 2
					? ['unpublish:workflow', `--id=${RUN_ID}`]
					: ['update:workflow', `--id=${RUN_ID}`, '--active=false'],
				{ allowFail: true },
			);
		}
	},
};
