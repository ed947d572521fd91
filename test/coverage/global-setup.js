// @ts-check
'use strict';
/** Gives every test worker one folder to record which LeafLink operations its emulators answered. */
const fs = require('fs');
const os = require('os');
const path = require('path');

module.exports = async function globalSetup() {
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'leaflink-served-'));
	process.env.LEAFLINK_SERVED_DIR = dir;
};
