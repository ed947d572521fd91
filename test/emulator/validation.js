// @ts-check
'use strict';

/**
 * Validation against LeafLink's OpenAPI description (./spec.js loads it): each request before it is handled, with
 * LeafLink's error shapes (a DRF field map for the body, `{"errors": [...]}` for query and path); and each answer
 * the emulator itself gives, so that it cannot drift from what LeafLink answers.
 */

const { notFound } = require('./store');

/** @typedef {import('./store').Ctx} Ctx */

/**
 * @param {import('./spec').Contract} contract
 * @param {Ctx} ctx
 * @returns {any | null} error body or null
 */
function validateRequest(contract, ctx) {
	const op = ctx.op;
	const ct = String(ctx.req.headers['content-type'] || '')
		.split(';')[0]
		.trim()
		.toLowerCase();
	const declared =
		op.requestBody && op.requestBody.content ? Object.keys(op.requestBody.content) : [];
	const hasBody = ctx.body !== undefined;
	if (hasBody && declared.length && !declared.includes(ct)) {
		return {
			status: 415,
			body: { detail: `Unsupported media type "${ct || 'none'}" in request.` },
		};
	}
	if (
		!declared.length &&
		hasBody &&
		(typeof ctx.body !== 'object' || ctx.body === null || Array.isArray(ctx.body))
	) {
		return {
			status: 400,
			body: {
				non_field_errors: [`Invalid data. Expected a dictionary, but got ${pyType(ctx.body)}.`],
			},
		};
	}
	// An operation that declares a body but got none is validated (and handled) as `{}`, so the
	// required fields show up in the field map instead of the handler failing.
	if (!hasBody && declared.length) ctx.body = {};
	/** @type {any} */
	let body = ctx.body;
	if (ct === 'multipart/form-data' && body) {
		body = { ...body };
		for (const f of Object.keys(ctx.files)) body[f] = `(binary ${ctx.files[f].size} bytes)`;
	}
	const result = contract.api.validateRequest(
		{
			method: ctx.method.toLowerCase(),
			path: ctx.rel,
			query: { ...ctx.query },
			headers: /** @type {any} */ (ctx.req.headers),
			body: declared.length ? body : undefined,
		},
		op,
	);
	if (!result.errors || !result.errors.length) return null;
	return { status: 400, body: errorBody(result.errors, ctx) };
}

/** @param {any} v */
function pyType(v) {
	if (Array.isArray(v)) return 'list';
	if (v === null) return 'NoneType';
	return (
		{
			string: 'str',
			number: Number.isInteger(v) ? 'int' : 'float',
			boolean: 'bool',
			object: 'dict',
		}[/** @type {string} */ (typeof v)] || typeof v
	);
}

/**
 * Maps Ajv errors to LeafLink's shapes: query/path problems -> `{"errors": [...]}` (JSON:API style),
 * body problems -> DRF field map `{"field": ["message"]}`.
 * @param {any[]} errors
 * @param {Ctx} ctx
 */
function errorBody(errors, ctx) {
	const paramErrs = errors.filter((e) => /^\/(query|path)/.test(e.instancePath));
	if (paramErrs.some((e) => e.instancePath.startsWith('/path'))) throw notFound();
	if (paramErrs.length) {
		const seen = new Set();
		const list = [];
		for (const e of paramErrs) {
			const name =
				e.keyword === 'additionalProperties'
					? e.params.additionalProperty
					: e.instancePath.split('/')[2];
			if (seen.has(name)) continue;
			seen.add(name);
			const value = ctx.query[name];
			let title = 'Invalid query parameter';
			let detail;
			if (e.keyword === 'additionalProperties') {
				title = 'Unknown query parameter';
				detail = `"${name}" is not a valid filter for this endpoint.`;
			} else if (e.keyword === 'enum') {
				detail = `Select a valid choice. "${value}" is not one of the available choices for ${name}: ${e.params.allowedValues.join(', ')}.`;
			} else if (e.keyword === 'type') {
				detail = `"${value}" is not a valid ${e.params.type} for ${name}.`;
			} else {
				detail = `${name} ${e.message}.`;
			}
			list.push({ title, detail, source: { pointer: `/query/${name}` } });
		}
		return { errors: list };
	}
	/** @type {Record<string, string[]>} */
	const map = {};
	for (const e of errors) {
		/** @type {string[]} */
		const segs = e.instancePath.split('/').slice(1);
		if (segs[0] === 'requestBody') segs.shift();
		else if (e.keyword === 'required' && e.params.missingProperty === 'requestBody') {
			(map.non_field_errors = map.non_field_errors || []).push('No data provided');
			continue;
		}
		if (e.keyword === 'required') segs.push(e.params.missingProperty);
		const field = segs[0] || 'non_field_errors';
		const rest = segs
			.slice(1)
			.map((s) => (/^\d+$/.test(s) ? `[${s}]` : `.${s}`))
			.join('')
			.replace(/^\./, '');
		const value = segs.reduce(
			(/** @type {any} */ o, /** @type {string} */ k) =>
				o && typeof o === 'object' ? o[k] : undefined,
			ctx.body,
		);
		const msg = drfMessage(e, value);
		const full = rest ? `${rest}: ${msg}` : msg;
		const arr = (map[field] = map[field] || []);
		if (!arr.includes(full)) arr.push(full);
	}
	return map;
}

/** @param {any} e @param {any} value */
function drfMessage(e, value) {
	switch (e.keyword) {
		case 'required':
			return 'This field is required.';
		case 'type':
			if (value === null) return 'This field may not be null.';
			switch (e.params.type) {
				case 'integer':
					return 'A valid integer is required.';
				case 'number':
					return 'A valid number is required.';
				case 'string':
					return 'Not a valid string.';
				case 'boolean':
					return 'Must be a valid boolean.';
				case 'array':
					return `Expected a list of items but got type "${pyType(value)}".`;
				case 'object':
					return `Invalid data. Expected a dictionary, but got ${pyType(value)}.`;
				default:
					return `Expected ${e.params.type}.`;
			}
		case 'enum':
			return `"${value}" is not a valid choice.`;
		case 'maxLength':
			return `Ensure this field has no more than ${e.params.limit} characters.`;
		case 'minLength':
			return e.params.limit === 1
				? 'This field may not be blank.'
				: `Ensure this field has at least ${e.params.limit} characters.`;
		case 'minimum':
			return `Ensure this value is greater than or equal to ${e.params.limit}.`;
		case 'maximum':
			return `Ensure this value is less than or equal to ${e.params.limit}.`;
		case 'minItems':
			return `Ensure this field has at least ${e.params.limit} elements.`;
		case 'maxItems':
			return `Ensure this field has no more than ${e.params.limit} elements.`;
		case 'format':
			switch (e.params.format) {
				case 'date-time':
					return 'Datetime has wrong format. Use one of these formats instead: YYYY-MM-DDThh:mm[:ss[.uuuuuu]][+HH:MM|-HH:MM|Z].';
				case 'date':
					return 'Date has wrong format. Use one of these formats instead: YYYY-MM-DD.';
				case 'decimal':
					return 'A valid number is required.';
				case 'email':
					return 'Enter a valid email address.';
				case 'uri':
					return 'Enter a valid URL.';
				default:
					return `Invalid ${e.params.format}.`;
			}
		default:
			return String(e.message || 'Invalid value.');
	}
}

/**
 * Checks one of the emulator's own answers against the responses the operation declares: a 2xx must be declared
 * and match its schema; an error status is checked when the operation declares it (LeafLink declares few).
 * Answers the violations, as readable lines (empty when the answer keeps the contract).
 * @param {import('./spec').Contract} contract
 * @param {Ctx} ctx
 * @param {number} status
 * @param {any} body
 * @returns {string[]}
 */
function validateResponse(contract, ctx, status, body) {
	const where = `${ctx.method} ${ctx.route.template} answered ${status}`;
	const responses = ctx.op.responses || {};
	const declared =
		responses[String(status)] || responses[`${Math.floor(status / 100)}XX`] || responses.default;
	if (!declared)
		return status >= 200 && status < 300
			? [`${where}, a status the contract does not declare (${Object.keys(responses).join(', ')})`]
			: [];
	const schema =
		declared.content &&
		declared.content['application/json'] &&
		declared.content['application/json'].schema;
	if (!schema) return [];
	const result = contract.api.validateResponse(body, ctx.op, status);
	return (result.errors || []).map((/** @type {any} */ e) => {
		const value = e.instancePath
			.split('/')
			.slice(1)
			.reduce(
				(/** @type {any} */ o, /** @type {string} */ k) =>
					o && typeof o === 'object' ? o[k] : undefined,
				body,
			);
		const shown = JSON.stringify(value);
		return `${where}: ${e.instancePath || '(body)'} ${e.message}${e.params && e.params.allowedValues ? ` (${e.params.allowedValues.join(', ')})` : ''}, got ${shown === undefined ? 'nothing' : shown.slice(0, 80)}`;
	});
}

module.exports = { validateRequest, validateResponse, pyType };
