/* eslint-disable @n8n/community-nodes/no-restricted-imports -- test code runs in Node (servers, files, environment), not in n8n Cloud's sandbox for nodes */
/**
 * Runs a polling node the way n8n-core's ActiveWorkflows does on each tick (createPollExecuteFn):
 * a real `Workflow` holding the static data, n8n-core's `PollContext`, and `TriggersAndPollers.runPoll`;
 * a non-null answer is emitted (an execution starts), an error goes to `__emitError` and starts nothing.
 *
 * `restart()` simulates n8n restarting (or another queue-mode process taking over): a new Workflow and
 * context built from the static data as n8n would have stored it (a JSON round trip).
 */
import { Container } from '@n8n/di';
import { PollContext } from 'n8n-core';
// n8n-core does not re-export it from its index; ActiveWorkflows uses it to run each poll
import { TriggersAndPollers } from 'n8n-core/dist/execution-engine/triggers-and-pollers';
import type {
	IDataObject,
	INode,
	INodeExecutionData,
	INodeType,
	WorkflowExecuteMode,
} from 'n8n-workflow';
import { Workflow } from 'n8n-workflow';
import type { LeafLinkCredentialData } from './engine';
import { buildAdditionalData, registerNodeType, testNodeTypes } from './engine';

export interface PollResult {
	/** what was emitted (an execution started), or null */
	emitted: INodeExecutionData[][] | null;
	/** the poll failed: passed to __emitError, no execution */
	error?: Error;
}

export interface Poller {
	poll(): Promise<PollResult>;
	/** the node's static data as n8n would store it */
	staticData(): IDataObject;
	/** a fresh Workflow and PollContext from the stored static data */
	restart(): void;
	/** every item emitted so far, over all polls */
	allEmitted(): INodeExecutionData[];
}

export interface PollerOptions {
	nodeType: INodeType;
	typeName: string;
	parameters: INode['parameters'];
	credential: LeafLinkCredentialData;
	mode?: WorkflowExecuteMode;
}

export function createPoller(options: PollerOptions): Poller {
	registerNodeType(options.typeName, options.nodeType);
	const node: INode = {
		id: 'poller',
		name: 'LeafLink Polling Trigger',
		type: options.typeName,
		typeVersion: 1,
		position: [0, 0],
		parameters: { pollTimes: { item: [{ mode: 'everyMinute' }] }, ...options.parameters },
		credentials: { leafLinkApi: { id: 'cred-1', name: 'LeafLink test' } },
	};
	const all: INodeExecutionData[] = [];
	let stored: IDataObject = {};
	let workflow: Workflow;
	let context: PollContext;
	let current: PollResult;

	const build = () => {
		workflow = new Workflow({
			id: 'poll-workflow',
			name: 'LeafLink poll test',
			nodes: [node],
			connections: {},
			active: true,
			nodeTypes: testNodeTypes(),
			staticData: JSON.parse(JSON.stringify(stored)) as IDataObject,
			settings: { executionOrder: 'v1' },
		});
		context = new PollContext(
			workflow,
			node,
			buildAdditionalData({ 'cred-1': options.credential }),
			options.mode ?? 'trigger',
			'activate',
			(data) => {
				current.emitted = data;
				for (const output of data) all.push(...output);
			},
			(error) => {
				current.error = error;
			},
		);
	};
	build();

	return {
		async poll() {
			current = { emitted: null };
			try {
				const response = await Container.get(TriggersAndPollers).runPoll(workflow, node, context);
				if (response !== null) context.__emit(response);
			} catch (error) {
				context.__emitError(error as never);
			}
			// n8n saves the workflow's static data after the poll
			stored = JSON.parse(JSON.stringify(workflow.staticData)) as IDataObject;
			return current;
		},
		staticData: () => JSON.parse(JSON.stringify(workflow.staticData)) as IDataObject,
		restart: build,
		allEmitted: () => all,
	};
}
