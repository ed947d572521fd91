// examples/catalog-sync.json: Code (outside catalog) → Product Create or Update (by External ID erp)
// → Code (the photo as binary data, for new products and changed photos) → Product Image Upload.
import { createHash } from 'node:crypto';

const CATALOG = {
	'ITEM-1005': {
		sku: 'GLF-EDB-DCB-100',
		name: 'Dark Chocolate Bar 100mg',
		price: 9.75,
		existing: 205,
	},
	'ITEM-2001': { sku: 'GLF-EDB-MINT-100', name: 'Mint Chocolate Bar 100mg', price: 9.5 },
	'ITEM-2002': { sku: 'GLF-EDB-SCG-100', name: 'Sour Cherry Gummies 100mg', price: 8.25 },
};

export default {
	name: 'catalog sync: products created or updated once by external ID, photos uploaded from binary data',
	example: 'catalog-sync.json',
	async run({ execute, nodeOutput, emu, assert, example }) {
		// the photo the Code node turns into binary data
		const code = example.nodes.find((n) => n.name === 'Outside catalog').parameters.jsCode;
		const photo = Buffer.from(/const photo = "([^"]+)"/.exec(code)[1], 'base64');
		const sha = createHash('sha256').update(photo).digest('hex');

		const withErp = (value) => emu.db.products.all().filter((p) => p.external_ids?.erp === value);
		assert.equal(withErp('ITEM-1005').length, 1, 'the seed has product 205 with erp ITEM-1005');
		assert.equal(withErp('ITEM-1005')[0].id, 205);
		const productsBefore = emu.db.products.size;
		const imagesBefore = emu.db['product-images'].all().map((i) => i.id);

		const run = await execute();

		const upserted = nodeOutput(run, 'Create or update product');
		assert.equal(upserted.length, 3);
		assert.deepEqual(
			upserted.map((p) => p._action),
			['updated', 'created', 'created'],
		);
		for (const [erp, c] of Object.entries(CATALOG)) {
			const matches = withErp(erp);
			assert.equal(matches.length, 1, `${erp}: exactly one product carries the external ID`);
			const [rec] = matches;
			if (c.existing) assert.equal(rec.id, c.existing, `${erp}: the existing product was updated`);
			assert.equal(rec.sku, c.sku);
			assert.equal(rec.name, c.name);
			assert.equal(Number(rec.wholesale_price.amount), c.price, `${erp}: wholesale price`);
			assert.ok(upserted.some((p) => p.id === rec.id && p.sku === c.sku));
		}
		assert.equal(emu.db.products.size, productsBefore + 2, 'two new products, no duplicates');

		// one photo per product (new ones, and 205 whose photo changed), stored as sent
		const uploaded = nodeOutput(run, 'Upload product image');
		assert.equal(uploaded.length, 3);
		const newImages = emu.db['product-images'].all().filter((i) => !imagesBefore.includes(i.id));
		assert.equal(newImages.length, 3, 'three images stored');
		for (const [erp, c] of Object.entries(CATALOG)) {
			const product = withErp(erp)[0];
			const images = newImages.filter((i) => Number(i.product) === product.id);
			assert.equal(images.length, 1, `${erp}: one image uploaded`);
			const [img] = images;
			assert.equal(img.sha256, sha, `${erp}: the image bytes arrived intact`);
			assert.equal(img.size, photo.length);
			assert.equal(img.content_type, 'image/png');
			assert.equal(img.filename, `${c.sku}.png`);
			assert.equal(Number(img.position), 1);
			assert.ok(uploaded.some((u) => u.id === img.id && u.sha256 === sha));
		}

		const posts = emu.requests.filter(
			(r) => r.method === 'POST' && r.template === 'POST /products/',
		);
		assert.equal(posts.length, 2, 'created once each');
		// requests go out side by side (Parallel Requests), so they reach LeafLink in any order
		assert.deepEqual(
			posts.map((r) => JSON.stringify(r.body.external_ids)).sort(),
			[{ erp: 'ITEM-2001' }, { erp: 'ITEM-2002' }].map((ids) => JSON.stringify(ids)),
			'created with the external ID',
		);
		const patches = emu.requests.filter(
			(r) => r.method === 'PATCH' && r.path.includes('/products/'),
		);
		assert.deepEqual(
			patches.map((r) => r.path.split('/').at(-2)),
			['205'],
			'the existing product updated once',
		);
		assert.equal(emu.requests.filter((r) => r.template === 'POST /product-images/').length, 3);
		assert.ok(
			emu.requests.every((r) => r.status < 400),
			'no request was refused',
		);
		assert.equal(emu.requestsWithoutUserAgent(), 0);

		// the next night: nothing new is created; only the changed photo is uploaded again
		const mark = emu.requests.length;
		const again = await execute();
		assert.deepEqual(
			nodeOutput(again, 'Create or update product').map((p) => p._action),
			['updated', 'updated', 'updated'],
		);
		for (const erp of Object.keys(CATALOG))
			assert.equal(withErp(erp).length, 1, `${erp}: still one product`);
		assert.equal(emu.db.products.size, productsBefore + 2);
		const second = emu.requests.slice(mark);
		assert.equal(
			second.filter((r) => r.template === 'POST /products/').length,
			0,
			'no product created on the second run',
		);
		assert.equal(
			second.filter((r) => r.template === 'POST /product-images/').length,
			1,
			'only the changed photo uploaded again',
		);
	},
};
