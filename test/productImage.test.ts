import { createHash } from 'crypto';
import { binaryFile } from './helpers/engine';
import { useLeafLink } from './helpers/leaflink';

const h = useLeafLink();
const rl = (value: string | number, mode = 'id') => ({ __rl: true, mode, value: String(value) });
const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(2048, 7), Buffer.from('\r\n--not-a-boundary\r\n')]);
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe('Product Image: Upload', () => {
	it('sends real multipart with image, product and position, and LeafLink stores the file', async () => {
		const before = h.emu.db['product-images'].size;
		const result = await h.run(
			{ resource: 'productImage', operation: 'upload', productId: rl(203), binaryPropertyName: 'photo', position: 2 },
			{ binary: [{ photo: binaryFile(png, 'gdp-7g.png', 'image/png') }] },
		);
		expect(result.error).toBeUndefined();
		const out = h.json(result)[0];
		expect(out).toEqual(expect.objectContaining({ product: 203, position: 2, size: png.length, sha256: sha(png), filename: 'gdp-7g.png', content_type: 'image/png' }));
		expect(h.emu.db['product-images'].size).toBe(before + 1);
		const sent = h.emu.requests[0];
		expect(sent.template).toBe('POST /product-images/');
		expect(sent.body).toEqual({ product: 203, position: 2, files: { image: { filename: 'gdp-7g.png', size: png.length } } });
		expect(result.items[0].pairedItem).toEqual({ item: 0 });
	});
});
