// The README's first command, as a user runs it: `npm run demo` gives a working n8n (the newest) whose
// LeafLink node lists orders from the emulator. Runs two demos side by side on free ports with their
// default user folders (.n8n-demo/<port>/), and a third started at once on the first one's ports:
// - the third stops at once with the friendly "port is taken" message, no stack trace;
// - the first: sign in with the printed owner account, find the package's nodes in the editor's node
//   list, run "LeafLink: list orders" through n8n's REST API (as the editor's "Execute workflow" button does);
// - each demo has its own user folder, owner and credential (pointing at its own emulator);
// - SIGTERM to the `npm run demo` process (not a terminal's Ctrl-C, which signals the whole group)
//   stops n8n, its task runner and the emulator: no process the demo started survives, the ports are free.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { DEFAULT_N8N_VERSION, repoRoot } from '../../../scripts/n8n-install.mjs';
import { N8nInstance, freePort, portIsFree } from '../lib/n8n.mjs';

/** Every live descendant of `pid` (Linux /proc). */
function descendants(pid) {
	const children = new Map();
	for (const entry of fs.readdirSync('/proc')) {
		if (!/^\d+$/.test(entry)) continue;
		try {
			const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
			const [state, ppid] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
			if (state === 'Z') continue; // exited, waiting to be reaped: not running
			if (!children.has(Number(ppid))) children.set(Number(ppid), []);
			children.get(Number(ppid)).push(Number(entry));
		} catch {} // gone meanwhile
	}
	const out = [];
	const walk = (p) => (children.get(p) ?? []).forEach((c) => (out.push(c), walk(c)));
	walk(pid);
	return out;
}

function isRunning(pid) {
	try {
		const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
		return stat.slice(stat.lastIndexOf(')') + 2)[0] !== 'Z';
	} catch {
		return false;
	}
}

async function freePorts() {
	const port = await freePort();
	let emulatorPort = await freePort();
	while (emulatorPort === port) emulatorPort = await freePort();
	return { port, emulatorPort };
}

/** `npm run demo -- …` as a user types it; resolves its output and exit. */
function startDemo({ port, emulatorPort }, extra = []) {
	const child = spawn(
		'npm',
		[
			'run',
			'demo',
			'--',
			'--port',
			String(port),
			'--emulator-port',
			String(emulatorPort),
			'--no-build',
			...extra,
		],
		{
			cwd: repoRoot,
			env: { ...process.env, DEMO_USER_FOLDER: '', DEMO_N8N_VERSION: '' },
			stdio: ['ignore', 'pipe', 'pipe'],
		},
	);
	const demo = {
		child,
		port,
		emulatorPort,
		output: '',
		userFolder: path.join(repoRoot, '.n8n-demo', String(port)),
	};
	child.stdout.on('data', (d) => (demo.output += d));
	child.stderr.on('data', (d) => (demo.output += d));
	demo.exited = new Promise((resolve) =>
		child.on('exit', (code, signal) => resolve({ code, signal })),
	);
	demo.ready = new Promise((resolve, reject) => {
		const timer = setTimeout(
			() =>
				reject(
					new Error(`demo on port ${port} not ready after 5 min:\n${demo.output.slice(-4000)}`),
				),
			300000,
		);
		const check = () => {
			const m = /^DEMO READY (\S+)$/m.exec(demo.output);
			if (m) {
				clearTimeout(timer);
				resolve(m[1]);
			}
		};
		child.stdout.on('data', check);
		demo.exited.then((x) => {
			clearTimeout(timer);
			reject(
				new Error(
					`demo on port ${port} exited early ${JSON.stringify(x)}:\n${demo.output.slice(-4000)}`,
				),
			);
		});
	});
	demo.ready.catch(() => {});
	return demo;
}

/** SIGTERM to the npm process; resolves when every process the demo started has ended (or throws naming the survivors). */
async function stopDemo(demo, assert) {
	const pids = descendants(demo.child.pid);
	if (demo.child.exitCode === null) demo.child.kill('SIGTERM');
	const timer = setTimeout(() => demo.child.kill('SIGKILL'), 60000);
	await demo.exited;
	clearTimeout(timer);
	const deadline = Date.now() + 45000;
	let alive = pids.filter(isRunning);
	while (alive.length && Date.now() < deadline) {
		await new Promise((r) => setTimeout(r, 250));
		alive = pids.filter(isRunning);
	}
	const leftovers = alive.map(
		(pid) =>
			`${pid}: ${fs.existsSync(`/proc/${pid}/cmdline`) ? fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ').slice(0, 200) : '?'}`,
	);
	for (const pid of alive) {
		try {
			process.kill(pid, 'SIGKILL');
		} catch {}
	}
	assert.deepEqual(
		leftovers,
		[],
		`processes the demo started survived SIGTERM to npm run demo (killed now):\n${demo.output.slice(-2000)}`,
	);
	return pids.length;
}

export default {
	name: 'npm run demo: two side by side keep their own folders and credentials, a third on taken ports is refused, the sample workflow lists orders, SIGTERM leaves no process behind',
	versions: (v) => v === DEFAULT_N8N_VERSION,
	timeoutMs: 900000,
	async run({ assert, log, n8n: e2eInstance }) {
		// two on the same ports at once: whichever claims the port first runs, the other is refused
		const ports = await freePorts();
		const twins = [startDemo(ports), startDemo(ports)];
		const b = startDemo(await freePorts(), ['--no-check']);
		const clash = await Promise.race(twins.map((d) => d.exited.then(() => d)));
		const a = twins.find((d) => d !== clash);
		let stops = [];
		try {
			// the clash: refused at once, in words
			const x = await clash.exited;
			assert.notEqual(x.code, 0, 'a demo on taken ports fails');
			assert.match(
				clash.output,
				new RegExp(
					`\\[demo\\] port ${a.port} is taken by another npm run demo \\(pid \\d+\\)\\. Stop what uses it, or pick other ports`,
				),
				clash.output,
			);
			assert.doesNotMatch(clash.output, /^\s+at /m, 'no stack trace');

			const [urlA, urlB] = await Promise.all([a.ready, b.ready]);
			assert.equal(urlA, `http://localhost:${a.port}`);
			assert.match(
				a.output,
				new RegExp(
					`n8n ${DEFAULT_N8N_VERSION} \\(Node ${e2eInstance.nodeVersion.replace(/\./g, '\\.')}\\) with n8n-nodes-leaflink is running`,
				),
			);
			assert.match(
				a.output,
				/check: "LeafLink: list orders" ran with n8n execute and listed 12 orders from the emulator/,
			);
			const signIn = /Sign in:\s+(\S+)\s+\/\s+(\S+)/.exec(a.output);
			assert.ok(signIn, 'the demo prints the sign-in');
			const [, email, password] = signIn;

			const sessions = [];
			for (const demo of [a, b]) {
				assert.ok(
					fs.existsSync(path.join(demo.userFolder, '.n8n', 'database.sqlite')),
					`demo on port ${demo.port} keeps its data in .n8n-demo/${demo.port}/`,
				);
				const n8n = new N8nInstance({
					version: e2eInstance.version,
					userFolder: demo.userFolder,
					port: demo.port,
				});
				const api = await n8n.login({ email, password });
				const creds = await api('/rest/credentials?includeData=true');
				assert.equal(creds.status, 200, creds.text);
				const cred = creds.json.data.find(
					(c) => c.name === 'LeafLink Emulator' && c.type === 'leafLinkApi',
				);
				assert.ok(cred, `demo on port ${demo.port}: credential imported`);
				const full = (await api(`/rest/credentials/${cred.id}?includeData=true`)).json.data;
				assert.equal(
					full.data.customBaseUrl,
					`http://127.0.0.1:${demo.emulatorPort}/api/v2`,
					`demo on port ${demo.port}: its credential points at its own emulator`,
				);
				sessions.push(api);
			}
			assert.notEqual(a.userFolder, b.userFolder);

			const api = sessions[0];
			// the editor's node list (n8n 2.41 serves it only to a signed-in user) has the package's nodes
			const types = await api('/types/nodes.json');
			assert.equal(types.status, 200, types.text.slice(0, 300));
			const names = new Set(types.json.map((t) => t.name));
			for (const name of ['leafLink', 'leafLinkTrigger', 'leafLinkPollingTrigger'])
				assert.ok(names.has(`n8n-nodes-leaflink.${name}`), `n8n lists n8n-nodes-leaflink.${name}`);
			const list = await api('/rest/workflows');
			assert.equal(list.status, 200);
			assert.ok(
				list.json.data.some((w) => w.name === 'LeafLink: list orders'),
				'sample workflow imported',
			);
			const wf = (await api('/rest/workflows/LLexListOrders01')).json.data;
			const started = await api(`/rest/workflows/${wf.id}/run`, {
				method: 'POST',
				body: JSON.stringify({
					workflowData: wf,
					triggerToStartFrom: {
						name: wf.nodes.find((n) => n.type === 'n8n-nodes-base.manualTrigger').name,
					},
				}),
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
			const { parse } = (
				await import(
					path.join(e2eInstance.installDir, 'node_modules', 'flatted', 'cjs', 'index.js')
				)
			).default;
			const items = parse(execution.data).resultData.runData['Get many orders'][0].data.main[0];
			assert.equal(items.length, 12, 'the running n8n lists the 12 seeded orders');
			await new Promise((r) => setTimeout(r, 700));
			assert.match(
				a.output,
				/emulator ← GET \/api\/v2\/orders-received\/\?limit=50&offset=0 → 200/,
				'the demo shows the request',
			);
			const readyAfter = (demo) => /ready after ([\d.]+ s)/.exec(demo.output)?.[1];
			log(
				`demos ready (after ${readyAfter(a)} and ${readyAfter(b)}) and verified at ${urlA} and ${urlB} (execution ${executionId})`,
			);
		} finally {
			stops = await Promise.allSettled([a, b].map((demo) => stopDemo(demo, assert)));
			for (const demo of [a, b, clash])
				fs.rmSync(demo.userFolder, { recursive: true, force: true });
		}
		// reached only when everything above passed (otherwise that error is the one reported)
		for (const s of stops) if (s.status === 'rejected') throw s.reason;
		log(
			`SIGTERM to npm run demo: all ${stops.map((s) => s.value).join(' + ')} processes the demos started have ended`,
		);
		for (const demo of [a, b]) {
			assert.match(demo.output, /\[demo\] stopped/, `demo on port ${demo.port} reports it stopped`);
			for (const port of [demo.port, demo.emulatorPort])
				assert.ok(await portIsFree(port), `port ${port} is free again`);
		}
	},
};
