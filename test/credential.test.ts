/**
 * The credential as n8n uses it: its `authenticate` adds the headers on every request (checked through the engine in
 * every suite), and its `test` request — resolved with n8n's expression engine — answers 200 for a good key and 401
 * for a bad one, which the credential's rule turns into "the key was rejected".
 */
import type { IHttpRequestOptions, INode } from 'n8n-workflow';
import { NodeConnectionTypes, Workflow } from 'n8n-workflow';
import { LeafLinkApi } from '../credentials/LeafLinkApi.credentials';
import { startEmulator } from './emulator';
import { credentialFor } from './helpers/engine';

const credentialType = new LeafLinkApi();
let emu: Awaited<ReturnType<typeof startEmulator>>;

beforeAll(async () => {
	emu = await startEmulator({ port: 0 });
});
afterAll(async () => emu.stop());

const node: INode = {
	id: 'n',
	name: 'n',
	type: 'n8n-nodes-leaflink.leafLink',
	typeVersion: 1,
	position: [0, 0],
	parameters: {},
};
const workflow = new Workflow({
	nodes: [node],
	connections: {},
	active: false,
	nodeTypes: {
		getByName: () =>
			({
				description: {
					properties: [],
					inputs: [NodeConnectionTypes.Main],
					outputs: [NodeConnectionTypes.Main],
				},
			}) as never,
		getByNameAndVersion: () =>
			({
				description: {
					properties: [],
					inputs: [NodeConnectionTypes.Main],
					outputs: [NodeConnectionTypes.Main],
				},
			}) as never,
		getKnownTypes: () => ({}),
	},
});

const resolve = (value: string, credentials: object) =>
	workflow.expression.getSimpleParameterValue(
		node,
		value,
		'internal',
		{ $credentials: credentials },
		undefined,
		'',
	) as string;

/** Sends the credential's own test request the way n8n's credential tester does: test.request + authenticate. */
async function sendTestRequest(credentials: ReturnType<typeof credentialFor>) {
	const request = credentialType.test.request as IHttpRequestOptions;
	const url = `${resolve(String(request.baseURL), credentials)}${request.url}?limit=1`;
	const headers: Record<string, string> = {};
	for (const [key, value] of Object.entries(credentialType.authenticate.properties.headers ?? {})) {
		headers[key] = resolve(String(value), credentials);
	}
	const response = await fetch(url, { headers });
	return { status: response.status, headers };
}

describe('LeafLink API credential', () => {
	it('resolves the base URL of each environment', () => {
		expect(
			resolve(
				String(credentialType.test.request.baseURL),
				credentialFor('http://x.test/api/v2/', 'k'),
			),
		).toBe('http://x.test/api/v2');
		expect(
			resolve(String(credentialType.test.request.baseURL), {
				environment: 'https://www.sandbox.leaflink.com/api/v2',
			}),
		).toBe('https://www.sandbox.leaflink.com/api/v2');
	});

	it('authenticates with "App <key>" or "Token <key>" and the system name as User-Agent', async () => {
		const app = await sendTestRequest(
			credentialFor(emu.baseUrl, emu.keys.app, { userAgent: 'sage_intacct' }),
		);
		expect(app.status).toBe(200);
		expect(app.headers).toEqual({
			Authorization: `App ${emu.keys.app}`,
			'User-Agent': 'sage_intacct',
		});
		const token = await sendTestRequest(
			credentialFor(emu.baseUrl, emu.keys.token, { keyType: 'Token' }),
		);
		expect(token.status).toBe(200);
		expect(emu.requests.slice(-2).map((r) => r.template)).toEqual([
			'GET /companies/',
			'GET /companies/',
		]);
	});

	it('a wrong key answers 401, which the credential reports as a rejected key', async () => {
		const wrong = await sendTestRequest(credentialFor(emu.baseUrl, 'not-a-key'));
		expect(wrong.status).toBe(401);
		const rule = credentialType.test.rules?.find(
			(r) => r.type === 'responseCode' && r.properties.value === 401,
		);
		expect(rule?.properties.message).toMatch(/LeafLink rejected the API key/);
	});
});
