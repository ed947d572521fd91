import { createHash } from 'crypto';
import { binaryFile } from './helpers/engine';
import { useLeafLink } from './helpers/leaflink';

const h = useLeafLink();
const rl = (value: string | number, mode = 'id') => ({ __rl: true, mode, value: String(value) });
const png = Buffer.concat([
	Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
	Buffer.alloc(2048, 7),
	Buffer.from('\r\n--not-a-boundary\r\n'),
]);
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe('Product Image: Upload', () => {
	it('sends real multipart with image, product and position, and LeafLink stores the file', async () => {
		const before = h.emu.db['product-images'].size;
		const result = await h.run(
			{
				resource: 'productImage',
				operation: 'upload',
				productId: rl(203),
				binaryPropertyName: 'photo',
				position: 2,
			},
			{ binary: [{ photo: binaryFile(png, 'gdp-7g.png', 'image/png') }] },
		);
		expect(result.error).toBeUndefined();
		const out = h.json(result)[0];
		expect(out).toEqual(
			expect.objectContaining({
				product: 203,
				position: 2,
				size: png.length,
				sha256: sha(png),
				filename: 'gdp-7g.png',
				content_type: 'image/png',
			}),
		);
		expect(h.emu.db['product-images'].size).toBe(before + 1);
		const sent = h.emu.requests[0];
		expect(sent.template).toBe('POST /product-images/');
		expect(sent.body).toEqual({
			product: 203,
			position: 2,
			files: { image: { filename: 'gdp-7g.png', size: png.length } },
		});
		expect(result.items[0].pairedItem).toEqual({ item: 0 });
	});
});

describe('Product Image: errors', () => {
	const params = {
		resource: 'productImage',
		operation: 'upload',
		productId: rl(203),
		binaryPropertyName: 'data',
		position: 1,
	};
	const file = { binary: [{ data: binaryFile(png, 'p.png', 'image/png') }] };

	it('refuses a position out of 1–5, a missing binary field and a non-image, before any request', async () => {
		const six = await h.run({ ...params, position: '={{ 6 }}' }, file);
		expect(six.error?.message).toBe('Position must be a whole number from 1 to 5, not 6');
		const zero = await h.run(
			{ ...params, position: '={{ $json.pos }}' },
			{ ...file, items: [{ pos: 0 }] },
		);
		expect(zero.error?.message).toBe('Position must be a whole number from 1 to 5, not 0');
		const none = await h.run({ ...params, position: '={{ $json.pos }}' }, file);
		expect(none.error?.message).toBe('Position is required');
		const missing = await h.run({ ...params, binaryPropertyName: 'image' }, file);
		expect(missing.error?.message).toBe('The input item has no binary field "image"');
		expect(String(missing.error?.description)).toMatch(/It has: data/);
		const text = await h.run(params, {
			binary: [{ data: binaryFile('hello', 'notes.txt', 'text/plain') }],
		});
		expect(text.error?.message).toBe(
			'The binary field "data" holds text/plain, not an image (JPEG, PNG, ...)',
		);
		expect(h.emu.requests).toHaveLength(0);
	});

	it('answers 404 for an unknown product (from LeafLink), 403 for a read-only key, and Continue On Fail pairs items', async () => {
		const result = await h.run(
			{ ...params, productId: rl('={{ $json.id }}') },
			{
				items: [{ id: 204 }, { id: 999999 }],
				binary: [
					{ data: binaryFile(png, 'a.png', 'image/png') },
					{ data: binaryFile(png, 'b.png', 'image/png') },
				],
				continueOnFail: true,
			},
		);
		const out = h.json(result);
		expect(out[0]).toEqual(expect.objectContaining({ product: 204, sha256: sha(png) }));
		expect(out[1].error).toMatch(/rejected.*product/);
		expect(result.items.map((i) => (i.pairedItem as { item: number }).item)).toEqual([0, 1]);
		const denied = await h.run(params, {
			...file,
			credential: { ...h.credential, apiKey: h.emu.keys.readOnly },
		});
		expect(denied.error?.message).toMatch(/may not do this.*403/);
	});
});

describe('Product Image: Get Many, Get, Delete', () => {
	it("lists a product's images, gets and deletes one", async () => {
		const list = await h.run({
			resource: 'productImage',
			operation: 'getMany',
			productId: rl(201),
			returnAll: true,
		});
		expect(h.json(list)).toEqual([expect.objectContaining({ id: 961, product: 201, position: 1 })]);
		expect(h.emu.requests[0].query).toEqual(expect.objectContaining({ product: '201' }));
		const one = await h.run({ resource: 'productImage', operation: 'get', imageId: rl(962) });
		expect(h.json(one)[0]).toEqual(expect.objectContaining({ id: 962, product: 202 }));
		const deleted = await h.run({
			resource: 'productImage',
			operation: 'delete',
			imageId: rl(962),
		});
		expect(h.json(deleted)).toEqual([{ id: 962, deleted: true }]);
		expect(h.emu.db['product-images'].has(962)).toBe(false);
		const missing = await h.run({
			resource: 'productImage',
			operation: 'delete',
			imageId: rl(962),
		});
		expect(missing.error?.message).toMatch(/found nothing.*404/);
	});
});
