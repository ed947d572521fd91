// Postgres 15 and Redis 7 for the queue-mode e2e suite, from Debian's packages: installed with apt-get when
// missing (as root only; quick and skipped when already there), each started as a non-root service in its
// own temporary folder on a free 127.0.0.1 port, with nothing persisted, and stopped (folder removed) after.
import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { freePort } from '../lib/n8n.mjs';

const PG_BIN = '/usr/lib/postgresql/15/bin';
const APT_PACKAGES = ['postgresql-15', 'redis-server'];

function which(cmd) {
	try {
		return execFileSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' }).trim() || null;
	} catch {
		return null;
	}
}

const isRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

/** The uid/gid of a system user, or null when there is none. */
function systemUser(name) {
	try {
		const uid = Number(execFileSync('id', ['-u', name], { encoding: 'utf8' }).trim());
		const gid = Number(execFileSync('id', ['-g', name], { encoding: 'utf8' }).trim());
		return { name, uid, gid };
	} catch {
		return null;
	}
}

function installed() {
	return (
		fs.existsSync(path.join(PG_BIN, 'postgres')) &&
		fs.existsSync(path.join(PG_BIN, 'initdb')) &&
		which('redis-server') !== null
	);
}

/**
 * Makes sure Postgres 15 and redis-server are installed. As root (CI's fresh machine) runs
 * `apt-get install` (and `apt-get update` first only when the install fails without it); otherwise
 * says what to install. Returns the seconds it took (0 when nothing was missing).
 */
export function ensureServicesInstalled({ log = console.error } = {}) {
	if (installed()) return 0;
	if (!isRoot()) {
		throw new Error(
			`Postgres 15 and Redis are needed: sudo apt-get install -y ${APT_PACKAGES.join(' ')} (looked for ${PG_BIN}/postgres and redis-server)`,
		);
	}
	const t0 = Date.now();
	const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
	const install = () =>
		execFileSync('apt-get', ['install', '-y', '-q', '--no-install-recommends', ...APT_PACKAGES], {
			env,
			stdio: ['ignore', 'pipe', 'pipe'],
		});
	log(`installing ${APT_PACKAGES.join(', ')} with apt-get…`);
	try {
		install();
	} catch {
		execFileSync('apt-get', ['update', '-q'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
		install();
	}
	if (!installed())
		throw new Error(`apt-get finished but ${PG_BIN}/postgres or redis-server is still missing`);
	return Math.round((Date.now() - t0) / 1000);
}

/**
 * The account a service runs as: as root, the package's own system user (Postgres refuses to run as
 * root); otherwise the current user.
 */
function serviceAccount(name) {
	if (!isRoot()) return {};
	const user = systemUser(name) ?? systemUser('nobody');
	if (!user)
		throw new Error(`no "${name}" user to run ${name} as (Postgres refuses to run as root)`);
	return { uid: user.uid, gid: user.gid };
}

/** A temporary folder owned by `account`. */
function serviceFolder(prefix, account) {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
	if (account.uid !== undefined) fs.chownSync(dir, account.uid, account.gid);
	return dir;
}

function runAs(account, file, args, opts = {}) {
	return execFileSync(file, args, {
		...opts,
		uid: account.uid,
		gid: account.gid,
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'pipe'],
	});
}

/** A long-running child in its own process group, its output in `logFile`. */
function startDaemon(file, args, { account, logFile, cwd }) {
	const out = fs.openSync(logFile, 'a');
	if (account.uid !== undefined) fs.fchownSync(out, account.uid, account.gid);
	const child = spawn(file, args, {
		cwd,
		uid: account.uid,
		gid: account.gid,
		stdio: ['ignore', out, out],
		detached: true,
	});
	fs.closeSync(out);
	const state = { exited: null };
	child.on('exit', (code, signal) => (state.exited = { code, signal }));
	return { child, state };
}

async function stopDaemon({ child, state }, { signal = 'SIGTERM', graceMs = 10000 } = {}) {
	if (state.exited) return;
	const done = new Promise((r) => child.once('exit', r));
	try {
		process.kill(-child.pid, signal);
	} catch {}
	const timer = setTimeout(() => {
		try {
			process.kill(-child.pid, 'SIGKILL');
		} catch {}
	}, graceMs);
	await done;
	clearTimeout(timer);
}

async function waitFor(what, check, { timeoutMs = 30000, daemon, logFile } = {}) {
	const deadline = Date.now() + timeoutMs;
	let last;
	while (Date.now() < deadline) {
		if (daemon?.state.exited) break;
		try {
			if (await check()) return;
		} catch (e) {
			last = e;
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	const tail =
		logFile && fs.existsSync(logFile) ? fs.readFileSync(logFile, 'utf8').slice(-3000) : '';
	throw new Error(
		`${what} did not come up${daemon?.state.exited ? ` (exited ${JSON.stringify(daemon.state.exited)})` : ''}: ${last?.message ?? 'timed out'}\n${tail}`,
	);
}

/**
 * Starts a throw-away Postgres 15 (initdb in a temp folder, 127.0.0.1 on a free port, durability off:
 * nothing here must survive) and creates database `database` owned by `user`. `pgModuleFrom` is a folder
 * whose node_modules has `pg` (n8n's install). Resolves `{ host, port, database, user, password, query, stop }`.
 */
export async function startPostgres({
	pgModuleFrom,
	database = 'n8n',
	user = 'n8n',
	password = 'n8n-queue-e2e',
	log = console.error,
} = {}) {
	const account = serviceAccount('postgres');
	const dir = serviceFolder('leaflink-pg-', account);
	const dataDir = path.join(dir, 'data');
	const logFile = path.join(dir, 'postgres.log');
	const pwFile = path.join(dir, 'pw');
	fs.writeFileSync(pwFile, password, { mode: 0o600 });
	if (account.uid !== undefined) fs.chownSync(pwFile, account.uid, account.gid);
	runAs(account, path.join(PG_BIN, 'initdb'), [
		'-D',
		dataDir,
		'-U',
		user,
		`--pwfile=${pwFile}`,
		'-A',
		'scram-sha-256',
		'-E',
		'UTF8',
		'--no-sync',
		'--locale=C',
	]);
	fs.rmSync(pwFile, { force: true });
	const port = await freePort();
	const daemon = startDaemon(
		path.join(PG_BIN, 'postgres'),
		[
			'-D',
			dataDir,
			'-p',
			String(port),
			'-k',
			dir,
			'-c',
			'listen_addresses=127.0.0.1',
			'-c',
			'fsync=off',
			'-c',
			'synchronous_commit=off',
			'-c',
			'full_page_writes=off',
			'-c',
			'max_connections=200',
		],
		{ account, logFile, cwd: dir },
	);
	const { Client } = createRequire(path.join(pgModuleFrom, 'package.json'))('pg');
	const connect = async (db) => {
		const client = new Client({ host: '127.0.0.1', port, user, password, database: db });
		await client.connect();
		return client;
	};
	await waitFor(
		'postgres',
		async () => {
			const c = await connect('postgres');
			await c.end();
			return true;
		},
		{ daemon, logFile },
	);
	const admin = await connect('postgres');
	await admin.query(`CREATE DATABASE "${database}" OWNER "${user}"`);
	await admin.end();
	const client = await connect(database);
	log(`postgres 15 on 127.0.0.1:${port} (data in ${dir})`);
	return {
		host: '127.0.0.1',
		port,
		database,
		user,
		password,
		dir,
		/** Runs SQL on the n8n database; resolves the rows. */
		async query(sql, params) {
			return (await client.query(sql, params)).rows;
		},
		async stop() {
			await client.end().catch(() => {});
			// SIGINT: Postgres' "fast" shutdown (disconnects clients instead of waiting for them)
			await stopDaemon(daemon, { signal: 'SIGINT' });
			fs.rmSync(dir, { recursive: true, force: true });
		},
	};
}

/** Starts redis-server on a free 127.0.0.1 port with no persistence. Resolves `{ host, port, stop }`. */
export async function startRedis({ log = console.error } = {}) {
	const account = serviceAccount('redis');
	const dir = serviceFolder('leaflink-redis-', account);
	const logFile = path.join(dir, 'redis.log');
	const port = await freePort();
	const daemon = startDaemon(
		which('redis-server'),
		[
			'--port',
			String(port),
			'--bind',
			'127.0.0.1',
			'--save',
			'',
			'--appendonly',
			'no',
			'--dir',
			dir,
			'--daemonize',
			'no',
			'--protected-mode',
			'yes',
		],
		{ account, logFile, cwd: dir },
	);
	await waitFor(
		'redis',
		() =>
			fs.existsSync(logFile) &&
			/Ready to accept connections/.test(fs.readFileSync(logFile, 'utf8')),
		{ daemon, logFile },
	);
	log(`redis on 127.0.0.1:${port}`);
	return {
		host: '127.0.0.1',
		port,
		async stop() {
			await stopDaemon(daemon);
			fs.rmSync(dir, { recursive: true, force: true });
		},
	};
}
