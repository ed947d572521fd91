#!/usr/bin/env node
// Installs a real n8n (and, when that n8n needs a newer Node than the one running, that Node) into a
// git-ignored cache folder on first use, and answers how to run it. Used by `npm run demo`,
// `npm run test:e2e` and the bench; never part of the unit-test path (`npm test` does not need n8n).
//
//   node scripts/n8n-install.mjs [version ...]      # default: NEWEST_N8N_VERSION; "1" / "2.8" / "newest" are shortcuts
//   import { ensureN8n, n8nRuntime } from './scripts/n8n-install.mjs'
//   const rt = await ensureN8n('2.41.1');           // installs on first use
//   spawn(rt.nodePath, [rt.bin, 'start'], { env: { ...process.env, ...rt.env } });
//
// Layout: <cache>/n8n-<version>/{package.json,node_modules/,.installed}
//         <cache>/node-<version>/{bin/node,include/node/,.installed}   (only when a version needs it)
// <cache> is $N8N_CACHE_DIR or ~/.cache/n8n-nodes-leaflink ($XDG_CACHE_HOME respected). The `.installed` marker is
// written only after a verified install, so an interrupted install is redone. n8n's marker records the
// Node it was built for: its native modules only load in that Node's ABI.
//
// Facts this encodes (measured on Node 20.20 / npm 11.19):
// - n8n pins xlsx to a tarball on cdn.sheetjs.com, which is unreachable here;
//   `overrides: { xlsx: "0.18.5" }` (the last xlsx on the npm registry) fixes it.
// - npm 11 blocks dependency install scripts unless listed in `allowScripts`.
//   n8n needs sqlite3's native binding (its default database); nothing
//   prebuilt can be downloaded, so sqlite3 builds from source with node-gyp.
//   Other install scripts in n8n's tree (optional or cosmetic) stay blocked.
// - n8n 2.8.4 (the last 2.x on Node 20) and 1.123.x declare `node >=20.19 <=24.x`; n8n 2.9+ declares
//   `node >=24`. Which Node an n8n version runs on is read from its `engines` field on the registry: the
//   running Node when it satisfies the range, else NODE_24_VERSION from the npm package
//   `node-<platform>-<arch>` (its tarball holds bin/node and the headers node-gyp needs).
// - n8n 2.41.3 (the `latest` dist-tag on 2026-12-03) does not resolve: it pins `@n8n/agents@0.26.2` and
//   other versions that are not on the registry (ETARGET). 2.41.1 is the newest that installs.
import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(here, '..');
/** The newest n8n that installs from the registry (checked 2026-12-03; 2.41.3 does not resolve, see above). Runs on Node 24. */
export const NEWEST_N8N_VERSION = '2.41.1';
/** The last n8n 2.x that runs on Node 20. */
export const N8N_NODE20_VERSION = '2.8.4';
/** The last n8n 1.x line; pinned so CI caches stay valid. */
export const N8N_1X_VERSION = '1.123.81';
/** The n8n a caller gets without naming one (demo, bench). */
export const DEFAULT_N8N_VERSION = NEWEST_N8N_VERSION;
/** The versions the e2e suite runs, newest first. */
export const E2E_N8N_VERSIONS = Object.freeze([
	NEWEST_N8N_VERSION,
	N8N_NODE20_VERSION,
	N8N_1X_VERSION,
]);
/** The Node that runs an n8n whose `engines` the running Node does not satisfy (n8n 2.9+ wants >= 24). */
export const NODE_24_VERSION = '24.22.3';

/** Version shortcuts accepted wherever a version is given: "newest", "2.8" (last on Node 20), "1" (last 1.x). */
export function resolveN8nVersion(v) {
	const s = String(v ?? '').trim();
	if (s === '' || s === 'newest') return NEWEST_N8N_VERSION;
	if (s === '2.8') return N8N_NODE20_VERSION;
	if (s === '1') return N8N_1X_VERSION;
	return s;
}

/**
 * Install-script decisions for n8n's tree (npm 11 `allowScripts`). npm 11.19 here still runs scripts
 * it has no entry for (with a warning), so the ones n8n does not need are denied explicitly: they
 * only build optional native speed-ups (ssh2, cpu-features, msgpackr-extract, Sentry profilers,
 * @parcel/watcher for dev reload), phone home (@scarf/scarf), or download binaries from outside the
 * npm registry and fail the whole install when they cannot (@confluentinc/kafka-javascript, the
 * Kafka nodes' client; agent-browser, an AI tool's browser). isolated-vm: see below.
 */
function allowScripts(nodeMajor) {
	return {
		sqlite3: true,
		'@confluentinc/kafka-javascript': false,
		'@parcel/watcher': false,
		'@scarf/scarf': false,
		'@sentry/node-cpu-profiler': false,
		'@sentry/node-native-stacktrace': false,
		'@sentry-internal/node-native-stacktrace': false,
		'agent-browser': false,
		'cpu-features': false,
		// n8n 1.123.75+ depends on isolated-vm 6 (via @n8n/expression-runtime), which needs Node >= 22 and
		// fails to compile on Node 20, failing the whole install. It is loaded lazily, only for the opt-in
		// "vm" expression engine (N8N_EXPRESSION_ENGINE), so n8n on Node 20 runs without its native build.
		// On Node 24 (n8n 2.9+, isolated-vm 7) its script installs the build it ships for Node 24.
		'isolated-vm': nodeMajor >= 24,
		'msgpackr-extract': false,
		oracledb: false,
		protobufjs: false,
		ssh2: false,
		// switches its Vue 2/3 shim; only n8n's prebuilt editor uses Vue
		'vue-demi': false,
	};
}

export function cacheRoot() {
	// outside the clone, so a fresh clone on the same machine (CI runs in one) reuses installs that take minutes
	const userCache = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
	return path.resolve(process.env.N8N_CACHE_DIR || path.join(userCache, 'n8n-nodes-leaflink'));
}

export function n8nDir(version = DEFAULT_N8N_VERSION) {
	return path.join(cacheRoot(), `n8n-${version}`);
}

export function n8nBin(version = DEFAULT_N8N_VERSION) {
	return path.join(n8nDir(version), 'node_modules', '.bin', 'n8n');
}

export function isInstalled(version = DEFAULT_N8N_VERSION) {
	return fs.existsSync(path.join(n8nDir(version), '.installed')) && fs.existsSync(n8nBin(version));
}

export function nodeDir(version = NODE_24_VERSION) {
	return path.join(cacheRoot(), `node-${version}`);
}

const majorOf = (v) => Number(String(v).replace(/^v/, '').split('.')[0]);

/**
 * Whether `version` (e.g. "20.20.2") satisfies an `engines.node` range as n8n writes them
 * (">=20.19 <=24.x", ">=24.0.0", "^22 || ^24"): comparators (>=, <=, >, <, =, ^, ~) on partial or
 * x-versions, space-joined (and), `||`-joined (or). Throws on anything else rather than guess.
 */
export function satisfiesRange(version, range) {
	const v = String(version).replace(/^v/, '').split('.').map(Number);
	const cmp = (a, b) => {
		for (let i = 0; i < 3; i++)
			if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) < (b[i] ?? 0) ? -1 : 1;
		return 0;
	};
	const test = (comparator) => {
		const m = /^(>=|<=|>|<|=|\^|~)?v?(\d+)(?:\.(\d+|x|\*))?(?:\.(\d+|x|\*))?$/.exec(comparator);
		if (!m) throw new Error(`cannot read the node range "${range}" (at "${comparator}")`);
		const [, op = '=', major, minor, patch] = m;
		const parts = [major, minor, patch]
			.filter((x) => x !== undefined && x !== 'x' && x !== '*')
			.map(Number);
		const low = [parts[0], parts[1] ?? 0, parts[2] ?? 0];
		// the first version above the given prefix: 24.x -> 25.0.0, 20.19 -> 20.20.0, 24.1.2 -> 24.1.3
		const high =
			parts.length === 3
				? [parts[0], parts[1], parts[2] + 1]
				: parts.length === 2
					? [parts[0], parts[1] + 1, 0]
					: [parts[0] + 1, 0, 0];
		if (op === '>=') return cmp(v, low) >= 0;
		if (op === '>') return cmp(v, high) >= 0;
		if (op === '<=') return cmp(v, high) < 0;
		if (op === '<') return cmp(v, low) < 0;
		if (op === '^') return cmp(v, low) >= 0 && v[0] === low[0];
		if (op === '~') return cmp(v, low) >= 0 && cmp(v, [low[0], low[1] + 1, 0]) < 0;
		return cmp(v, low) >= 0 && cmp(v, high) < 0;
	};
	return String(range)
		.split('||')
		.some((set) =>
			set
				.trim()
				.replace(/(>=|<=|>|<|=|\^|~)\s+/g, '$1')
				.split(/\s+/)
				.filter(Boolean)
				.every(test),
		);
}

/** The `engines.node` range n8n `version` declares on the registry ('' when it declares none). */
function n8nNodeRange(version) {
	try {
		const out = execFileSync('npm', ['view', `n8n@${version}`, 'engines.node', '--json'], {
			encoding: 'utf8',
			stdio: ['ignore', 'pipe', 'pipe'],
		}).trim();
		return out ? JSON.parse(out) : '';
	} catch (e) {
		throw new Error(
			`n8n@${version}: could not read its Node requirement from the npm registry (is the version right, is the registry reachable?): ${
				String(e.stderr || e.message)
					.trim()
					.split('\n')[0]
			}`,
		);
	}
}

/** The Node version n8n `version` is installed for and runs on: the running Node if n8n accepts it, else NODE_24_VERSION. */
function chooseNodeVersion(version) {
	const range = n8nNodeRange(version);
	if (!range || satisfiesRange(process.versions.node, range)) return process.versions.node;
	if (satisfiesRange(NODE_24_VERSION, range)) return NODE_24_VERSION;
	throw new Error(
		`n8n@${version} needs Node ${range}; this script can provide Node ${process.versions.node} (running) or ${NODE_24_VERSION}`,
	);
}

/** Path of the `node` binary for a recorded Node version: the running one when the major (and so the native ABI) matches. */
function nodePathFor(nodeVersion) {
	if (majorOf(nodeVersion) === majorOf(process.versions.node)) return process.execPath;
	return path.join(nodeDir(nodeVersion.replace(/^v/, '')), 'bin', 'node');
}

/** Environment additions that make `node` (and npm, node-gyp, n8n's task runner) resolve to `nodePath`. */
function nodeEnv(nodePath) {
	if (nodePath === process.execPath) return {};
	return { PATH: `${path.dirname(nodePath)}${path.delimiter}${process.env.PATH ?? ''}` };
}

/**
 * How to run an installed n8n: `{ version, dir, bin, nodePath, nodeVersion, env }`. Spawn it as
 * `spawn(nodePath, [bin, ...args], { env: { ...process.env, ...env } })`: `env` puts that Node first on
 * PATH, so the task runner n8n starts runs on it too. Throws when `version` is not installed (see ensureN8n).
 */
export function n8nRuntime(version = DEFAULT_N8N_VERSION) {
	version = resolveN8nVersion(version);
	const dir = n8nDir(version);
	if (!isInstalled(version))
		throw new Error(
			`n8n ${version} is not installed in ${dir}: run node scripts/n8n-install.mjs ${version}`,
		);
	const marker = JSON.parse(fs.readFileSync(path.join(dir, '.installed'), 'utf8'));
	const nodeVersion = String(marker.node ?? process.version).replace(/^v/, '');
	const nodePath = nodePathFor(nodeVersion);
	if (!fs.existsSync(nodePath))
		throw new Error(
			`n8n ${version} was built for Node ${nodeVersion}, which is missing (${nodePath}): run node scripts/n8n-install.mjs ${version}`,
		);
	return { version, dir, bin: n8nBin(version), nodePath, nodeVersion, env: nodeEnv(nodePath) };
}

/** Runs a command; with `signal`, aborting stops it and everything it started (node-gyp builds): its own process group. */
function run(cmd, args, { signal, ...opts }, log) {
	return new Promise((resolve, reject) => {
		if (signal?.aborted) return reject(new Error(`${cmd} ${args.join(' ')}: aborted`));
		const child = spawn(cmd, args, {
			...opts,
			stdio: ['ignore', 'pipe', 'pipe'],
			detached: Boolean(signal),
		});
		const abort = () => {
			try {
				process.kill(-child.pid, 'SIGTERM');
			} catch {}
		};
		signal?.addEventListener('abort', abort, { once: true });
		child.on('close', () => signal?.removeEventListener('abort', abort));
		let tail = '';
		const onData = (d) => {
			const s = d.toString();
			tail = (tail + s).slice(-8000);
			for (const line of s.split('\n')) if (line.trim()) log(`  npm| ${line}`);
		};
		child.stdout.on('data', onData);
		child.stderr.on('data', onData);
		child.on('error', reject);
		child.on('close', (code) =>
			code === 0
				? resolve(tail)
				: reject(new Error(`${cmd} ${args.join(' ')} exited ${code}\n${tail}`)),
		);
	});
}

async function acquireLock(lockDir, log) {
	const start = Date.now();
	for (;;) {
		try {
			fs.mkdirSync(lockDir);
			fs.writeFileSync(path.join(lockDir, 'pid'), String(process.pid));
			return () => fs.rmSync(lockDir, { recursive: true, force: true });
		} catch (e) {
			if (e.code !== 'EEXIST') throw e;
			// Stale lock: owner process gone.
			let pid = 0;
			try {
				pid = Number(fs.readFileSync(path.join(lockDir, 'pid'), 'utf8'));
			} catch {}
			let alive = false;
			if (pid) {
				try {
					process.kill(pid, 0);
					alive = true;
				} catch {}
			}
			if (!alive && Date.now() - start > 2000) {
				fs.rmSync(lockDir, { recursive: true, force: true });
				continue;
			}
			if ((Date.now() - start) % 30000 < 1000)
				log(`waiting for another install (pid ${pid}) to finish…`);
			await new Promise((r) => setTimeout(r, 1000));
		}
	}
}

function hostPackageJson(version, nodeMajor) {
	return {
		name: `n8n-host-${version.replace(/[^0-9a-z.-]/gi, '-')}`,
		private: true,
		description:
			'Cache folder for a real n8n used by npm run demo / test:e2e (generated by scripts/n8n-install.mjs)',
		dependencies: { n8n: version },
		overrides: { xlsx: '0.18.5' },
		allowScripts: allowScripts(nodeMajor),
	};
}

/**
 * Makes sure Node `version` is in the cache (from the npm package `node-<platform>-<arch>`, about 60 MB
 * packed); returns the path of its `node` binary. Its folder doubles as node-gyp's `nodedir` (headers).
 */
export async function ensureNode(
	version = NODE_24_VERSION,
	{ log = (m) => console.error(`[n8n-install] ${m}`) } = {},
) {
	const dir = nodeDir(version);
	const bin = path.join(dir, 'bin', 'node');
	const ready = () => fs.existsSync(path.join(dir, '.installed')) && fs.existsSync(bin);
	if (ready()) return bin;
	fs.mkdirSync(cacheRoot(), { recursive: true });
	const release = await acquireLock(`${dir}.lock`, log);
	try {
		if (ready()) return bin;
		const pkg = `node-${process.platform}-${process.arch}@${version}`;
		log(`installing Node ${version} (npm package ${pkg}) into ${dir}…`);
		const t0 = Date.now();
		const tmp = fs.mkdtempSync(`${dir}.tmp-`);
		try {
			const tgz = execFileSync('npm', ['pack', pkg, '--silent', '--pack-destination', tmp], {
				cwd: tmp,
				encoding: 'utf8',
				stdio: ['ignore', 'pipe', 'pipe'],
			})
				.trim()
				.split('\n')
				.pop();
			fs.rmSync(dir, { recursive: true, force: true });
			fs.mkdirSync(dir, { recursive: true });
			execFileSync('tar', ['-xzf', path.join(tmp, tgz), '-C', dir, '--strip-components=1']);
		} catch (e) {
			throw new Error(
				`could not install Node ${version} from the npm package ${pkg}: ${String(
					e.stderr || e.message,
				)
					.trim()
					.split('\n')
					.slice(-3)
					.join(' ')}`,
			);
		} finally {
			fs.rmSync(tmp, { recursive: true, force: true });
		}
		const got = execFileSync(bin, ['-v'], { encoding: 'utf8' }).trim();
		if (got !== `v${version}`) throw new Error(`${bin} reports ${got}, expected v${version}`);
		if (!fs.existsSync(path.join(dir, 'include', 'node', 'node_version.h')))
			throw new Error(
				`Node ${version} from ${pkg} has no headers (include/node): native modules could not build`,
			);
		fs.writeFileSync(
			path.join(dir, '.installed'),
			JSON.stringify({ version, package: pkg, at: new Date().toISOString() }) + '\n',
		);
		log(`Node ${version} installed in ${Math.round((Date.now() - t0) / 1000)} s`);
		return bin;
	} finally {
		release();
	}
}

/**
 * Makes sure n8n `version` is installed in the cache, with the Node it needs; returns n8nRuntime(version)
 * plus `seconds` (0 when it was cached). `signal` (an AbortSignal) stops a running install. Native modules (sqlite3, isolated-vm) build for that Node:
 * its `bin` goes first on PATH and `npm_config_nodedir` points node-gyp at its headers (a machine's
 * npmrc may point node-gyp at another Node's).
 */
export async function ensureN8n(
	version = DEFAULT_N8N_VERSION,
	{ log = (m) => console.error(`[n8n-install] ${m}`), verbose = false, signal } = {},
) {
	version = resolveN8nVersion(version);
	const dir = n8nDir(version);
	if (isInstalled(version)) return { ...(await runtimeWithNode(version, log)), seconds: 0 };

	fs.mkdirSync(cacheRoot(), { recursive: true });
	const release = await acquireLock(`${dir}.lock`, log);
	try {
		if (isInstalled(version)) return { ...(await runtimeWithNode(version, log)), seconds: 0 };
		const t0 = Date.now();
		const nodeVersion = chooseNodeVersion(version);
		const nodePath =
			nodeVersion === process.versions.node
				? process.execPath
				: await ensureNode(nodeVersion, { log });
		const env = {
			...process.env,
			...nodeEnv(nodePath),
			npm_config_yes: 'true',
			JOBS: process.env.JOBS || 'max',
		};
		if (nodePath !== process.execPath)
			env.npm_config_nodedir = path.dirname(path.dirname(nodePath));
		fs.mkdirSync(dir, { recursive: true });
		fs.writeFileSync(
			path.join(dir, 'package.json'),
			JSON.stringify(hostPackageJson(version, majorOf(nodeVersion)), null, '\t') + '\n',
		);
		// Keep the project's .npmrc (yes=true etc.) from leaking in; n8n's own tree needs nothing else.
		fs.writeFileSync(path.join(dir, '.npmrc'), 'fund=false\naudit=false\nupdate-notifier=false\n');
		log(
			`installing n8n@${version} on Node ${nodeVersion} into ${path.relative(process.cwd(), dir) || dir} (first use; takes minutes, builds sqlite3 from source)…`,
		);
		const ticker = setInterval(
			() => log(`  … still installing n8n@${version} (${Math.round((Date.now() - t0) / 1000)} s)`),
			20000,
		);
		try {
			await run(
				'npm',
				[
					'install',
					'--no-audit',
					'--no-fund',
					'--no-package-lock',
					'--loglevel',
					verbose ? 'http' : 'warn',
				],
				{ cwd: dir, env, signal },
				verbose ? log : () => {},
			);
		} finally {
			clearInterval(ticker);
		}
		if (!fs.existsSync(n8nBin(version)))
			throw new Error(`n8n binary missing after install: ${n8nBin(version)}`);
		verifyNativeModules(version, dir, nodePath, majorOf(nodeVersion));
		const seconds = Math.round((Date.now() - t0) / 1000);
		fs.writeFileSync(
			path.join(dir, '.installed'),
			JSON.stringify({ version, seconds, at: new Date().toISOString(), node: `v${nodeVersion}` }) +
				'\n',
		);
		log(`n8n@${version} installed in ${seconds} s (runs on Node ${nodeVersion})`);
		return { ...n8nRuntime(version), seconds };
	} finally {
		release();
	}
}

/** n8nRuntime, after re-installing its Node into the cache if that folder was removed. */
async function runtimeWithNode(version, log) {
	try {
		return n8nRuntime(version);
	} catch (e) {
		const marker = JSON.parse(fs.readFileSync(path.join(n8nDir(version), '.installed'), 'utf8'));
		const nodeVersion = String(marker.node ?? '').replace(/^v/, '');
		if (!nodeVersion || nodePathFor(nodeVersion) === process.execPath) throw e;
		await ensureNode(nodeVersion, { log });
		return n8nRuntime(version);
	}
}

/**
 * The native modules n8n needs must load in the Node it runs on: sqlite3 (its default database, or
 * `n8n` fails at start-up) and, where its install script was allowed, isolated-vm (the "vm" expression engine).
 */
function verifyNativeModules(version, dir, nodePath, nodeMajor) {
	const modules = ['sqlite3', ...(allowScripts(nodeMajor)['isolated-vm'] ? ['isolated-vm'] : [])];
	for (const name of modules) {
		// resolved from n8n's package, where n8n's own require() would find it
		const script = `const { createRequire } = require('node:module'); const r = createRequire(${JSON.stringify(path.join(dir, 'node_modules', 'n8n', 'package.json'))}); try { r.resolve(${JSON.stringify(name)}); } catch { process.exit(0); } r(${JSON.stringify(name)});`;
		try {
			execFileSync(nodePath, ['-e', script], { stdio: 'pipe' });
		} catch (e) {
			throw new Error(
				`n8n@${version}: the ${name} native module does not load in ${nodePath}: ${String(e.stderr || e.message).slice(0, 2000)}`,
			);
		}
	}
}

if (
	import.meta.url === `file://${process.argv[1]}` ||
	process.argv[1] === fileURLToPath(import.meta.url)
) {
	const args = process.argv.slice(2);
	const verbose = args.includes('--verbose');
	const versions = args.filter((a) => !a.startsWith('--'));
	if (args.includes('--help')) {
		console.log(
			`usage: node scripts/n8n-install.mjs [--verbose] [version ...]\n` +
				`  default ${DEFAULT_N8N_VERSION}; shortcuts: "newest" = ${NEWEST_N8N_VERSION}, "2.8" = ${N8N_NODE20_VERSION}, "1" = ${N8N_1X_VERSION}, "e2e" = all three\n` +
				'prints, per version, the node binary and the n8n binary to run it with (node <n8n> start)',
		);
		process.exit(0);
	}
	try {
		const list = versions.flatMap((v) => (v === 'e2e' ? E2E_N8N_VERSIONS : [v]));
		for (const v of list.length ? list : [DEFAULT_N8N_VERSION]) {
			const r = await ensureN8n(v, { verbose });
			console.log(`${r.nodePath} ${r.bin}`);
		}
	} catch (e) {
		console.error(`[n8n-install] FAILED: ${e.message}`);
		process.exit(1);
	}
}
