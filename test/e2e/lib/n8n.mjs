// Drives a real n8n (installed by scripts/n8n-install.mjs) with this package installed as a community
// node: one user folder per instance, CLI import/execute/publish, `n8n start` with readiness checks,
// and the executions it saved (read from its SQLite database). Shared by test/e2e and scripts/demo.mjs.
import { spawn, execFile, execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { createRequire } from 'node:module';
import { ensureN8n, n8nRuntime } from '../../../scripts/n8n-install.mjs';

export const PACKAGE_NAME = 'n8n-nodes-leaflink';
export const NODE_TYPE = `${PACKAGE_NAME}.leafLink`;

/** A free TCP port on 127.0.0.1. */
export function freePort() {
	return new Promise((resolve, reject) => {
		const srv = net.createServer();
		srv.unref();
		srv.on('error', reject);
		srv.listen(0, '127.0.0.1', () => {
			const { port } = srv.address();
			srv.close(() => resolve(port));
		});
	});
}

/** Resolves when nothing listens on `port` (127.0.0.1), rejects after `timeoutMs`. */
export async function portIsFree(port) {
	return new Promise((resolve) => {
		const srv = net.createServer();
		srv.once('error', () => resolve(false));
		srv.listen(port, '0.0.0.0', () => srv.close(() => resolve(true)));
	});
}

/**
 * Installs a packed tarball the way n8n 2.x installs a community package (CommunityPackagesService
 * .downloadPackage): extract into `<userFolder>/.n8n/nodes/node_modules/<name>`, drop dev/peer/optional
 * dependencies from its package.json, `npm install` its (zero) runtime dependencies with scripts off,
 * and record it in `<userFolder>/.n8n/nodes/package.json`.
 */
export function installCommunityPackage(userFolder, tgz) {
	const nodesDir = path.join(userFolder, '.n8n', 'nodes');
	const pkgDir = path.join(nodesDir, 'node_modules', PACKAGE_NAME);
	fs.rmSync(pkgDir, { recursive: true, force: true });
	fs.mkdirSync(pkgDir, { recursive: true });
	execFileSync('tar', ['-xzf', tgz, '-C', pkgDir, '--strip-components=1']);
	const pjPath = path.join(pkgDir, 'package.json');
	const { devDependencies, peerDependencies, optionalDependencies, ...pj } = JSON.parse(
		fs.readFileSync(pjPath, 'utf8'),
	);
	fs.writeFileSync(pjPath, JSON.stringify(pj, null, 2));
	if (pj.dependencies && Object.keys(pj.dependencies).length > 0) {
		execFileSync(
			'npm',
			[
				'install',
				'--audit=false',
				'--fund=false',
				'--bin-links=false',
				'--install-strategy=shallow',
				'--ignore-scripts=true',
				'--package-lock=false',
			],
			{ cwd: pkgDir, stdio: 'pipe' },
		);
	}
	const hostPj = path.join(nodesDir, 'package.json');
	const host = fs.existsSync(hostPj)
		? JSON.parse(fs.readFileSync(hostPj, 'utf8'))
		: { name: 'installed-nodes', private: true };
	host.dependencies = { ...(host.dependencies ?? {}), [PACKAGE_NAME]: pj.version };
	fs.writeFileSync(hostPj, JSON.stringify(host, null, 2));
	return { dir: pkgDir, version: pj.version };
}

/** Sends `signal` to a process group (negative pid); false when no process of it is left. */
function signalGroup(group, signal) {
	try {
		process.kill(group, signal);
		return true;
	} catch {
		return false;
	}
}

/**
 * Whether a process of group `pgid` still runs. Zombies do not count: where PID 1 reaps slowly (as in
 * some containers), an exited runner lingers as one. Without /proc, any process of the group counts.
 */
function groupIsRunning(pgid) {
	if (!fs.existsSync('/proc/self/stat')) return signalGroup(-pgid, 0);
	for (const entry of fs.readdirSync('/proc')) {
		if (!/^\d+$/.test(entry)) continue;
		try {
			const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
			const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
			if (Number(pgrp) === pgid && state !== 'Z') return true;
		} catch {} // gone meanwhile
	}
	return false;
}

/** Parses the JSON that `n8n execute --rawOutput` prints, ignoring any log lines around it. */
export function parseRunOutput(stdout) {
	const lines = stdout.split('\n');
	for (let i = 0; i < lines.length; i++) {
		if (lines[i] !== '{') continue;
		for (let j = lines.length - 1; j > i; j--) {
			if (lines[j] !== '}') continue;
			try {
				return JSON.parse(lines.slice(i, j + 1).join('\n'));
			} catch {}
		}
	}
	return null;
}

/** The json of each item a node output (first run, first output unless given). */
export function nodeOutput(run, nodeName, { runIndex = 0, output = 0 } = {}) {
	const runData = run?.data?.resultData?.runData ?? {};
	const task = runData[nodeName]?.[runIndex];
	if (!task)
		throw new Error(
			`node "${nodeName}" did not run (ran: ${Object.keys(runData).join(', ') || 'nothing'})`,
		);
	if (task.error) throw new Error(`node "${nodeName}" failed: ${task.error.message}`);
	return (task.data?.main?.[output] ?? []).map((item) => item.json);
}

/**
 * One n8n instance: a version, a user folder (its own SQLite database, encryption key and
 * community nodes) and the environment its commands run with. Every n8n process runs on the Node
 * that version was installed for (`n8nRuntime`: Node 24 for n8n 2.9+, the running Node otherwise).
 */
export class N8nInstance {
	/**
	 * @param {{ version: string, userFolder: string, port?: number, env?: Record<string,string>, log?: (m: string) => void,
	 *   runtime?: ReturnType<typeof n8nRuntime> }} o  `runtime` defaults to n8nRuntime(version) (n8n must be installed)
	 */
	constructor(o) {
		const runtime = o.runtime ?? n8nRuntime(o.version);
		this.version = runtime.version;
		this.major = Number(runtime.version.split('.')[0]);
		this.bin = runtime.bin;
		this.nodePath = runtime.nodePath;
		this.nodeVersion = runtime.nodeVersion;
		this.runtimeEnv = runtime.env;
		this.installDir = runtime.dir;
		this.userFolder = o.userFolder;
		this.port = o.port ?? 5678;
		this.extraEnv = o.env ?? {};
		this.log = o.log ?? (() => {});
		this.server = null;
		/** Running `n8n <command>` processes (each its own process group), so stop() can end them too. */
		this.commands = new Set();
	}

	/**
	 * Installs n8n `version` (cached), makes `userFolder` (wiped first when `fresh`), and installs the
	 * packed package `tgz` into it as a community node.
	 */
	static async create({
		version,
		userFolder,
		tgz,
		fresh = true,
		port,
		env,
		log = (m) => console.error(m),
	}) {
		const { seconds, ...runtime } = await ensureN8n(version, { log });
		if (fresh) fs.rmSync(userFolder, { recursive: true, force: true });
		fs.mkdirSync(path.join(userFolder, '.n8n'), { recursive: true });
		const keyFile = path.join(userFolder, 'encryption-key');
		if (!fs.existsSync(keyFile)) fs.writeFileSync(keyFile, crypto.randomBytes(24).toString('hex'));
		const inst = new N8nInstance({ version, runtime, userFolder, port, env, log });
		inst.installSeconds = seconds;
		if (tgz) inst.packageInfo = installCommunityPackage(userFolder, tgz);
		return inst;
	}

	/** Environment for every n8n process of this instance. */
	env(extra = {}) {
		const key = fs.readFileSync(path.join(this.userFolder, 'encryption-key'), 'utf8').trim();
		return {
			...process.env,
			...this.runtimeEnv,
			N8N_USER_FOLDER: this.userFolder,
			N8N_ENCRYPTION_KEY: key,
			N8N_PORT: String(this.port),
			N8N_DIAGNOSTICS_ENABLED: 'false',
			N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
			N8N_TEMPLATES_ENABLED: 'false',
			N8N_PERSONALIZATION_ENABLED: 'false',
			N8N_HIRING_BANNER_ENABLED: 'false',
			N8N_VERIFIED_PACKAGES_ENABLED: 'false',
			N8N_COMMUNITY_PACKAGES_ENABLED: 'true',
			// n8n 2.x warns this default turns false in a future version; it is what a user of this (not yet
			// verified) package sets to keep it installable, so the suite runs with it
			N8N_UNVERIFIED_PACKAGES_ENABLED: 'true',
			N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'false',
			N8N_SECURE_COOKIE: 'false',
			N8N_LOG_LEVEL: 'warn',
			DB_SQLITE_POOL_SIZE: '1',
			// n8n 1.123.75+ defaults to the "vm" expression engine (isolated-vm 6, Node >= 22 only; its build is
			// skipped on Node 20, see scripts/n8n-install.mjs); the "legacy" engine is the one n8n 2.8 uses.
			// The rest matches 2.x defaults and silences 1.x deprecation notices.
			...(this.major === 1
				? {
						N8N_EXPRESSION_ENGINE: process.env.N8N_EXPRESSION_ENGINE || 'legacy',
						N8N_RUNNERS_ENABLED: 'true',
						N8N_BLOCK_ENV_ACCESS_IN_NODE: 'true',
						N8N_GIT_NODE_DISABLE_BARE_REPOS: 'true',
					}
				: {}),
			GENERIC_TIMEZONE: 'UTC',
			TZ: 'UTC',
			...this.extraEnv,
			...extra,
		};
	}

	/**
	 * The task broker port for the next n8n process: the one the instance was given, else a port free
	 * right now. Every n8n process (also `n8n execute`) opens a broker; a fixed one (e.g. the port + 1) can
	 * be taken meanwhile by anything on a shared machine.
	 */
	async brokerEnv() {
		return this.extraEnv.N8N_RUNNERS_BROKER_PORT
			? {}
			: { N8N_RUNNERS_BROKER_PORT: String(await freePort()) };
	}

	/** Runs `n8n <args>`; resolves `{ code, stdout, stderr, ms }`; rejects on a non-zero exit unless `allowFail`. */
	async cli(args, { allowFail = false, timeoutMs = 180000, env } = {}) {
		const t0 = Date.now();
		const processEnv = this.env({ ...(await this.brokerEnv()), ...env });
		return await new Promise((resolve, reject) => {
			const child = spawn(this.nodePath, [this.bin, ...args], {
				env: processEnv,
				stdio: ['ignore', 'pipe', 'pipe'],
				detached: true,
			});
			this.commands.add(child);
			child.on('exit', () => this.commands.delete(child));
			let stdout = '';
			let stderr = '';
			child.stdout.on('data', (d) => (stdout += d));
			child.stderr.on('data', (d) => (stderr += d));
			const timer = setTimeout(() => {
				try {
					process.kill(-child.pid, 'SIGKILL');
				} catch {}
				reject(
					new Error(`n8n ${args.join(' ')} timed out after ${timeoutMs} ms\n${stdout}\n${stderr}`),
				);
			}, timeoutMs);
			child.on('error', reject);
			child.on('close', (code, signal) => {
				clearTimeout(timer);
				const res = { code, signal, stdout, stderr, ms: Date.now() - t0 };
				if (code !== 0 && !allowFail) {
					reject(
						Object.assign(
							new Error(
								`n8n ${args.join(' ')} exited ${code ?? `on ${signal}`}\n${stdout.slice(-4000)}\n${stderr.slice(-4000)}`,
							),
							res,
						),
					);
				} else resolve(res);
			});
		});
	}

	/**
	 * Imports credentials with plain `data` (`import:credentials` encrypts it with this instance's key).
	 * @param {{ id: string, name: string, type: string, data: object }[]} credentials
	 */
	async importCredentials(credentials) {
		const file = path.join(this.userFolder, `import-credentials-${Date.now()}.json`);
		fs.writeFileSync(
			file,
			JSON.stringify(
				credentials.map((c) => ({ ...c, isManaged: false })),
				null,
				2,
			),
		);
		try {
			return await this.cli(['import:credentials', `--input=${file}`]);
		} finally {
			fs.rmSync(file, { force: true });
		}
	}

	/** Imports workflow objects (each with its own `id`) in one CLI call. */
	async importWorkflows(workflows) {
		const dir = path.join(this.userFolder, `import-workflows-${Date.now()}`);
		fs.mkdirSync(dir, { recursive: true });
		workflows.forEach((wf, i) =>
			fs.writeFileSync(
				path.join(dir, `${String(i).padStart(3, '0')}.json`),
				JSON.stringify(wf, null, 2),
			),
		);
		try {
			return await this.cli(['import:workflow', '--separate', `--input=${dir}`]);
		} finally {
			fs.rmSync(dir, { recursive: true, force: true });
		}
	}

	/**
	 * Runs an imported workflow with `n8n execute --id` and returns
	 * `{ ok, run, code, stdout, stderr, ms }` (`run` is the parsed IRun, or null when n8n printed none).
	 */
	async execute(id, { timeoutMs = 120000 } = {}) {
		// `execute` prints its JSON through n8n's logger at info level, so info it is (log lines are skipped by the parser)
		const res = await this.cli(['execute', `--id=${id}`, '--rawOutput'], {
			allowFail: true,
			timeoutMs,
			env: { N8N_LOG_LEVEL: 'info' },
		});
		const run = parseRunOutput(res.stdout);
		return { ok: res.code === 0 && run !== null && !run?.data?.resultData?.error, run, ...res };
	}

	/** Makes a workflow with a trigger active for the next `n8n start` (2.x: publish:workflow; 1.x: update:workflow --active). */
	async activate(id) {
		if (this.major >= 2) return await this.cli(['publish:workflow', `--id=${id}`]);
		return await this.cli(['update:workflow', `--id=${id}`, '--active=true']);
	}

	get url() {
		return `http://127.0.0.1:${this.port}`;
	}

	/** The production webhook URL of a path (as n8n registers it for an active workflow). */
	webhookUrl(webhookPath) {
		return `${this.url}/webhook/${webhookPath.replace(/^\/+/, '')}`;
	}

	/**
	 * Starts `n8n start` in the background and waits until its REST API and editor answer
	 * (not merely the "n8n is starting up" page). Logs go to `<userFolder>/n8n-start.log`.
	 * Resolves `{ ms }`.
	 */
	async start({ timeoutMs = 120000, env, listen = '127.0.0.1' } = {}) {
		if (this.server) throw new Error('n8n is already running');
		const logFile = path.join(this.userFolder, 'n8n-start.log');
		const out = fs.openSync(logFile, 'w');
		const t0 = Date.now();
		const processEnv = this.env({
			...(await this.brokerEnv()),
			N8N_LOG_LEVEL: 'info',
			N8N_LISTEN_ADDRESS: listen,
			...env,
		});
		const child = spawn(this.nodePath, [this.bin, 'start'], {
			env: processEnv,
			stdio: ['ignore', out, out],
			detached: true,
		});
		fs.closeSync(out);
		this.server = { child, logFile, exited: null };
		child.on('exit', (code, signal) => {
			if (this.server && this.server.child === child) this.server.exited = { code, signal };
		});
		this.log(`n8n ${this.version} starting (pid ${child.pid}, log ${logFile})`);
		await this.waitUntilReady({ timeoutMs });
		return { ms: Date.now() - t0 };
	}

	/** Last `n` characters of the `n8n start` log. */
	serverLog(n = 4000) {
		if (!this.server) return '';
		try {
			return fs.readFileSync(this.server.logFile, 'utf8').slice(-n);
		} catch {
			return '';
		}
	}

	/** Polls until /healthz/readiness answers 200 and the settings endpoint answers with JSON. */
	async waitUntilReady({ timeoutMs = 120000 } = {}) {
		const deadline = Date.now() + timeoutMs;
		let last = '';
		while (Date.now() < deadline) {
			if (this.server?.exited)
				throw new Error(
					`n8n exited (${JSON.stringify(this.server.exited)}) before it was ready:\n${this.serverLog()}`,
				);
			try {
				const r = await fetch(`${this.url}/healthz/readiness`, {
					signal: AbortSignal.timeout(2000),
				});
				last = `readiness ${r.status}`;
				if (r.ok) {
					const s = await fetch(`${this.url}/rest/settings`, { signal: AbortSignal.timeout(2000) });
					last = `settings ${s.status}`;
					if (s.ok && (s.headers.get('content-type') ?? '').includes('json')) return;
				}
			} catch (e) {
				last = e.cause?.code ?? e.message;
			}
			await new Promise((r) => setTimeout(r, 250));
		}
		throw new Error(`n8n was not ready after ${timeoutMs} ms (last: ${last})\n${this.serverLog()}`);
	}

	/**
	 * Polls a webhook until it gives its real answer: repeats `request` until `accept(response, body)`
	 * is true (default: not 404 — the webhook is not registered yet — and not n8n's "starting up" page).
	 * Use a harmless request (e.g. a forged delivery the trigger rejects) when the real one would start
	 * an execution. Resolves `{ status, body, headers, ms }` of the accepted response.
	 */
	async waitForWebhook(
		webhookPath,
		{ method = 'POST', headers = {}, body, accept, timeoutMs = 60000 } = {},
	) {
		const url = /^https?:/.test(webhookPath) ? webhookPath : this.webhookUrl(webhookPath);
		const ok = accept ?? ((res, text) => res.status !== 404 && !/starting up/i.test(text));
		const deadline = Date.now() + timeoutMs;
		const t0 = Date.now();
		let last = '';
		while (Date.now() < deadline) {
			if (this.server?.exited)
				throw new Error(`n8n exited before ${url} answered:\n${this.serverLog()}`);
			try {
				const res = await fetch(url, {
					method,
					headers,
					body:
						body === undefined
							? undefined
							: typeof body === 'string' || Buffer.isBuffer(body)
								? body
								: JSON.stringify(body),
					signal: AbortSignal.timeout(5000),
				});
				const text = await res.text();
				last = `${res.status} ${text.slice(0, 200)}`;
				if (ok(res, text))
					return {
						status: res.status,
						body: text,
						headers: Object.fromEntries(res.headers),
						ms: Date.now() - t0,
					};
			} catch (e) {
				last = e.cause?.code ?? e.message;
			}
			await new Promise((r) => setTimeout(r, 300));
		}
		throw new Error(
			`webhook ${url} did not answer after ${timeoutMs} ms (last: ${last})\n${this.serverLog()}`,
		);
	}

	/**
	 * Stops `n8n start` (SIGTERM to its process group, which holds its task runner; SIGKILL after `graceMs`)
	 * and any `n8n <command>` still running.
	 */
	async stop({ graceMs = 15000 } = {}) {
		for (const child of this.commands) signalGroup(-child.pid, 'SIGKILL');
		const server = this.server;
		if (!server) return;
		this.server = null;
		const group = -server.child.pid;
		if (!server.exited) {
			const done = new Promise((r) => server.child.once('exit', r));
			signalGroup(group, 'SIGTERM');
			const timer = setTimeout(() => signalGroup(group, 'SIGKILL'), graceMs);
			await done;
			clearTimeout(timer);
		}
		// n8n's task runner is in the same process group; it must not outlive n8n (nor survive a crash of it)
		const deadline = Date.now() + 5000;
		while (groupIsRunning(-group) && Date.now() < deadline)
			await new Promise((r) => setTimeout(r, 100));
		signalGroup(group, 'SIGKILL');
	}

	/** Creates the owner account through the REST API of a running, not yet set up instance. */
	async setupOwner({ email, password, firstName = 'Demo', lastName = 'Owner' }) {
		const res = await fetch(`${this.url}/rest/owner/setup`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ email, password, firstName, lastName }),
		});
		const text = await res.text();
		if (!res.ok) throw new Error(`owner setup failed: ${res.status} ${text.slice(0, 300)}`);
		return JSON.parse(text).data;
	}

	/** Signs in through the REST API; returns a `fetch` bound to the session cookie for /rest calls. */
	async login({ email, password }) {
		const res = await fetch(`${this.url}/rest/login`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ emailOrLdapLoginId: email, email, password }),
		});
		if (!res.ok) throw new Error(`login failed: ${res.status} ${(await res.text()).slice(0, 300)}`);
		const cookie = (res.headers.getSetCookie?.() ?? [res.headers.get('set-cookie')])
			.map((c) => String(c).split(';')[0])
			.join('; ');
		const base = this.url;
		return async (p, init = {}) => {
			const r = await fetch(`${base}${p}`, {
				...init,
				headers: { 'content-type': 'application/json', ...(init.headers ?? {}), cookie },
			});
			const text = await r.text();
			let json;
			try {
				json = JSON.parse(text);
			} catch {}
			return { status: r.status, json, text };
		};
	}

	/** The SQLite database file of this instance. */
	get databaseFile() {
		return path.join(this.userFolder, '.n8n', 'database.sqlite');
	}

	/**
	 * Saved executions, oldest first, read from the instance's SQLite database (works while
	 * `n8n start` runs). Each: `{ id, workflowId, status, mode, finished, startedAt, stoppedAt, run }`
	 * where `run` is the execution data (`{ resultData: { runData, error } }`) when `withData`.
	 * @param {{ workflowId?: string, withData?: boolean }} [filter]
	 */
	async executions({ workflowId, withData = true } = {}) {
		const sql =
			`SELECT e.id, e.workflowId, e.status, e.mode, e.finished, e.startedAt, e.stoppedAt${withData ? ', d.data' : ''} ` +
			`FROM execution_entity e ${withData ? 'LEFT JOIN execution_data d ON d.executionId = e.id ' : ''}` +
			`${workflowId ? 'WHERE e.workflowId = ? ' : ''}ORDER BY e.id`;
		const rows = await this.#query(sql, workflowId ? [workflowId] : []);
		const { parse } = createRequire(
			path.join(this.installDir, 'node_modules', 'n8n', 'package.json'),
		)('flatted');
		return rows.map(({ data, ...row }) => ({
			...row,
			id: String(row.id),
			finished: Boolean(row.finished),
			...(withData && data ? { run: parse(data) } : {}),
		}));
	}

	/**
	 * Runs a read-only query on the instance's database with n8n's own sqlite3, in a child process on
	 * n8n's Node: the native module is built for that Node's ABI (Node 24 for n8n 2.9+), not this one's.
	 */
	#query(sql, params) {
		const script = `
			const sqlite3 = require('module').createRequire(process.argv[1])('sqlite3');
			const [, , file, sql, params] = process.argv;
			const db = new sqlite3.Database(file, sqlite3.OPEN_READONLY, (err) => {
				if (err) return fail(err);
				db.configure('busyTimeout', 5000);
				db.all(sql, JSON.parse(params), (e, rows) => (e ? fail(e) : db.close(() => process.stdout.write(JSON.stringify(rows)))));
			});
			function fail(e) { process.stderr.write(String(e.message)); process.exitCode = 1; }`;
		const anchor = path.join(this.installDir, 'node_modules', 'n8n', 'package.json');
		return new Promise((resolve, reject) => {
			execFile(
				this.nodePath,
				['-e', script, anchor, this.databaseFile, sql, JSON.stringify(params)],
				{ env: this.env(), maxBuffer: 256 * 1024 * 1024 },
				(err, stdout, stderr) =>
					err ? reject(new Error(stderr.trim() || err.message)) : resolve(JSON.parse(stdout)),
			);
		});
	}

	/**
	 * Waits until `predicate(executions)` is true (polls the database); returns the executions.
	 * With `settled` (default) the predicate only sees lists in which no execution is still new or
	 * running: n8n saves the row first and the run data when the execution ends.
	 */
	async waitForExecutions(predicate, { workflowId, timeoutMs = 30000, settled = true } = {}) {
		const deadline = Date.now() + timeoutMs;
		let list = [];
		while (Date.now() < deadline) {
			try {
				list = await this.executions({ workflowId });
				const busy =
					settled &&
					list.some(
						(e) =>
							['new', 'running'].includes(e.status) ||
							(!e.finished && !e.stoppedAt && e.status !== 'waiting'),
					);
				if (!busy && predicate(list)) return list;
			} catch (e) {
				if (!/SQLITE_BUSY|no such table/.test(e.message)) throw e;
			}
			await new Promise((r) => setTimeout(r, 300));
		}
		throw new Error(
			`executions did not match within ${timeoutMs} ms; have ${list.length}: ${JSON.stringify(list.map((e) => ({ id: e.id, status: e.status })))}`,
		);
	}
}
