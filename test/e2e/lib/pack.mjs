// Builds (when needed) and packs this package exactly as it would be published (`npm pack`).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../../scripts/n8n-install.mjs';

function newestMtime(dir, ext) {
	let newest = 0;
	if (!fs.existsSync(dir)) return 0;
	for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
		if (!entry.isFile() || !ext.some((e) => entry.name.endsWith(e))) continue;
		const p = path.join(entry.parentPath ?? entry.path, entry.name);
		newest = Math.max(newest, fs.statSync(p).mtimeMs);
	}
	return newest;
}

/** True when dist/ is missing or older than a source file (nodes/, credentials/, package.json). */
export function buildIsStale() {
	const dist = path.join(repoRoot, 'dist');
	const entry = path.join(dist, 'nodes', 'LeafLink', 'LeafLink.node.js');
	if (!fs.existsSync(entry)) return true;
	const built = newestMtime(dist, ['.js']);
	const sources = Math.max(
		newestMtime(path.join(repoRoot, 'nodes'), ['.ts', '.json', '.svg']),
		newestMtime(path.join(repoRoot, 'credentials'), ['.ts', '.svg']),
	);
	return sources > built;
}

/** Whether process `pid` is alive (a folder name that is not a pid is not). */
function isRunning(pid) {
	if (!Number.isInteger(pid) || pid <= 0) return false;
	try {
		process.kill(pid, 0);
		return true;
	} catch (e) {
		return e.code === 'EPERM';
	}
}

/**
 * Runs `npm run build` (unless `build` is false, or it is 'auto' and dist/ is fresh), then `npm pack`
 * into `<repo>/.cache/pack/<pid>/`. Returns the absolute path of the tarball.
 */
export function packPackage({ build = 'auto', log = console.error } = {}) {
	if (build === true || (build === 'auto' && buildIsStale())) {
		log('building the package (npm run build)…');
		execFileSync('npm', ['run', 'build', '--silent'], {
			cwd: repoRoot,
			stdio: ['ignore', 'inherit', 'inherit'],
		});
	}
	// a folder per runner process, so runners side by side (CI's e2e lanes) never pack over each other's tarball
	const packs = path.join(repoRoot, '.cache', 'pack');
	for (const entry of fs.existsSync(packs) ? fs.readdirSync(packs) : [])
		if (!isRunning(Number(entry)))
			fs.rmSync(path.join(packs, entry), { recursive: true, force: true });
	const dest = path.join(packs, String(process.pid));
	fs.mkdirSync(dest, { recursive: true });
	// dist/ may be rewritten under us by a concurrent build (another terminal, an IDE): retry a few times
	let out;
	for (let attempt = 1; ; attempt++) {
		try {
			out = execFileSync('npm', ['pack', '--json', '--pack-destination', dest], {
				cwd: repoRoot,
				encoding: 'utf8',
				stdio: ['ignore', 'pipe', 'pipe'],
			});
			break;
		} catch (e) {
			if (attempt >= 4) throw new Error(`npm pack failed: ${e.stderr || e.message}`);
			log(
				`npm pack failed (${
					String(e.stderr || e.message)
						.split('\n')
						.find((l) => l.includes('error')) ?? 'error'
				}); retrying in 5 s…`,
			);
			execFileSync('sleep', ['5']);
		}
	}
	const info = JSON.parse(out.slice(out.indexOf('[')))[0];
	const tgz = path.join(dest, info.filename);
	log(
		`packed ${info.name}@${info.version}: ${info.entryCount} files, ${Math.round(info.size / 1024)} kB → ${path.relative(repoRoot, tgz)}`,
	);
	return tgz;
}
