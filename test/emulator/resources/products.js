// @ts-check
'use strict';

/**
 * Products: created and updated by the generic handlers, then answered as LeafLink's ProductResponse has them:
 * `license` as the license object and `unit_denomination` as the unit-denomination object, whatever form the
 * request named them in (ProductCreate takes IDs; ProductUpdate a license `{number}` and a denomination ID).
 */

/** @typedef {import('../store').Handler} Handler */

/**
 * LeafLink's unit denominations by ID, as ProductCreate's `unit_denomination` description lists them. The
 * contract gives their labels only (and "One" as the name of 1 in its example); the emulator uses the label as the
 * name of the others.
 */
const UNIT_DENOMINATION_LABELS = [
	'1',
	'1/2',
	'1/4',
	'1/8',
	'3/4',
	'2',
	'3 1/2',
	'7',
	'14',
	'6',
	'28',
	'5 1/4',
	'4',
	'2 1/2',
	'8',
	'3 3/4',
	'1/10',
	'6/5',
	'3/2',
	'2/10',
	'1/5',
	'1/3',
	'1/6',
	'3/10',
	'4/10',
];

/** @param {number} id */
function unitDenomination(id) {
	const label = UNIT_DENOMINATION_LABELS[id - 1];
	if (label === undefined) return undefined;
	const value = label.split(' ').reduce((sum, part) => {
		const [n, d] = part.split('/').map(Number);
		return sum + (d ? n / d : n);
	}, 0);
	return { id, value: value.toFixed(5), name: id === 1 ? 'One' : label, label };
}

/**
 * @param {Record<string, import('../store').Collection>} db
 * @param {ReturnType<typeof import('./generic').createGeneric>} generic
 * @returns {Record<string, Handler>}
 */
function createProducts(db, generic) {
	/** Replaces the references a request gave with the objects LeafLink answers. @param {any} product */
	function expand(product) {
		const license = product.license;
		if (typeof license === 'number' || typeof license === 'string') {
			const found = db.licenses.get(license);
			if (found) product.license = { ...found };
		} else if (
			license &&
			typeof license === 'object' &&
			license.id === undefined &&
			license.number !== undefined
		) {
			const found = db.licenses.all().find((l) => l.number === license.number);
			if (found) product.license = { ...found };
		}
		const denomination = product.unit_denomination;
		if (
			typeof denomination === 'number' ||
			(typeof denomination === 'string' && /^\d+$/.test(denomination))
		) {
			const found = unitDenomination(Number(denomination));
			if (found) product.unit_denomination = found;
		}
		return product;
	}
	return {
		'POST /products/': (ctx) => {
			const reply = generic.genericCreate(ctx);
			expand(reply.body);
			return reply;
		},
		'PATCH /products/{id}/': (ctx) => {
			const reply = generic.genericPatch(ctx);
			expand(reply.body);
			return reply;
		},
	};
}

module.exports = { createProducts };
