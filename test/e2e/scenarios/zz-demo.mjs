// The README's first command: `npm run demo` gives a working n8n whose LeafLink node lists orders from
// the emulator. Runs scripts/demo.mjs on free ports with a throw-away user folder, signs in with the
// printed owner account, runs "LeafLink: list orders" through n8n's REST API (as the editor's
// "Execute workflow" button does), then Ctrl-C (SIGINT) and checks that n8n and the emulator stopped.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DEFAULT_N8N_VERSION, repoRoot } from '../../../scripts/n8n-install.mjs';
import { N8nInstance, freePort, portIsFree } from '../lib/n8n.mjs';

export default {
	name: 'npm run demo: n8n starts with the package, the owner can sign in, the sample workflow lists orders, Ctrl-C stops it',
	versions: (v) => v === DEFAULT_N8N_VERSION,
	timeoutMs: 600000,
	async run({ assert, log, n8n: e2eInstance }) {
		const port = await freePort();
		let emulatorPort = await freePort();
		while (emulatorPort === port + 1) emulatorPort = await freePort();
		const userFolder = fs.mkdtempSync(path.join(os.tmpdir(), 'n8n-demo-e2e-'));
		const child = spawn(process.execPath, ['scripts/demo.mjs', '--port', String(port), '--emulator-port', String(emulatorPort), '--no-build'], {
			cwd: repoRoot,
			env: { ...process.env, DEMO_USER_FOLDER: userFolder },
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let output = '';
		child.stdout.on('data', (d) => (output += d));
		child.stderr.on('data', (d) => (output += d));
		const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
		let verified = false;
		try {
			const url = await new Promise((resolve, reject) => {
				const timer = setTimeout(() => reject(new Error(`demo not ready after 5 min:\n${output.slice(-4000)}`)), 300000);
				const check = () => {
					const m = /^DEMO READY (\S+)$/m.exec(output);
					if (m) {
						clearTimeout(timer);
						resolve(m[1]);
					}
				};
				child.stdout.on('data', check);
				exited.then((x) => reject(new Error(`demo exited early ${JSON.stringify(x)}:\n${output.slice(-4000)}`)));
			});
			assert.equal(url, `http://localhost:${port}`);
			assert.match(output, /check: "LeafLink: list orders" ran with n8n execute and listed 12 orders from the emulator/);
			const signIn = /Sign in:\s+(\S+)\s+\/\s+(\S+)/.exec(output);
			assert.ok(signIn, 'the demo prints the sign-in');
			const [, email, password] = signIn;

			const n8n = new N8nInstance({ version: DEFAULT_N8N_VERSION, bin: e2eInstance.bin, dir: e2eInstance.installDir, userFolder, port });
			const api = await n8n.login({ email, password });
			const list = await api('/rest/workflows');
			assert.equal(list.status, 200);
			assert.ok(list.json.data.some((w) => w.name === 'LeafLink: list orders'), 'sample workflow imported');
			const creds = await api('/rest/credentials');
			assert.ok(creds.json.data.some((c) => c.name === 'LeafLink Emulator' && c.type === 'leafLinkApi'), 'credential imported');

			const wf = (await api('/rest/workflows/LLexListOrders01')).json.data;
			const started = await api(`/rest/workflows/${wf.id}/run`, {
				method: 'POST',
				body: JSON.stringify({ workflowData: wf, triggerToStartFrom: { name: wf.nodes.find((n) => n.type === 'n8n-nodes-base.manualTrigger').name } }),
			});
			assert.equal(started.status, 200, started.text);
			const executionId = started.json.data.executionId;
			let execution;
			for (let i = 0; i < 120; i++) {
				execution = (await api(`/rest/executions/${executionId}`)).json?.data;
				if (execution && ['success', 'error', 'crashed'].includes(execution.status)) break;
				await new Promise((r) => setTimeout(r, 500));
			}
			assert.equal(execution.status, 'success', JSON.stringify(execution).slice(0, 2000));
			const { parse } = (await import(path.join(e2eInstance.installDir, 'node_modules', 'flatted', 'cjs', 'index.js'))).default;
			const items = parse(execution.data).resultData.runData['Get many orders'][0].data.main[0];
			assert.equal(items.length, 12, 'the running n8n lists the 12 seeded orders');
			await new Promise((r) => setTimeout(r, 700));
			assert.match(output, /emulator ← GET \/api\/v2\/orders-received\/\?limit=50&offset=0 → 200/, 'the demo shows the request');
			log(`demo ready and verified at ${url} (execution ${executionId})`);
			verified = true;
		} finally {
			if (child.exitCode === null) child.kill('SIGINT');
			const timer = setTimeout(() => child.kill('SIGKILL'), 30000);
			const x = await exited;
			clearTimeout(timer);
			fs.rmSync(userFolder, { recursive: true, force: true });
			if (verified) {
				// (when something above failed, that error is the one reported)
				assert.equal(x.code, 0, `demo exit after Ctrl-C: ${JSON.stringify(x)}\n${output.slice(-2000)}`);
				assert.match(output, /\[demo\] stopped/);
				assert.ok(await portIsFree(port), 'n8n stopped');
				assert.ok(await portIsFree(emulatorPort), 'emulator stopped');
			}
		}
	},
};
