#!/usr/bin/env node
// Lets `npm test` and `npm run demo` work on a fresh clone: installs the dev dependencies from the lockfile
// when node_modules is missing or older than package-lock.json. Uses nothing but Node itself.
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const marker = path.join(root, 'node_modules', '.package-lock.json');
const lock = path.join(root, 'package-lock.json');
const stale =
	!fs.existsSync(marker) || fs.statSync(lock).mtimeMs > fs.statSync(marker).mtimeMs + 1000;
if (stale) {
	console.log('Installing dev dependencies (npm ci --ignore-scripts)...');
	// --ignore-scripts: see .ci/run (isolated-vm, pulled in by @n8n/node-cli, builds only on Node 24; nothing here needs an install script)
	execSync('npm ci --ignore-scripts --no-audit --no-fund', { cwd: root, stdio: 'inherit' });
}
