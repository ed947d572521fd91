// @ts-check
'use strict';

/** Reading request bodies: raw bytes, and multipart/form-data uploads (busboy). */

const crypto = require('crypto');
const Busboy = require('busboy');
const { HttpError } = require('./store');

/**
 * Parses a multipart body with busboy; coerces integer/number fields per the operation's schema.
 * @param {import('http').IncomingMessage} req
 * @param {Buffer} raw
 * @param {any} op
 */
function parseMultipart(req, raw, op) {
	return new Promise((resolve, reject) => {
		/** @type {Record<string, any>} */
		const fields = {};
		/** @type {Record<string, any>} */
		const files = {};
		let bb;
		try {
			bb = Busboy({ headers: req.headers, limits: { fileSize: 50 * 1024 * 1024 } });
		} catch (err) {
			reject(
				new HttpError(400, {
					detail: `Multipart form parse error - ${/** @type {Error} */ (err).message}`,
				}),
			);
			return;
		}
		const props =
			(op.requestBody &&
				op.requestBody.content['multipart/form-data'] &&
				op.requestBody.content['multipart/form-data'].schema.properties) ||
			{};
		bb.on('field', (name, val) => {
			const t = props[name] && props[name].type;
			fields[name] =
				(t === 'integer' || t === 'number') && /^-?\d+(\.\d+)?$/.test(val.trim())
					? Number(val)
					: val;
		});
		bb.on('file', (name, stream, info) => {
			const hash = crypto.createHash('sha256');
			let size = 0;
			stream.on('data', (/** @type {Buffer} */ d) => {
				size += d.length;
				hash.update(d);
			});
			stream.on('end', () => {
				files[name] = {
					filename: info.filename,
					mimeType: info.mimeType,
					size,
					sha256: hash.digest('hex'),
				};
			});
		});
		bb.on('error', (err) =>
			reject(
				new HttpError(400, {
					detail: `Multipart form parse error - ${/** @type {Error} */ (err).message}`,
				}),
			),
		);
		bb.on('close', () => resolve({ fields, files }));
		bb.end(raw);
	});
}

/** @param {import('http').IncomingMessage} req @returns {Promise<Buffer>} */
function readBody(req) {
	return new Promise((resolve, reject) => {
		/** @type {Buffer[]} */
		const chunks = [];
		req.on('data', (c) => chunks.push(c));
		req.on('end', () => resolve(Buffer.concat(chunks)));
		req.on('error', reject);
	});
}

module.exports = { parseMultipart, readBody };
