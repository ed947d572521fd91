// n8n in queue mode, as a team that outgrew one process runs it: one main process (editor, REST API,
// triggers and pollers; production webhooks off), workers taking executions from Redis, and a webhook
// processor, all on one Postgres database and one encryption key. Every process has its own user folder,
// like separate machines or containers, and this package is installed into each the way the README tells
// users to (`npm install` in `~/.n8n/nodes`).
import { spawn, execFile } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';
import { DEFAULT_N8N_VERSION } from '../../../scripts/n8n-install.mjs';
import { N8nInstance, PACKAGE_NAME, freePort } from '../lib/n8n.mjs';

/**
 * The n8n version the queue suite runs: the newest the e2e suite runs. The one place to change it
 * (or E2E_QUEUE_N8N_VERSION for a single run).
 */
export const QUEUE_N8N_VERSION = process.env.E2E_QUEUE_N8N_VERSION || DEFAULT_N8N_VERSION;

/**
 * The README's install step for queue mode ("Scaling out"), run in every process's user folder:
 * `cd ~/.n8n/nodes && npm install --omit=peer <package>`. `--omit=peer` keeps npm from installing the package's peer
 * dependency (n8n-workflow) next to it: n8n provides its own, and a second copy would be the newest
 * n8n-workflow with native builds (isolated-vm) that fail on Node 20.
 */
export const README_INSTALL_ARGS = ['install', '--omit=peer', '--no-audit', '--no-fund'];

/** Postgres connections per n8n process (n8n's default is 2; see sharedEnv). */
export const DB_POOL_SIZE = 10;
/** How long n8n's database health ping may take before n8n answers 503 "Database is not ready!" (default 5 s). */
export const DB_PING_TIMEOUT_MS = 30000;

const execFileAsync = promisify(execFile);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Installs `tgz` into `<userFolder>/.n8n/nodes` with the README's npm command. */
export async function installAsReadmeSays(userFolder, tgz) {
	const nodesDir = path.join(userFolder, '.n8n', 'nodes');
	fs.mkdirSync(nodesDir, { recursive: true });
	await execFileAsync('npm', [...README_INSTALL_ARGS, tgz], {
		cwd: nodesDir,
		env: { ...process.env, npm_config_update_notifier: 'false' },
	});
	const pj = path.join(nodesDir, 'node_modules', PACKAGE_NAME, 'package.json');
	if (!fs.existsSync(pj)) throw new Error(`npm install left no ${PACKAGE_NAME} in ${nodesDir}`);
	const extra = fs
		.readdirSync(path.join(nodesDir, 'node_modules'))
		.filter((d) => !d.startsWith('.') && d !== PACKAGE_NAME);
	if (extra.length)
		throw new Error(
			`npm install put more than the package into ${nodesDir}/node_modules: ${extra.join(', ')}`,
		);
	return JSON.parse(fs.readFileSync(pj, 'utf8')).version;
}

/** One n8n process of the cluster: `n8n start`, `n8n worker` or `n8n webhook`, with its own user folder. */
class QueueProcess {
	constructor({ role, command, args = [], instance, healthPort, log }) {
		this.role = role;
		this.command = command;
		this.args = args;
		this.instance = instance;
		this.healthPort = healthPort;
		this.log = log;
		this.child = null;
		this.exited = null;
		this.logFile = path.join(instance.userFolder, `n8n-${role}.log`);
		this.starts = 0;
	}

	get healthUrl() {
		return `http://127.0.0.1:${this.healthPort}/healthz/readiness`;
	}

	/** Starts the process and waits until its /healthz/readiness answers 200 (main: also its REST API). */
	async start({ timeoutMs = 180000 } = {}) {
		if (this.child) throw new Error(`${this.role} is already running`);
		const out = fs.openSync(this.logFile, 'a');
		fs.writeSync(
			out,
			`\n===== ${new Date().toISOString()} n8n ${this.command} ${this.args.join(' ')} (start ${++this.starts})\n`,
		);
		const t0 = Date.now();
		// on the Node that n8n version was installed for when the instance says (newer lib/n8n.mjs), else this one
		const child = spawn(
			this.instance.nodePath ?? process.execPath,
			[this.instance.bin, this.command, ...this.args],
			{
				env: this.instance.env(),
				stdio: ['ignore', out, out],
				detached: true,
			},
		);
		fs.closeSync(out);
		this.child = child;
		this.exited = null;
		child.on('exit', (code, signal) => {
			if (this.child === child) this.exited = { code, signal };
		});
		const deadline = Date.now() + timeoutMs;
		let last = '';
		while (Date.now() < deadline) {
			if (this.exited)
				throw new Error(
					`${this.role} exited (${JSON.stringify(this.exited)}) before it was ready:\n${this.logTail()}`,
				);
			try {
				const r = await fetch(this.healthUrl, { signal: AbortSignal.timeout(2000) });
				last = `readiness ${r.status}`;
				if (r.ok && this.command === 'start') {
					const s = await fetch(`${this.instance.url}/rest/settings`, {
						signal: AbortSignal.timeout(2000),
					});
					last = `settings ${s.status}`;
					if (s.ok) break;
				} else if (r.ok) break;
			} catch (e) {
				last = e.cause?.code ?? e.message;
			}
			await sleep(300);
		}
		if (Date.now() >= deadline)
			throw new Error(
				`${this.role} not ready after ${timeoutMs} ms (last: ${last})\n${this.logTail()}`,
			);
		const ms = Date.now() - t0;
		this.log(
			`${this.role}: n8n ${this.command} ready in ${(ms / 1000).toFixed(1)} s (pid ${child.pid})`,
		);
		return ms;
	}

	/** SIGTERM (n8n's graceful shutdown: a worker finishes its running jobs), SIGKILL after `graceMs`. */
	async stop({ graceMs = 30000 } = {}) {
		const child = this.child;
		if (!child) return;
		if (!this.exited) {
			const done = new Promise((r) => child.once('exit', r));
			try {
				process.kill(-child.pid, 'SIGTERM');
			} catch {}
			const timer = setTimeout(() => {
				try {
					process.kill(-child.pid, 'SIGKILL');
				} catch {}
			}, graceMs);
			await done;
			clearTimeout(timer);
		}
		this.child = null;
	}

	/** CPU seconds (user + system) the n8n process has used so far (Linux /proc; null elsewhere). */
	cpuSeconds() {
		try {
			const stat = fs.readFileSync(`/proc/${this.child.pid}/stat`, 'utf8');
			const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
			// utime and stime are fields 14 and 15 of /proc/<pid>/stat, in clock ticks (100 a second on Linux)
			return (Number(fields[11]) + Number(fields[12])) / 100;
		} catch {
			return null;
		}
	}

	logText() {
		try {
			return fs.readFileSync(this.logFile, 'utf8');
		} catch {
			return '';
		}
	}

	logTail(n = 4000) {
		return this.logText().slice(-n);
	}
}

/**
 * A queue-mode n8n: `main`, `worker1`…`workerN` (`n8n worker --concurrency`) and `webhook`, each in
 * `<root>/<role>` with the package installed, sharing Postgres, Redis and the encryption key.
 */
export class QueueCluster {
	/**
	 * @param {{ version: string, bin: string, dir: string, root: string, postgres: object, redis: object,
	 *   workers?: number, concurrency?: number, log?: (m: string) => void }} o
	 */
	constructor(o) {
		this.version = o.version;
		this.root = o.root;
		this.postgres = o.postgres;
		this.redis = o.redis;
		this.bin = o.bin;
		this.installDir = o.dir;
		this.workerCount = o.workers ?? 2;
		this.concurrency = o.concurrency ?? 2;
		this.log = o.log ?? (() => {});
		this.encryptionKey = crypto.randomBytes(24).toString('hex');
		this.processes = new Map();
	}

	/** Environment every process shares: queue mode, Postgres, Redis, manual runs on workers. */
	sharedEnv() {
		const pg = this.postgres;
		return {
			EXECUTIONS_MODE: 'queue',
			QUEUE_BULL_REDIS_HOST: this.redis.host,
			QUEUE_BULL_REDIS_PORT: String(this.redis.port),
			DB_TYPE: 'postgresdb',
			DB_POSTGRESDB_HOST: pg.host,
			DB_POSTGRESDB_PORT: String(pg.port),
			DB_POSTGRESDB_DATABASE: pg.database,
			DB_POSTGRESDB_USER: pg.user,
			DB_POSTGRESDB_PASSWORD: pg.password,
			// n8n's default pool is 2 connections a process: at 50 webhook deliveries a second the webhook
			// processor's own health ping then waits over its 5 s timeout, n8n marks the database down and
			// answers 503 "Database is not ready!" (measured: 650 of 1,000 deliveries on 2.8.4)
			DB_POSTGRESDB_POOL_SIZE: String(DB_POOL_SIZE),
			// ...and its health ping gives up after 5 s; behind a burst of queries on a busy machine it needs longer
			N8N_DB_PING_TIMEOUT: String(DB_PING_TIMEOUT_MS),
			// the editor's "Execute workflow" runs on a worker too (n8n's recommendation for queue mode)
			OFFLOAD_MANUAL_EXECUTIONS_TO_WORKERS: 'true',
			// webhooks are served by the webhook processor only
			N8N_DISABLE_PRODUCTION_MAIN_PROCESS: 'true',
			QUEUE_HEALTH_CHECK_ACTIVE: 'true',
			N8N_WORKER_SERVER_ADDRESS: '127.0.0.1',
			N8N_LISTEN_ADDRESS: '127.0.0.1',
			EXECUTIONS_DATA_SAVE_ON_SUCCESS: 'all',
			// README "Scaling out": n8n 2.x's isolated-vm expression engine otherwise gives every webhook delivery
			// and every credential read a fresh isolate (measured on 2.41.1: 190 ms of CPU per LeafLink delivery in
			// the webhook processor, 37 ms with this); ignored by versions without it
			N8N_EXPRESSION_ENGINE_LAZY_ACQUIRE: process.env.N8N_EXPRESSION_ENGINE_LAZY_ACQUIRE ?? 'true',
			// "Worker started execution N" is logged at info: it tells which worker ran what
			N8N_LOG_LEVEL: 'info',
			N8N_LOG_OUTPUT: 'console',
		};
	}

	/**
	 * Defines process `role` (`main`, `webhook`, or a worker: any other name): its user folder with the
	 * shared encryption key, its own ports, nothing installed. Not started.
	 */
	async defineProcess(role) {
		const userFolder = path.join(this.root, role);
		fs.rmSync(userFolder, { recursive: true, force: true });
		fs.mkdirSync(path.join(userFolder, '.n8n'), { recursive: true });
		fs.writeFileSync(path.join(userFolder, 'encryption-key'), this.encryptionKey);
		const port = await freePort();
		const runnerPort = await freePort();
		const command = role === 'main' ? 'start' : role === 'webhook' ? 'webhook' : 'worker';
		const env = { ...this.sharedEnv(), N8N_RUNNERS_BROKER_PORT: String(runnerPort) };
		if (command === 'worker') env.QUEUE_HEALTH_CHECK_PORT = String(port);
		const instance = new N8nInstance({
			version: this.version,
			bin: this.bin,
			dir: this.installDir,
			userFolder,
			port,
			env,
			log: this.log,
		});
		const args = command === 'worker' ? [`--concurrency=${this.concurrency}`] : [];
		const proc = new QueueProcess({
			role,
			command,
			args,
			instance,
			healthPort: port,
			log: this.log,
		});
		this.processes.set(role, proc);
		return proc;
	}

	/** Defines main, the workers and the webhook processor, and installs `tgz` into each (in parallel). */
	async create(tgz) {
		const roles = [
			'main',
			...Array.from({ length: this.workerCount }, (_, i) => `worker${i + 1}`),
			'webhook',
		];
		fs.mkdirSync(this.root, { recursive: true });
		for (const role of roles) await this.defineProcess(role);
		const t0 = Date.now();
		const versions = await Promise.all(
			roles.map((role) => installAsReadmeSays(path.join(this.root, role), tgz)),
		);
		this.log(
			`package ${versions[0]} installed with \`npm ${README_INSTALL_ARGS.join(' ')}\` into ${roles.length} user folders in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
		);
		return this;
	}

	get main() {
		return this.processes.get('main');
	}

	get webhook() {
		return this.processes.get('webhook');
	}

	get workers() {
		return [...this.processes.values()].filter((p) => p.command === 'worker');
	}

	/** The main instance, for CLI commands (import, publish) and REST calls. */
	get n8n() {
		return this.main.instance;
	}

	/** The production webhook URL of a path, at the webhook processor. */
	webhookUrl(webhookPath) {
		return `${this.webhook.instance.url}/webhook/${webhookPath.replace(/^\/+/, '')}`;
	}

	/** Starts main first (it runs the database migrations), then the workers and the webhook processor. */
	async start() {
		await this.main.start();
		await Promise.all([...this.workers, this.webhook].map((p) => p.start()));
	}

	async stop() {
		await Promise.all([...this.processes.values()].map((p) => p.stop().catch(() => {})));
	}

	/** The worker whose log says it ran execution `id` (null when none does). */
	workerOf(id) {
		const re = new RegExp(`Worker started execution ${id}\\b`);
		return this.workers.find((w) => re.test(w.logText()))?.role ?? null;
	}

	/** How many of executions `ids` each worker's log says it ran: `{ worker1: n, worker2: n, none?: n }`. */
	executionsPerWorker(ids) {
		const ranBy = new Map();
		for (const w of this.workers) {
			for (const m of w.logText().matchAll(/Worker started execution (\d+)\b/g))
				ranBy.set(m[1], w.role);
		}
		const out = {};
		for (const id of ids) {
			const role = ranBy.get(String(id)) ?? 'none';
			out[role] = (out[role] ?? 0) + 1;
		}
		return out;
	}

	/**
	 * Executions from Postgres, oldest first: `{ id, workflowId, status, mode, finished, startedAt,
	 * stoppedAt, run }` (`run` = the execution data, when `withData`).
	 */
	async executions({ workflowId, ids, withData = false } = {}) {
		const where = [];
		const params = [];
		if (workflowId) where.push(`e."workflowId" = $${params.push(workflowId)}`);
		if (ids) where.push(`e.id = ANY($${params.push(ids.map(Number))})`);
		const rows = await this.postgres.query(
			`SELECT e.id, e."workflowId", e.status, e.mode, e.finished, e."startedAt", e."stoppedAt"${withData ? ', d.data' : ''} ` +
				`FROM execution_entity e ${withData ? 'LEFT JOIN execution_data d ON d."executionId" = e.id ' : ''}` +
				`${where.length ? `WHERE ${where.join(' AND ')} ` : ''}ORDER BY e.id`,
			params,
		);
		const { parse } = this.flatted();
		return rows.map(({ data, ...row }) => ({
			...row,
			id: String(row.id),
			...(withData && data ? { run: parse(data) } : {}),
		}));
	}

	/** Waits until no execution (of `workflowId`) is new or running and `predicate(list)` holds. */
	async waitForExecutions(predicate, { workflowId, timeoutMs = 60000, withData = false } = {}) {
		const deadline = Date.now() + timeoutMs;
		let list = [];
		while (Date.now() < deadline) {
			list = await this.executions({ workflowId, withData });
			const busy = list.some((e) => ['new', 'running'].includes(e.status));
			if (!busy && predicate(list)) return list;
			await sleep(500);
		}
		const counts = {};
		for (const e of list) counts[e.status] = (counts[e.status] ?? 0) + 1;
		throw new Error(
			`executions did not match within ${timeoutMs} ms; have ${list.length}: ${JSON.stringify(counts)}`,
		);
	}

	flatted() {
		return createRequire(path.join(this.installDir, 'node_modules', 'n8n', 'package.json'))(
			'flatted',
		);
	}

	/** Creates the owner and signs in; returns a fetch for main's /rest API. */
	async rest({ email = 'queue-e2e@example.com', password = 'Queue-E2e-Owner-1' } = {}) {
		this.api ??= (async () => {
			await this.n8n.setupOwner({ email, password });
			return await this.n8n.login({ email, password });
		})();
		return await this.api;
	}

	/**
	 * Runs a saved workflow from its manual trigger as the editor's "Execute workflow" does (main puts it
	 * on the queue; a worker runs it). Resolves the execution ID.
	 */
	async startManual(workflowId) {
		const api = await this.rest();
		const wf = (await api(`/rest/workflows/${workflowId}`)).json?.data;
		if (!wf) throw new Error(`workflow ${workflowId} not found`);
		const trigger = wf.nodes.find((n) => n.type === 'n8n-nodes-base.manualTrigger');
		if (!trigger) throw new Error(`workflow ${workflowId} has no manual trigger`);
		const res = await api(`/rest/workflows/${workflowId}/run`, {
			method: 'POST',
			body: JSON.stringify({ workflowData: wf, triggerToStartFrom: { name: trigger.name } }),
		});
		const executionId = res.json?.data?.executionId;
		if (res.status !== 200 || !executionId)
			throw new Error(`run ${workflowId}: ${res.status} ${res.text.slice(0, 500)}`);
		return String(executionId);
	}

	/**
	 * Waits for execution `id` to end; resolves `{ execution, run }` (`run` in the IRun shape: `{ data }`;
	 * null for an execution that ended without data, after a few seconds' grace for it to be saved).
	 */
	async waitForExecution(id, { timeoutMs = 180000 } = {}) {
		const deadline = Date.now() + timeoutMs;
		let endedAt = 0;
		for (;;) {
			const [e] = await this.executions({ ids: [id], withData: true });
			const ended = e && !['new', 'running', 'waiting'].includes(e.status);
			if (ended && e.run) return { execution: e, run: { data: e.run } };
			if (ended && !endedAt) endedAt = Date.now();
			if (ended && Date.now() - endedAt > 5000) return { execution: e, run: null };
			if (Date.now() > deadline)
				throw new Error(`execution ${id} did not end within ${timeoutMs} ms (status ${e?.status})`);
			await sleep(300);
		}
	}
}
