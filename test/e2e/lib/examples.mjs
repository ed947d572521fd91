// The workflows in examples/, as both e2e suites (single process and queue mode) run them.
import fs from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../../../scripts/n8n-install.mjs';

const examplesDir = path.join(repoRoot, 'examples');

/** One example workflow, by file name (e.g. `list-orders.json`). */
export function readExample(file) {
	return JSON.parse(fs.readFileSync(path.join(examplesDir, file), 'utf8'));
}

/** Every workflow in examples/: `{ file, workflow }`, by file name. */
export function loadExamples() {
	return fs
		.readdirSync(examplesDir)
		.filter((f) => f.endsWith('.json'))
		.sort()
		.map((file) => ({ file, workflow: readExample(file) }));
}
