// @ts-check
'use strict';

/**
 * Loads LeafLink's Marketplace V2 OpenAPI description and builds the request validator.
 *
 * Validator choice: openapi-backend (maintained, Ajv 8 under the hood), pinned to 5.20.1: 5.21.x
 * depends on @apidevtools/json-schema-ref-parser 16, which is ESM-only and declares Node >= 22;
 * plain Node 20.19+ can require() it, but Jest's module registry cannot ("Cannot use import
 * statement outside a module"). 5.20.1 uses ref-parser 11 (CommonJS, Node >= 16) and has the same
 * validation API. It failed on the raw file for two reasons, both fixed here without touching it:
 *
 *  1. The document is not valid OpenAPI 3.0, so openapi-backend's definition check threw before
 *     dereferencing, leaving it with 0 operations. We parse the YAML ourselves (js-yaml) and repair
 *     the known defects IN MEMORY (./spec-repairs.js, the one place they are listed), after which the document passes
 *     openapi-schema-validator and @apidevtools/json-schema-ref-parser dereferences it fine on
 *     Node 20 when handed an object (no file I/O involved).
 *  2. Eager compilation of *response* validators fails on a bogus `type: objet` and costs seconds;
 *     we run openapi-backend in `quick` mode (lazy compile) and then eagerly pre-compile only the
 *     REQUEST validators once per process. Compiled validators are cached in openapi-backend and
 *     the whole validator is cached per spec path, so nothing is compiled per request.
 *
 * Route matching (so we can tell 404 from 405 and require the trailing slash) is done here over the
 * spec's path templates; the actual validation (path/query names and types/enums, JSON body schema)
 * is openapi-backend's `validateRequest` against the matched operation.
 */

const fs = require('fs');
const path = require('path');
const yaml = require('js-yaml');
const { OpenAPIBackend } = require('openapi-backend');
const OpenAPISchemaValidator = require('openapi-schema-validator').default;
const { patchSpec } = require('./spec-repairs');

const PROJECT_ROOT = path.resolve(__dirname, '..', '..');

/** @returns {string} */
function specPath() {
	return process.env.LEAFLINK_SPEC
		? path.resolve(process.env.LEAFLINK_SPEC)
		: path.resolve(PROJECT_ROOT, 'test', 'contract', 'marketplace-v2.openapi.yml');
}

/**
 * Formats used by the spec. openapi-backend uses Ajv 8 without ajv-formats, so we register them here
 * (loose but real checks) and silence Ajv's warnings for any other unknown format.
 * @type {Record<string, RegExp>}
 */
const FORMATS = {
	'date-time': /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/i,
	date: /^\d{4}-\d{2}-\d{2}$/,
	email: /^[^\s@]+@[^\s@]+$/,
	uri: /^[a-z][a-z0-9+.-]*:\S*$/i,
	decimal: /^-?\d+(\.\d+)?$/,
	uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
	binary: /[\s\S]*/,
};

/**
 * @typedef {{ template: string, regex: RegExp, paramNames: string[], literalCount: number,
 *   ops: Record<string, any> }} Route
 * @typedef {{ api: any, spec: any, routes: Route[], ops: Map<string, any>, specFile: string }} Contract
 */

/** @type {Map<string, Promise<Contract>>} */
const cache = new Map();

/**
 * Loads (once per process and spec file) the patched spec, the openapi-backend instance with
 * pre-compiled request validators, and the route table.
 * @param {string} [file]
 * @returns {Promise<Contract>}
 */
function loadContract(file = specPath()) {
	let p = cache.get(file);
	if (!p) {
		p = buildContract(file);
		cache.set(file, p);
		p.catch(() => cache.delete(file));
	}
	return p;
}

/** @param {string} file @returns {Promise<Contract>} */
async function buildContract(file) {
	const raw = yaml.load(fs.readFileSync(file, 'utf8'));
	const spec = patchSpec(raw);
	const check = new OpenAPISchemaValidator({ version: 3 }).validate(spec);
	if (check.errors.length) {
		throw new Error(
			`LeafLink spec still invalid after in-memory patches: ${JSON.stringify(check.errors.slice(0, 3))}`,
		);
	}
	// The router/validator get a deep copy so our own route table keeps the raw (ref'd) document.
	const api = new OpenAPIBackend({
		definition: JSON.parse(JSON.stringify(spec)),
		strict: true,
		quick: true, // lazy compile; request validators are pre-compiled below
		validate: true,
		ignoreTrailingSlashes: false, // our paths keep the slash; we reject slash-less paths ourselves
		ajvOpts: { allErrors: true, logger: false, strict: false },
		customizeAjv: (/** @type {any} */ ajv) => {
			for (const [name, re] of Object.entries(FORMATS)) ajv.addFormat(name, re);
			return ajv;
		},
	});
	await api.init();
	api.validator.preCompileRequestValidators();

	/** @type {Route[]} */
	const routes = [];
	/** @type {Map<string, any>} */
	const ops = new Map();
	for (const op of api.getOperations()) {
		ops.set(String(op.operationId), op);
		let r = routes.find((x) => x.template === op.path);
		if (!r) {
			const segs = op.path.split('/').filter(Boolean);
			/** @type {string[]} */
			const paramNames = [];
			const re = segs
				.map((s) => {
					const m = /^\{(.+)\}$/.exec(s);
					if (m) {
						paramNames.push(m[1]);
						return '([^/]+)';
					}
					return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
				})
				.join('/');
			r = {
				template: op.path,
				regex: new RegExp(`^/${re}/$`),
				paramNames,
				literalCount: segs.filter((s) => !s.startsWith('{')).length,
				ops: {},
			};
			routes.push(r);
		}
		r.ops[op.method.toUpperCase()] = op;
	}
	// literal segments win over parameters (most specific first)
	routes.sort(
		(a, b) => b.literalCount - a.literalCount || a.paramNames.length - b.paramNames.length,
	);
	return { api, spec, routes, ops, specFile: file };
}

/**
 * @param {Contract} contract
 * @param {string} p  path relative to /api/v2, ending in '/'
 * @returns {{ route: Route, params: Record<string,string> } | null}
 */
function matchRoute(contract, p) {
	for (const route of contract.routes) {
		const m = route.regex.exec(p);
		if (m) {
			/** @type {Record<string,string>} */
			const params = {};
			route.paramNames.forEach((n, i) => {
				params[n] = decodeURIComponent(m[i + 1]);
			});
			return { route, params };
		}
	}
	return null;
}

module.exports = { loadContract, matchRoute, patchSpec, specPath, FORMATS };
