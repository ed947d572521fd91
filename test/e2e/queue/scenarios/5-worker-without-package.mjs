// Why every worker needs the package: with the two workers stopped and one started from a user folder
// without it, a workflow using the LeafLink node fails on that worker with "Unrecognized node type" (what
// users of other community nodes report in queue mode), and LeafLink is never asked. The two workers are
// started again afterwards.
import fs from 'node:fs';
import path from 'node:path';
import { readExample } from '../../lib/examples.mjs';
import { emulatorCredential } from '../fixtures.mjs';

const example = readExample('list-orders.json');
const WORKFLOW_ID = 'LLqueueNoPackag1';
const CREDENTIAL = Object.freeze({
	id: 'LLqueueBareCred1',
	name: 'LeafLink Emulator (queue, bare worker)',
});
const BARE = 'worker-without-package';

let emu;

export default {
	name: 'a worker without the package: the execution it takes fails with "Unrecognized node type", LeafLink is never asked',
	timeoutMs: 420000,
	async prepare(ctx) {
		emu = await ctx.startEmulator();
		const wf = structuredClone(example);
		wf.id = WORKFLOW_ID;
		wf.name = `${example.name} (queue e2e, worker without the package)`;
		for (const node of wf.nodes)
			if (node.credentials?.leafLinkApi) node.credentials.leafLinkApi = { ...CREDENTIAL };
		return { credentials: [emulatorCredential(emu, CREDENTIAL)], workflows: [wf] };
	},
	async run({ cluster, assert, log }) {
		const workers = cluster.workers;
		await Promise.all(workers.map((w) => w.stop()));
		const bare = await cluster.defineProcess(BARE);
		try {
			assert.ok(
				!fs.existsSync(path.join(bare.instance.userFolder, '.n8n', 'nodes', 'node_modules')),
				'nothing installed for this worker',
			);
			await bare.start();
			const id = await cluster.startManual(WORKFLOW_ID);
			const { execution, run } = await cluster.waitForExecution(id, { timeoutMs: 120000 });
			assert.equal(
				cluster.workerOf(id),
				BARE,
				`execution ${id} was taken by the worker without the package`,
			);
			assert.notEqual(execution.status, 'success', `execution ${id} cannot succeed there`);
			const message = run?.data.resultData.error?.message ?? '';
			const logged = bare.logText();
			assert.ok(
				/Unrecognized node type: n8n-nodes-leaflink\.leafLink/.test(message) ||
					/Unrecognized node type: n8n-nodes-leaflink\.leafLink/.test(logged),
				`the error names the missing node type (execution: ${execution.status} "${message}")`,
			);
			assert.equal(emu.requests.length, 0, 'LeafLink was never asked');
			log(`execution ${id} on ${BARE}: ${execution.status}: ${message || '(see its log)'}`);
		} finally {
			await bare.stop();
			cluster.processes.delete(BARE);
			await Promise.all(workers.map((w) => w.start()));
		}
	},
};
