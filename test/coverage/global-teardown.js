// @ts-check
'use strict';
/**
 * After a full `npm test`: every operation in LeafLink's OpenAPI file must have been answered (2xx) by the
 * emulator somewhere in the suite. A run filtered to some files only prints the figure.
 */
const fs = require('fs');
const path = require('path');
const { specOperations } = require('./spec-operations');

/** @param {any} globalConfig */
module.exports = async function globalTeardown(globalConfig) {
	const dir = process.env.LEAFLINK_SERVED_DIR;
	if (!dir || !fs.existsSync(dir)) return;
	const served = new Set();
	for (const file of fs.readdirSync(dir)) {
		for (const op of JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'))) served.add(op);
	}
	fs.rmSync(dir, { recursive: true, force: true });
	const all = specOperations();
	const missing = all.filter((op) => !served.has(op));
	const filtered = Boolean(
		(globalConfig.testPathPattern && globalConfig.testPathPattern !== '') ||
			(Array.isArray(globalConfig.nonFlagArgs) && globalConfig.nonFlagArgs.length > 0) ||
			globalConfig.testNamePattern ||
			globalConfig.onlyChanged,
	);
	process.stdout.write(`\nLeafLink API operations exercised against the emulator: ${all.length - missing.length}/${all.length}\n`);
	if (missing.length > 0 && !filtered) {
		throw new Error(`These LeafLink operations were never exercised by the suite:\n  ${missing.join('\n  ')}`);
	}
};
