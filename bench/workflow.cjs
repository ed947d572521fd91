'use strict';
// Runs "Test Input -> node under test" through n8n-core's WorkflowExecute, exactly as test/helpers/engine.ts's
// runNode does, using that file's own node types, credential helper and additionalData (compiled into
// bench/.build by bench/build.mjs). It exists only to set the node's typeVersion: n8n's HTTP Request node must
// run as the version n8n 2.8 puts on the canvas (4.4), while runNode always builds typeVersion 1. Both nodes of
// every case go through this one function, so the harness is identical for both sides of a comparison.
const path = require('node:path');
const engine = require(path.join(__dirname, '.build', 'test', 'helpers', 'engine.js'));
const { ExecutionLifecycleHooks, WorkflowExecute } = require('n8n-core');
const { Workflow, NodeConnectionTypes, createDeferredPromise } = require('n8n-workflow');

const NODE_NAME = 'Under Test';

/**
 * @param {{ nodeType: string, typeVersion?: number, parameters: object, items?: object[], credential?: object,
 *   credentials?: object }} options
 * @returns {Promise<{ items: any[], error?: any, run: any }>}
 */
async function runWorkflow(options) {
	const nodes = [
		{
			id: 'input',
			name: 'Test Input',
			type: 'test.testInput',
			typeVersion: 1,
			position: [0, 0],
			parameters: { items: JSON.stringify(options.items ?? [{}]), binary: '[]' },
		},
		{
			id: 'under-test',
			name: NODE_NAME,
			type: options.nodeType,
			typeVersion: options.typeVersion ?? 1,
			position: [200, 0],
			parameters: options.parameters,
			...(options.credential
				? { credentials: { leafLinkApi: { id: 'cred-1', name: 'LeafLink bench' } } }
				: {}),
		},
	];
	const workflow = new Workflow({
		id: 'bench-workflow',
		nodes,
		connections: {
			'Test Input': { main: [[{ node: NODE_NAME, type: NodeConnectionTypes.Main, index: 0 }]] },
		},
		active: false,
		nodeTypes: engine.testNodeTypes(),
		settings: { executionOrder: 'v1' },
	});
	const done = createDeferredPromise();
	const hooks = new ExecutionLifecycleHooks('manual', 'bench-execution', workflow);
	hooks.addHandler('workflowExecuteAfter', (fullRunData) => done.resolve(fullRunData));
	const additionalData = engine.buildAdditionalData(
		options.credential ? { 'cred-1': options.credential } : {},
		{ hooks },
	);
	const execute = new WorkflowExecute(additionalData, 'manual');
	let refused;
	execute
		.run({ workflow, startNode: workflow.getNode('Test Input') ?? undefined })
		.catch((error) => {
			refused = error;
			done.resolve(undefined);
		});
	const run = await done.promise;
	if (refused) return { items: [], error: refused, run };
	const taskData = run.data.resultData.runData[NODE_NAME]?.[0];
	return {
		items: taskData?.data?.main?.[0] ?? [],
		error: run.data.resultData.error ?? taskData?.error,
		run,
	};
}

module.exports = { runWorkflow, engine };
