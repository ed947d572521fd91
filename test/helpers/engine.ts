/* eslint-disable @n8n/community-nodes/no-restricted-imports -- test code runs in Node (servers, files, environment), not in n8n Cloud's sandbox for nodes */
/**
 * Runs workflows through n8n's own engine (n8n-core's WorkflowExecute), in-process, over real HTTP.
 * Nothing of ours is mocked: the node, its transport and the credential's `authenticate` run as in n8n.
 */
import { Container } from '@n8n/di';
import { ExecutionLifecycleHooks, WorkflowExecute } from 'n8n-core';
import type {
	ICredentialDataDecryptedObject,
	ICredentials,
	ICredentialType,
	IBinaryKeyData,
	IDataObject,
	IExecuteFunctions,
	IHttpRequestOptions,
	INode,
	INodeCredentialsDetails,
	INodeExecutionData,
	INodeProperties,
	INodeType,
	INodeTypes,
	IRun,
	IRequestOptionsSimplified,
	ITaskData,
	IVersionedNodeType,
	IWorkflowExecuteAdditionalData,
	WorkflowExecuteMode,
} from 'n8n-workflow';
import {
	createDeferredPromise,
	ICredentialsHelper,
	NodeConnectionTypes,
	Workflow,
} from 'n8n-workflow';
import { LeafLinkApi } from '../../credentials/LeafLinkApi.credentials';
import { LeafLink } from '../../nodes/LeafLink/LeafLink.node';

/** A start node that emits the items a test gives it, so the node under test has real input items. */
class TestInput implements INodeType {
	description = {
		displayName: 'Test Input',
		name: 'testInput',
		group: ['input'],
		version: 1,
		description: 'Emits the items given as JSON',
		defaults: { name: 'Test Input' },
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		properties: [
			{ displayName: 'Items', name: 'items', type: 'json', default: '[]' },
			{ displayName: 'Binary', name: 'binary', type: 'json', default: '[]' },
		] as INodeProperties[],
	} as INodeType['description'];

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		const raw = this.getNodeParameter('items', 0) as string | IDataObject[];
		const items = (typeof raw === 'string' ? JSON.parse(raw) : raw) as IDataObject[];
		const rawBinary = this.getNodeParameter('binary', 0, '[]') as
			| string
			| Array<IBinaryKeyData | null>;
		const binary = (
			typeof rawBinary === 'string' ? JSON.parse(rawBinary) : rawBinary
		) as Array<IBinaryKeyData | null>;
		return [
			items.map((json, index) => ({
				json,
				...(binary[index] ? { binary: binary[index] as IBinaryKeyData } : {}),
				pairedItem: { item: index },
			})),
		];
	}
}

/**
 * The LeafLink Tool as n8n derives it from `usableAsTool` at load: the same node named `leafLinkTool`, which makes
 * `@tool` display options true. Inputs and outputs stay main so the rig can run it like the plain node.
 */
function leafLinkToolVariant(): INodeType {
	const plain = new LeafLink().getNodeType(1);
	const tool = Object.create(plain) as INodeType;
	tool.description = { ...plain.description, name: 'leafLinkTool', displayName: 'LeafLink Tool' };
	return tool;
}

const nodeTypeMap: Record<string, INodeType | IVersionedNodeType> = {
	'n8n-nodes-leaflink.leafLink': new LeafLink(),
	'n8n-nodes-leaflink.leafLinkTool': leafLinkToolVariant(),
	'test.testInput': new TestInput(),
};

export function registerNodeType(type: string, nodeType: INodeType | IVersionedNodeType): void {
	nodeTypeMap[type] = nodeType;
}

class TestNodeTypes implements INodeTypes {
	getByName(type: string): INodeType | IVersionedNodeType {
		const nodeType = nodeTypeMap[type];
		if (!nodeType) throw new Error(`Unknown node type ${type}`);
		return nodeType;
	}

	/** A versioned node answers the class of the version the workflow saved (as n8n's NodeTypes does). */
	getByNameAndVersion(type: string, version?: number): INodeType {
		const nodeType = this.getByName(type);
		return 'nodeVersions' in nodeType ? nodeType.getNodeType(version) : nodeType;
	}

	getKnownTypes() {
		return {};
	}
}

const credentialTypes: Record<string, ICredentialType> = { leafLinkApi: new LeafLinkApi() };

/**
 * Holds the test's credential data and applies the credential type's own `authenticate`, resolving its
 * expressions with the workflow's expression engine the way n8n's CredentialsHelper does.
 */
class TestCredentialsHelper extends ICredentialsHelper {
	constructor(private readonly data: Record<string, ICredentialDataDecryptedObject>) {
		super();
	}

	getParentTypes(): string[] {
		return [];
	}

	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		requestOptions: IHttpRequestOptions | IRequestOptionsSimplified,
		workflow: Workflow,
		node: INode,
	): Promise<IHttpRequestOptions> {
		const type = credentialTypes[typeName];
		const options = requestOptions as IHttpRequestOptions;
		const auth = type.authenticate;
		if (typeof auth === 'function') return await auth(credentials, options);
		if (auth && auth.type === 'generic') {
			const resolve = (value: string) =>
				workflow.expression.getSimpleParameterValue(
					node,
					value,
					'internal',
					{ $credentials: credentials },
					undefined,
					'',
				) as string;
			for (const [key, value] of Object.entries(auth.properties.headers ?? {})) {
				options.headers = { ...(options.headers ?? {}), [resolve(key)]: resolve(String(value)) };
			}
			for (const [key, value] of Object.entries(auth.properties.qs ?? {})) {
				options.qs = { ...(options.qs ?? {}), [resolve(key)]: resolve(String(value)) };
			}
		}
		return options;
	}

	async preAuthentication(): Promise<ICredentialDataDecryptedObject | undefined> {
		return undefined;
	}

	async getCredentials(): Promise<ICredentials> {
		throw new Error('not used in tests');
	}

	async getDecrypted(
		_additionalData: IWorkflowExecuteAdditionalData,
		details: INodeCredentialsDetails,
		type: string,
	): Promise<ICredentialDataDecryptedObject> {
		const found = this.data[details.id ?? ''] ?? this.data[type];
		if (!found) throw new Error(`No test credential ${details.id} of type ${type}`);
		return { ...found };
	}

	async updateCredentials(): Promise<void> {}

	async updateCredentialsOauthTokenData(): Promise<void> {}

	getCredentialsProperties(type: string): INodeProperties[] {
		return credentialTypes[type]?.properties ?? [];
	}
}

export interface LeafLinkCredentialData extends ICredentialDataDecryptedObject {
	environment: string;
	customBaseUrl: string;
	apiKey: string;
	keyType: string;
	userAgent: string;
	webhookSecret: string;
}

export function credentialFor(
	baseUrl: string,
	apiKey: string,
	extra: Partial<LeafLinkCredentialData> = {},
): LeafLinkCredentialData {
	return {
		environment: 'custom',
		customBaseUrl: baseUrl,
		apiKey,
		keyType: 'App',
		userAgent: 'n8n_test_suite',
		webhookSecret: '',
		...extra,
	};
}

export interface RunNodeOptions {
	/** parameters of the LeafLink node */
	parameters: Record<string, unknown>;
	/** input items (default: one empty item) */
	items?: IDataObject[];
	/** binary data of the input items, by index (see `binaryFile`) */
	binary?: Array<IBinaryKeyData | null>;
	credential: LeafLinkCredentialData;
	continueOnFail?: boolean;
	/** the node's On Error setting; `continueOnFail` is its Continue (regular output) */
	onError?: 'continueRegularOutput' | 'continueErrorOutput';
	nodeType?: string;
	/** the node's typeVersion as a saved workflow holds it (default 1) */
	typeVersion?: number;
	mode?: WorkflowExecuteMode;
}

export interface RunNodeResult {
	/** output items of the node under test (first output) */
	items: INodeExecutionData[];
	/** items of its error output (On Error: Continue (using error output)) */
	errorItems: INodeExecutionData[];
	/** the error of the run, if the node failed */
	error?: Error & IDataObject;
	run?: IRun;
	taskData?: ITaskData;
}

const NODE_NAME = 'LeafLink';

/** A file as n8n holds binary data in memory (base64 inline), for items given to `runNode`. */
export function binaryFile(
	content: Buffer | string,
	fileName: string,
	mimeType: string,
): IBinaryKeyData[string] {
	const bytes = typeof content === 'string' ? Buffer.from(content) : content;
	return { data: bytes.toString('base64'), fileName, mimeType, fileSize: String(bytes.length) };
}

/** Builds a two-node workflow (Test Input → node under test) and runs it through WorkflowExecute. */
export async function runNode(options: RunNodeOptions): Promise<RunNodeResult> {
	const nodeType = options.nodeType ?? 'n8n-nodes-leaflink.leafLink';
	const nodes: INode[] = [
		{
			id: 'input',
			name: 'Test Input',
			type: 'test.testInput',
			typeVersion: 1,
			position: [0, 0],
			parameters: {
				items: JSON.stringify(options.items ?? [{}]),
				binary: JSON.stringify(options.binary ?? []),
			},
		},
		{
			id: 'under-test',
			name: NODE_NAME,
			type: nodeType,
			typeVersion: options.typeVersion ?? 1,
			position: [200, 0],
			parameters: options.parameters as INode['parameters'],
			credentials: { leafLinkApi: { id: 'cred-1', name: 'LeafLink test' } },
			...(options.continueOnFail ? { onError: 'continueRegularOutput' as const } : {}),
			...(options.onError ? { onError: options.onError } : {}),
		},
	];
	const workflow = new Workflow({
		id: 'test-workflow',
		nodes,
		connections: {
			'Test Input': { main: [[{ node: NODE_NAME, type: NodeConnectionTypes.Main, index: 0 }]] },
		},
		active: false,
		nodeTypes: new TestNodeTypes(),
		settings: { executionOrder: 'v1' },
	});

	const done = createDeferredPromise<IRun>();
	const hooks = new ExecutionLifecycleHooks(
		options.mode ?? 'manual',
		'test-execution',
		workflow as never,
	);
	hooks.addHandler('workflowExecuteAfter', (fullRunData: IRun) => done.resolve(fullRunData));

	const additionalData = buildAdditionalData({ 'cred-1': options.credential }, {
		hooks,
	} as Partial<IWorkflowExecuteAdditionalData>);

	const execute = new WorkflowExecute(additionalData, options.mode ?? 'manual');
	// the engine refuses a workflow with parameter issues (e.g. a required field left empty) before running it
	let refused: Error | undefined;
	execute
		.run({ workflow, startNode: workflow.getNode('Test Input') ?? undefined })
		.catch((error: Error) => {
			refused = error;
			done.resolve(undefined as unknown as IRun);
		});
	const run = await done.promise;
	if (refused) return { items: [], errorItems: [], error: refused as Error & IDataObject, run };
	const taskData = run.data.resultData.runData[NODE_NAME]?.[0];
	const items = taskData?.data?.main?.[0] ?? [];
	const errorItems = taskData?.data?.main?.[1] ?? [];
	const error = (run.data.resultData.error ?? taskData?.error) as (Error & IDataObject) | undefined;
	return { items, errorItems, error, run, taskData };
}

/** n8n-core starts a 60 s SSH-client cleanup timer on first use that keeps jest alive; stop it after a suite. */
export async function shutdownEngine(): Promise<void> {
	// eslint-disable-next-line @typescript-eslint/no-require-imports
	const { SSHClientsManager } = require('n8n-core/dist/execution-engine/ssh-clients-manager') as {
		SSHClientsManager: new (...args: any[]) => { onShutdown(): void }; // eslint-disable-line @typescript-eslint/no-explicit-any
	};
	if (Container.has(SSHClientsManager)) Container.get(SSHClientsManager).onShutdown();
}

/** The node types known to tests (the LeafLink node, Test Input, and whatever `registerNodeType` added). */
export function testNodeTypes(): INodeTypes {
	return new TestNodeTypes();
}

/**
 * additionalData as n8n gives node contexts (WebhookContext, PollContext, ...): the credential helper that
 * serves these credentials by id (or by type), n8n's URLs, and whatever a test adds (e.g. httpRequest/httpResponse).
 */
export function buildAdditionalData(
	credentials: Record<string, LeafLinkCredentialData>,
	extra: Partial<IWorkflowExecuteAdditionalData> = {},
): IWorkflowExecuteAdditionalData {
	return {
		credentialsHelper: new TestCredentialsHelper(credentials),
		executeWorkflow: async () => {
			throw new Error('sub-workflows are not used in tests');
		},
		getRunExecutionData: async () => undefined,
		currentNodeExecutionIndex: 0,
		restApiUrl: 'http://localhost:5678/rest',
		instanceBaseUrl: 'http://localhost:5678/',
		formWaitingBaseUrl: 'http://localhost:5678/form-waiting',
		webhookBaseUrl: 'http://localhost:5678/webhook',
		webhookWaitingBaseUrl: 'http://localhost:5678/webhook-waiting',
		webhookTestBaseUrl: 'http://localhost:5678/webhook-test',
		variables: {},
		logAiEvent: () => {},
		startRunnerTask: async () => {
			throw new Error('task runners are not used in tests');
		},
		...extra,
	} as unknown as IWorkflowExecuteAdditionalData;
}
