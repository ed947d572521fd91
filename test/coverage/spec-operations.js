// @ts-check
'use strict';
/** Every operation of LeafLink's OpenAPI file, as 'METHOD /path/' strings (the coverage map's keys). */
const fs = require('fs');
const path = require('path');
const yaml = require('js-yaml');

const SPEC = process.env.LEAFLINK_SPEC || path.resolve(__dirname, '../contract/marketplace-v2.openapi.yml');

/** @returns {string[]} */
function specOperations() {
	const doc = /** @type {any} */ (yaml.load(fs.readFileSync(SPEC, 'utf8')));
	const out = [];
	for (const [p, item] of Object.entries(doc.paths)) {
		for (const method of ['get', 'post', 'put', 'patch', 'delete']) {
			if (item[method]) out.push(`${method.toUpperCase()} ${p}`);
		}
	}
	return out;
}

module.exports = { specOperations, SPEC };
