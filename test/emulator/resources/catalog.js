// @ts-check
'use strict';

/**
 * The catalog's uploads and batches: product images and batch documents (multipart uploads, kept as their size and
 * SHA-256), and batches answered with their documents. Products themselves use the generic handlers.
 */

const { fieldError, doesNotExist, nowIso } = require('../store');
const { applyFilters, shapeFields, paginate } = require('../query');

/** @typedef {import('../store').Handler} Handler */

/**
 * @param {Record<string, import('../store').Collection>} db
 * @param {ReturnType<typeof import('./generic').createGeneric>} generic
 * @returns {Record<string, Handler>}
 */
function createCatalog(db, generic) {
	const { genericGetRecord } = generic;

	/** @param {any} batch */
	function withDocuments(batch) {
		if (!batch || batch.id === undefined) return batch;
		const documents = db['batch-documents']
			.all()
			.filter((d) => d.batch === batch.id)
			.map((d) => ({
				id: d.id,
				created_on: d.created_on,
				modified: d.modified,
				summary: d.summary,
				document: d.document,
			}));
		return { ...batch, documents };
	}

	return {
		'POST /product-images/': (ctx) => {
			const b = ctx.body;
			const file = ctx.files.image;
			if (!file) throw fieldError('image', 'No file was submitted.');
			if (!db.products.has(b.product)) throw fieldError('product', doesNotExist(b.product));
			const id = db['product-images'].nextId;
			const rec = db['product-images'].insert({
				id,
				image: `https://files.emulator.local/product-images/${id}/${encodeURIComponent(file.filename)}`,
				product: b.product,
				position: b.position,
				filename: file.filename,
				content_type: file.mimeType,
				size: file.size,
				sha256: file.sha256,
			});
			const p = db.products.get(b.product);
			p.image_count = String(
				db['product-images'].all().filter((i) => i.product === b.product).length,
			);
			return { status: 201, body: rec };
		},
		'POST /batch-documents/': (ctx) => {
			const b = ctx.body;
			const file = ctx.files.document;
			if (!file) throw fieldError('document', 'No file was submitted.');
			const batch = db.batches.get(b.batch);
			if (!batch) throw fieldError('batch', doesNotExist(b.batch));
			const t = nowIso();
			const id = db['batch-documents'].nextId;
			const rec = db['batch-documents'].insert({
				id,
				batch: b.batch,
				created_on: t,
				modified: t,
				summary: b.summary ?? '',
				document: `https://files.emulator.local/batch-documents/${id}/${encodeURIComponent(file.filename)}`,
				filename: file.filename,
				content_type: file.mimeType,
				size: file.size,
				sha256: file.sha256,
			});
			return { status: 201, body: rec };
		},
		'GET /batches/': (ctx) => {
			let rows = applyFilters(db.batches.all(), ctx.query);
			// `products` is not a batch field: a batch matches through its product assignments
			if (ctx.query.products !== undefined) {
				const wanted = String(ctx.query.products)
					.split(',')
					.map((s) => s.trim());
				const ids = new Set(
					db['product-batches']
						.all()
						.filter((a) => wanted.includes(String(a.product)))
						.map((a) => a.batch),
				);
				rows = rows.filter((b) => ids.has(b.id));
			}
			return { status: 200, body: paginate(ctx, rows, withDocuments) };
		},
		'GET /batches/{id}/': (ctx) => ({
			status: 200,
			body: shapeFields(withDocuments(genericGetRecord(ctx)), ctx.query),
		}),
	};
}

module.exports = { createCatalog };
