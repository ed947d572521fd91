// @ts-check
'use strict';

/**
 * LeafLink's OpenAPI description has defects of its own. This file is the one place they are repaired, in memory
 * (test/contract/marketplace-v2.openapi.yml stays LeafLink's file, unchanged); each repair is listed with its
 * evidence. ./spec.js applies them before building the validator.
 *
 * Structural defects (the document is not valid OpenAPI 3.0 without these; `patchSpec`):
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
 *
 * Response schemas contradicted by LeafLink's own published examples (`followResponseExamples`): where an
 * `example` in the document (of a `*Response` schema, or of an operation's response) gives a value its schema
 * refuses, the example is taken as what LeafLink answers and the schema follows it: a `null` makes the field
 * nullable; a value of another type (a boolean, array, object or number where the schema says string, ...) is
 * accepted besides the declared type. Each such repair is listed, with the example value as its evidence, by
 * `responseRepairs()` (77 today, e.g. ProductResponse.tagline null, price_schedule_price `{amount, currency}`
 * where the schema says string, OrderResponse.available_transitions a list, is_combination a boolean,
 * BuyerOrderResponse ids as integers, the buyer-order page's `next`/`previous` null). Request schemas are not
 * touched: what the node sends is still held to the schema as written.
 */

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
const JSON_TYPES = ['string', 'number', 'integer', 'boolean', 'object', 'array'];
const TYPE_FIXES = /** @type {Record<string,string>} */ ({
	bool: 'boolean',
	objet: 'object',
	int: 'integer',
	decimal: 'number',
	float: 'number',
});

/**
 * Applies every repair listed at the top of this file.
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
			const s = p.schema
				? { ...p.schema }
				: { type: 'object', ...(p.properties ? { properties: p.properties } : {}) };
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
		if (
			typeof o.type === 'string' &&
			!JSON_TYPES.includes(o.type) &&
			TYPE_FIXES[o.type] &&
			!('in' in o && o.type === 'apiKey')
		) {
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
		const declared = new Set(
			(item.parameters || [])
				.filter((/** @type {any} */ x) => x && x.in === 'path')
				.map((/** @type {any} */ x) => x.name),
		);
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
				...missing.map((name) => ({
					name,
					in: 'path',
					required: true,
					schema: { type: 'string' },
				})),
			];
		}
		if (item.patch && item.patch.requestBody) {
			item.patch.requestBody = partialBody(spec, item.patch.requestBody);
		}
		if (item.get && answersPage(item.get)) {
			const names = new Set(
				[...(item.parameters || []), ...(item.get.parameters || [])].map(
					(/** @type {any} */ x) => x && x.name,
				),
			);
			for (const name of ['limit', 'offset']) {
				if (!names.has(name)) {
					item.get.parameters = [
						...(item.get.parameters || []),
						{ name, in: 'query', required: false, schema: { type: 'integer' } },
					];
				}
			}
		}
	}
	followResponseExamples(spec);
	return spec;
}

/** What the example-driven repairs changed, per spec document: `where: repair (evidence)`. */
/** @type {WeakMap<object, string[]>} */
const repairsBySpec = new WeakMap();

/** The response repairs made on a patched spec, each with its evidence (the example's value). @param {any} spec */
function responseRepairs(spec) {
	return repairsBySpec.get(spec) ?? [];
}

/** JSON type of an example value, as a schema `type` names it. @param {any} v */
function jsonTypeOf(v) {
	if (v === null) return 'null';
	if (Array.isArray(v)) return 'array';
	return typeof v === 'number' ? 'number' : typeof v;
}

/**
 * Makes the response schemas accept what LeafLink's own examples show (see the top of this file). Walks each
 * example alongside its schema; a repair replaces the property's schema in its parent (response schemas are
 * written inline, so no request schema shares it).
 * @param {any} spec
 */
function followResponseExamples(spec) {
	/** @type {string[]} */
	const repairs = [];
	/** @param {any} s @returns {any} */
	const deref = (s) => (s && s.$ref ? deref(resolveRef(spec, s.$ref)) : s);
	/**
	 * @param {any} holder the object holding the schema
	 * @param {string | number} key where in it
	 * @param {any} example
	 * @param {string} where
	 */
	const visit = (holder, key, example, where) => {
		const schema = deref(holder[key]);
		if (!schema || example === undefined) return;
		if (example === null) {
			if (!schema.nullable) {
				holder[key] = { ...schema, nullable: true };
				repairs.push(`${where}: nullable (example: null)`);
			}
			return;
		}
		const declared = schema.type === 'integer' ? 'number' : schema.type;
		const actual = jsonTypeOf(example);
		if (declared && declared !== actual && !schema.anyOf) {
			holder[key] = {
				anyOf: [schema, { type: actual }],
				...(schema.nullable ? { nullable: true } : {}),
			};
			repairs.push(
				`${where}: ${actual} accepted besides ${schema.type} (example: ${JSON.stringify(example).slice(0, 60)})`,
			);
			return;
		}
		if (actual === 'object' && schema.properties) {
			for (const [name, value] of Object.entries(example)) {
				if (schema.properties[name]) visit(schema.properties, name, value, `${where}.${name}`);
			}
		} else if (actual === 'array' && schema.items && example.length > 0) {
			visit(schema, 'items', example[0], `${where}[]`);
		}
	};
	const schemas = spec.components.schemas;
	for (const [name, schema] of Object.entries(/** @type {Record<string, any>} */ (schemas))) {
		if (name.endsWith('Response') && schema.example !== undefined)
			visit(schemas, name, schema.example, name);
	}
	for (const [p, item] of Object.entries(/** @type {Record<string, any>} */ (spec.paths))) {
		for (const m of METHODS) {
			const responses = item[m] && item[m].responses;
			for (const [status, response] of Object.entries(
				/** @type {Record<string, any>} */ (responses || {}),
			)) {
				const media = response.content && response.content['application/json'];
				const example =
					media &&
					(media.example !== undefined ? media.example : media.schema && media.schema.example);
				if (example !== undefined)
					visit(media, 'schema', example, `${m.toUpperCase()} ${p} ${status}`);
			}
		}
	}
	repairsBySpec.set(spec, repairs);
}

/** Whether a GET answers LeafLink's list page ({count, next, previous, results}). @param {any} op */
function answersPage(op) {
	const media =
		op.responses &&
		op.responses['200'] &&
		op.responses['200'].content &&
		op.responses['200'].content['application/json'];
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

module.exports = { patchSpec, responseRepairs, resolveRef };
