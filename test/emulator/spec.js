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
 *     the known defects IN MEMORY (see `patchSpec`), after which the document passes
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

const PROJECT_ROOT = path.resolve(__dirname, '..', '..');

/** @returns {string} */
function specPath() {
	return process.env.LEAFLINK_SPEC
		? path.resolve(process.env.LEAFLINK_SPEC)
		: path.resolve(PROJECT_ROOT, 'test', 'contract', 'marketplace-v2.openapi.yml');
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
const JSON_TYPES = ['string', 'number', 'integer', 'boolean', 'object', 'array'];
const TYPE_FIXES = /** @type {Record<string,string>} */ ({ bool: 'boolean', objet: 'object', int: 'integer', decimal: 'number', float: 'number' });

/**
 * Repairs the spec's known defects in memory. Every change is listed:
 *  - `operationID` (typo) -> `operationId` (GET/POST /batch-documents/); any operation still lacking an
 *    operationId gets a synthesized one `<method> <path>`.
 *  - `components/parameters` entries that are really schemas (no `in`; PaymentTerm, PaymentMethods,
 *    PaymentMethod, AvailablePaymentOptions*, SelectedPaymentOption) move to
 *    `components/schemas/Param_<name>` and the schema-side `$ref`s are rewritten to point there.
 *  - invalid `type` values (`bool`, `objet`) are mapped to JSON-schema types.
 *  - `OrderResponse.properties.selected_payment_option` is an example pasted where a schema belongs;
 *    it becomes `{type: object, nullable: true}`.
 *  - path templates whose `{param}` is not declared (e.g. /strains/{id}/) get a string path param.
 *  - PATCH operations are partial updates (LeafLink/DRF `partial_update`): a PATCH body whose schema is
 *    shared with the create (e.g. Contact, PromoCode) gets a copy of that schema without its top-level
 *    `required` list. Nested schemas are untouched.
 *  - list operations that answer a `{count, next, previous, results}` page but declare no `limit`/`offset`
 *    (batch-documents, inventory items, facilities) get both declared, because the `next` links LeafLink
 *    (and this emulator) answers carry them. A client's first request needs neither; the node sends neither.
 * @param {any} spec
 * @returns {any}
 */
function patchSpec(spec) {
	const comps = spec.components || (spec.components = {});
	const schemas = comps.schemas || (comps.schemas = {});
	const params = comps.parameters || {};

	// 1. parameters that are schemas
	/** @type {Set<string>} */
	const moved = new Set();
	for (const [name, p] of Object.entries(params)) {
		if (p && typeof p === 'object' && !p.in && !p.$ref) {
			const s = p.schema ? { ...p.schema } : { type: 'object', ...(p.properties ? { properties: p.properties } : {}) };
			if (p.description && !s.description) s.description = p.description;
			schemas[`Param_${name}`] = s;
			delete params[name];
			moved.add(name);
		}
	}
	/** @param {any} o */
	const walk = (o) => {
		if (Array.isArray(o)) return o.forEach(walk);
		if (!o || typeof o !== 'object') return;
		if (typeof o.$ref === 'string' && o.$ref.startsWith('#/components/parameters/')) {
			const n = o.$ref.slice('#/components/parameters/'.length);
			if (moved.has(n)) o.$ref = `#/components/schemas/Param_${n}`;
		}
		if (typeof o.type === 'string' && !JSON_TYPES.includes(o.type) && TYPE_FIXES[o.type] && !('in' in o && o.type === 'apiKey')) {
			o.type = TYPE_FIXES[o.type];
		}
		for (const [k, v] of Object.entries(o)) if (k !== 'example' && k !== 'examples') walk(v);
	};
	walk(schemas);
	walk(spec.paths);

	if (schemas.OrderResponse && schemas.OrderResponse.properties) {
		schemas.OrderResponse.properties.selected_payment_option = { type: 'object', nullable: true };
	}

	// 2. operations
	for (const [p, item] of Object.entries(/** @type {Record<string, any>} */ (spec.paths))) {
		const tplParams = [...p.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
		const declared = new Set((item.parameters || []).filter((/** @type {any} */ x) => x && x.in === 'path').map((/** @type {any} */ x) => x.name));
		for (const m of METHODS) {
			const op = item[m];
			if (!op) continue;
			if (op.operationID && !op.operationId) {
				op.operationId = op.operationID;
			}
			delete op.operationID;
			if (!op.operationId) op.operationId = `${m.toUpperCase()} ${p}`;
			for (const x of op.parameters || []) if (x && x.in === 'path') declared.add(x.name);
		}
		const missing = tplParams.filter((n) => !declared.has(n));
		if (missing.length) {
			item.parameters = [
				...(item.parameters || []),
				...missing.map((name) => ({ name, in: 'path', required: true, schema: { type: 'string' } })),
			];
		}
		if (item.patch && item.patch.requestBody) {
			item.patch.requestBody = partialBody(spec, item.patch.requestBody);
		}
		if (item.get && answersPage(item.get)) {
			const names = new Set([...(item.parameters || []), ...(item.get.parameters || [])].map((/** @type {any} */ x) => x && x.name));
			for (const name of ['limit', 'offset']) {
				if (!names.has(name)) {
					item.get.parameters = [...(item.get.parameters || []), { name, in: 'query', required: false, schema: { type: 'integer' } }];
				}
			}
		}
	}
	return spec;
}

/** Whether a GET answers LeafLink's list page ({count, next, previous, results}). @param {any} op */
function answersPage(op) {
	const media = op.responses && op.responses['200'] && op.responses['200'].content && op.responses['200'].content['application/json'];
	const props = media && media.schema && media.schema.properties;
	return Boolean(props && props.results && props.next);
}

/**
 * @param {any} spec
 * @param {any} rb
 */
function partialBody(spec, rb) {
	if (rb.$ref) rb = resolveRef(spec, rb.$ref);
	/** @type {Record<string, any>} */
	const content = {};
	for (const [ct, media] of Object.entries(/** @type {Record<string, any>} */ (rb.content || {}))) {
		let schema = media.schema;
		if (schema && schema.$ref) {
			const name = schema.$ref.split('/').pop();
			const target = resolveRef(spec, schema.$ref);
			if (target && Array.isArray(target.required) && target.required.length) {
				const partialName = `${name}__Partial`;
				if (!spec.components.schemas[partialName]) {
					const copy = { ...target };
					delete copy.required;
					spec.components.schemas[partialName] = copy;
				}
				schema = { $ref: `#/components/schemas/${partialName}` };
			}
		} else if (schema && Array.isArray(schema.required)) {
			schema = { ...schema };
			delete schema.required;
		}
		content[ct] = { ...media, schema };
	}
	return { ...rb, content };
}

/**
 * @param {any} spec
 * @param {string} ref
 */
function resolveRef(spec, ref) {
	return ref
		.replace(/^#\//, '')
		.split('/')
		.reduce((o, k) => (o ? o[k.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined), spec);
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
		throw new Error(`LeafLink spec still invalid after in-memory patches: ${JSON.stringify(check.errors.slice(0, 3))}`);
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
	routes.sort((a, b) => b.literalCount - a.literalCount || a.paramNames.length - b.paramNames.length);
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
