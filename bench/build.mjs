// Transpiles the TypeScript the bench runs (bench/*.ts, test/helpers/*.ts, nodes/**, credentials/**) into the
// git-ignored bench/.build/, with TypeScript's own transpiler (no type check: other work in progress may not
// type-check yet, and the bench measures, it does not lint). JSON files beside the sources are copied.
// The compiled tree keeps the repository's layout, so `require('n8n-workflow')` resolves from the project's
// node_modules exactly as in the tests.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
export const repoRoot = path.resolve(here, '..');
export const buildDir = path.join(here, '.build');
const require = createRequire(import.meta.url);

const ROOTS = ['nodes', 'credentials', 'test/helpers', 'bench'];

function* walk(dir) {
	if (!fs.existsSync(dir)) return;
	for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
		if (entry.name === '.build' || entry.name === 'node_modules' || entry.name.startsWith('.'))
			continue;
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) yield* walk(full);
		else yield full;
	}
}

export function build({ quiet = false } = {}) {
	const ts = require(path.join(repoRoot, 'node_modules', 'typescript'));
	const t0 = Date.now();
	let count = 0;
	for (const root of ROOTS) {
		for (const file of walk(path.join(repoRoot, root))) {
			const rel = path.relative(repoRoot, file);
			if (/\.(test|spec)\.ts$/.test(rel) || rel.endsWith('.d.ts')) continue;
			const outBase = path.join(buildDir, rel);
			if (file.endsWith('.ts')) {
				const out = outBase.replace(/\.ts$/, '.js');
				const srcStat = fs.statSync(file);
				if (fs.existsSync(out) && fs.statSync(out).mtimeMs >= srcStat.mtimeMs) continue;
				const source = fs.readFileSync(file, 'utf8');
				const result = ts.transpileModule(source, {
					fileName: file,
					compilerOptions: {
						module: ts.ModuleKind.CommonJS,
						target: ts.ScriptTarget.ES2021,
						esModuleInterop: true,
						resolveJsonModule: true,
						sourceMap: false,
					},
				});
				fs.mkdirSync(path.dirname(out), { recursive: true });
				fs.writeFileSync(out, result.outputText);
				count++;
			} else if (file.endsWith('.json') && root !== 'bench') {
				fs.mkdirSync(path.dirname(outBase), { recursive: true });
				fs.copyFileSync(file, outBase);
			}
		}
	}
	if (!quiet)
		console.error(
			`[bench] transpiled ${count} changed TypeScript files into bench/.build in ${Date.now() - t0} ms`,
		);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) build();
