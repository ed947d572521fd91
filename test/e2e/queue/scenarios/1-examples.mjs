// The example workflows on workers: every example started by a Manual Trigger is run the way the editor's
// "Execute workflow" does (main puts it on the queue, OFFLOAD_MANUAL_EXECUTIONS_TO_WORKERS), a worker runs
// it, and the single-process suite's own scenario for it (test/e2e/scenarios/) checks the result against
// the emulator: the same assertions, the same results. Each run must show up in a worker's log.
// (The polling example needs `n8n start`; polling.mjs covers it in queue mode.)
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { nodeOutput } from '../../lib/n8n.mjs';
import { loadExamples } from '../../lib/examples.mjs';
import { emulatorCredential } from '../fixtures.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const singleProcessScenarios = path.resolve(here, '..', '..', 'scenarios');

const examples = loadExamples().filter(({ workflow }) =>
	workflow.nodes.some((n) => n.type === 'n8n-nodes-base.manualTrigger'),
);

// the examples' shared credential (id and name), as they reference it
const exampleCredential = examples
	.flatMap(({ workflow }) => workflow.nodes.map((n) => n.credentials?.leafLinkApi))
	.find(Boolean);

const byExample = new Map();
for (const f of fs
	.readdirSync(singleProcessScenarios)
	.filter((x) => x.endsWith('.mjs'))
	.sort()) {
	const mod = await import(pathToFileURL(path.join(singleProcessScenarios, f)).href);
	for (const s of Array.isArray(mod.default) ? mod.default : [mod.default])
		if (s?.example) byExample.set(s.example, s);
}

/** The single-process suite's check for an example without a scenario of its own. */
const generic = {
	name: 'runs without error',
	async run({ execute, emu }) {
		const run = await execute();
		for (const [node, tasks] of Object.entries(run.data.resultData.runData)) {
			for (const task of tasks)
				assert.equal(task.error, undefined, `node "${node}" failed: ${task.error?.message}`);
		}
		assert.equal(
			emu.requestsWithoutUserAgent(),
			0,
			'every request to LeafLink carries a User-Agent',
		);
	},
};

let emu;
const ranOn = [];

export default examples.map(({ file, workflow }, index) => {
	const scenario = byExample.get(file) ?? generic;
	return {
		name: `examples/${file} on a worker: ${scenario.name}`,
		timeoutMs: scenario.timeoutMs ?? 180000,
		async prepare(ctx) {
			emu ??= await ctx.startEmulator();
			return { credentials: [emulatorCredential(emu, exampleCredential)], workflows: [workflow] };
		},
		async run({ cluster, log, userAgent, verbose }) {
			emu.reset();
			// as the single-process suite's execute: the run, or with expectFailure `{ ok, run, stdout }`
			const execute = async (id = workflow.id, { expectFailure = false } = {}) => {
				const t0 = Date.now();
				const executionId = await cluster.startManual(id);
				const { execution, run } = await cluster.waitForExecution(executionId);
				const err = run?.data.resultData.error;
				const outcome = `execution ${executionId} of ${id}: ${execution.status}${err ? `: ${err.message}` : ''}`;
				if (!expectFailure) assert.equal(execution.status, 'success', outcome);
				const worker = cluster.workerOf(executionId);
				assert.ok(worker, `execution ${executionId} ran on a worker (no worker logged it)`);
				ranOn.push(worker);
				if (verbose) log(`execution ${executionId} of ${id} on ${worker} in ${Date.now() - t0} ms`);
				return expectFailure ? { ok: execution.status === 'success', run, stdout: outcome } : run;
			};
			await scenario.run({
				execute,
				nodeOutput,
				emu,
				assert,
				log,
				example: workflow,
				userAgent,
				credential: exampleCredential,
			});
			if (index === examples.length - 1)
				log(
					`example executions per worker: ${JSON.stringify(Object.fromEntries(cluster.workers.map((w) => [w.role, ranOn.filter((r) => r === w.role).length])))}`,
				);
		},
	};
});
