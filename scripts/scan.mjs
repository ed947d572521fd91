#!/usr/bin/env node
// Runs n8n's community-package scanner rules (@n8n/scan-community-package's analyzePackage) locally:
// on the source, as n8n lints the provenance-attested checkout, and on what `npm pack` would publish.
// n8n's own CLI fetches the package from npm; this does the same analysis without publishing. Needs `npm run build` first.
// analyzePackage passes a package with warnings and does not show them, so each leg is also linted with the scanner's
// own config (buildScanConfig) to list its warnings: any warning fails this script too.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import {
	analyzePackage,
	buildScanConfig,
	SOURCE_FILE_PATTERNS,
} from '@n8n/scan-community-package/scanner/scanner.mjs';
import { ESLint } from 'eslint';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
if (!fs.existsSync(path.join(root, 'dist'))) {
	console.error('dist/ is missing: run `npm run build` first');
	process.exit(1);
}

/** The scanner's warnings on `dir` (the files `patterns` match), formatted, or '' when there are none. */
async function scannerWarnings(dir, patterns) {
	const eslint = new ESLint({
		cwd: dir,
		allowInlineConfig: false,
		overrideConfigFile: true,
		overrideConfig: await buildScanConfig(),
	});
	const results = await eslint.lintFiles(patterns);
	if (!results.some((result) => result.warningCount > 0)) return '';
	return await (await eslint.loadFormatter('stylish')).format(results);
}

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'leaflink-scan-'));
try {
	const packed = execFileSync('npm', ['pack', '--silent', '--pack-destination', work], {
		cwd: root,
		encoding: 'utf8',
	})
		.trim()
		.split('\n')
		.pop();
	const unpacked = path.join(work, 'package');
	execFileSync('tar', ['-xzf', path.join(work, packed), '-C', work]);

	const legs = [
		['source', root, SOURCE_FILE_PATTERNS],
		[`npm pack (${packed})`, unpacked, ['**/*.js', 'package.json']],
	];
	let failed = false;
	for (const [leg, dir, patterns] of legs) {
		const result = await analyzePackage(dir, patterns);
		const warnings = result.passed ? await scannerWarnings(dir, patterns) : '';
		const verdict = !result.passed ? 'FAIL' : warnings ? 'FAIL (warnings)' : 'PASS';
		console.log(`${verdict} scanner on ${leg}${result.message ? `: ${result.message}` : ''}`);
		if (result.details) console.log(result.details);
		if (warnings) console.log(warnings);
		failed ||= !result.passed || Boolean(warnings);
	}
	process.exit(failed ? 1 : 0);
} finally {
	fs.rmSync(work, { recursive: true, force: true });
}
