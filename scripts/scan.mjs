#!/usr/bin/env node
// Runs n8n's community-package scanner rules (@n8n/scan-community-package's analyzePackage) locally:
// on the source, as n8n lints the provenance-attested checkout, and on what `npm pack` would publish.
// n8n's own CLI fetches the package from npm; this does the same analysis without publishing. Needs `npm run build` first.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzePackage, SOURCE_FILE_PATTERNS } from '@n8n/scan-community-package/scanner/scanner.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
if (!fs.existsSync(path.join(root, 'dist'))) {
	console.error('dist/ is missing: run `npm run build` first');
	process.exit(1);
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'leaflink-scan-'));
try {
	const packed = execFileSync('npm', ['pack', '--silent', '--pack-destination', work], { cwd: root, encoding: 'utf8' })
		.trim()
		.split('\n')
		.pop();
	const unpacked = path.join(work, 'package');
	execFileSync('tar', ['-xzf', path.join(work, packed), '-C', work]);

	const results = [
		['source', await analyzePackage(root, SOURCE_FILE_PATTERNS)],
		[`npm pack (${packed})`, await analyzePackage(unpacked, ['**/*.js', 'package.json'])],
	];
	let failed = false;
	for (const [leg, result] of results) {
		console.log(`${result.passed ? 'PASS' : 'FAIL'} scanner on ${leg}${result.message ? `: ${result.message}` : ''}`);
		if (result.details) console.log(result.details);
		failed ||= !result.passed;
	}
	process.exit(failed ? 1 : 0);
} finally {
	fs.rmSync(work, { recursive: true, force: true });
}
