import { createHash } from 'crypto';
import { binaryFile } from './helpers/engine';
import { useLeafLink } from './helpers/leaflink';

const h = useLeafLink();
const rl = (value: string | number, mode = 'id') => ({ __rl: true, mode, value: String(value) });
const readOnly = () => ({ credential: { ...h.credential, apiKey: h.emu.keys.readOnly } });
const pdf = Buffer.concat([
	Buffer.from('%PDF-1.7\n'),
	Buffer.alloc(4096, 0x41),
	Buffer.from('\n%%EOF\n'),
]);
const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

describe('Batch', () => {
	it('lists batches with filters (a product matches through its assignments)', async () => {
		const result = await h.run({
			resource: 'batch',
			operation: 'getMany',
			returnAll: true,
			filters: {
				product: 201,
				owner: 1,
				batchDateAfter: '2024-04-01',
				batchDateBefore: '2024-04-30',
				numbers: 'BD-2024-04, SD-2024-04',
			},
		});
		expect(result.error).toBeUndefined();
		expect(h.json(result).map((b) => b.id)).toEqual([301]);
		expect(h.json(result)[0].documents).toHaveLength(1);
		expect(h.emu.requests[0].query).toEqual(
			expect.objectContaining({
				products: '201',
				owner: '1',
				batch_date__gte: '2024-04-01',
				batch_date__lte: '2024-04-30',
				production_batch_number: 'BD-2024-04,SD-2024-04',
			}),
		);
		const list = await h.run({
			resource: 'batch',
			operation: 'getMany',
			filters: { product: '201,202' },
		});
		expect(list.error?.message).toMatch(/Product ID takes one ID, not a list/);
		expect(h.emu.requests).toHaveLength(1);
	});

	it('gets a batch by ID and by URL, and says what was not found', async () => {
		const byId = await h.run({ resource: 'batch', operation: 'get', batchId: rl(302) });
		expect(h.json(byId)[0]).toEqual(
			expect.objectContaining({ id: 302, production_batch_number: 'SD-2024-04', documents: [] }),
		);
		const byUrl = await h.run({
			resource: 'batch',
			operation: 'get',
			batchId: rl(h.webUrl(`/c/greenleaf-farms/batches/303/`), 'url'),
		});
		expect(h.json(byUrl)[0].id).toBe(303);
		const missing = await h.run({ resource: 'batch', operation: 'get', batchId: rl(9999) });
		expect(missing.error?.message).toMatch(/found nothing.*404/);
	});

	it('creates a batch with its test results', async () => {
		const result = await h.run({
			resource: 'batch',
			operation: 'create',
			owner: 1,
			production_batch_number: 'GDP-2024-06',
			batch_date: '2024-06-01',
			testing_source: 'SC Labs',
			additionalFields: { thc: 21.4, cbd: 0.2, cannabinoid_unit: '%' },
		});
		expect(result.error).toBeUndefined();
		expect(h.emu.requests[0].body).toEqual({
			owner: '1',
			production_batch_number: 'GDP-2024-06',
			batch_date: '2024-06-01',
			testing_source: 'SC Labs',
			thc: '21.4',
			cbd: '0.2',
			cannabinoid_unit: '%',
		});
		const id = h.json(result)[0].id;
		expect(h.emu.db.batches.get(id)).toEqual(
			expect.objectContaining({ production_batch_number: 'GDP-2024-06', owner: '1' }),
		);
	});

	it('validates a new batch before any request, and a read-only key gets a 403', async () => {
		const base = {
			resource: 'batch',
			operation: 'create',
			owner: 1,
			production_batch_number: 'X-1',
			batch_date: '2024-06-01',
			testing_source: 'SC Labs',
		};
		const long = await h.run({ ...base, production_batch_number: 'B'.repeat(51) });
		expect(long.error?.message).toMatch(
			/Production Batch Number is 51 characters; LeafLink allows at most 50/,
		);
		const date = await h.run({ ...base, batch_date: 'June' });
		expect(date.error?.message).toMatch(/Batch Date is not a date/);
		const source = await h.run({ ...base, testing_source: '={{ $json.lab }}' });
		expect(source.error?.message).toMatch(/Testing Source is required/);
		const unit = await h.run({ ...base, additionalFields: { cannabinoid_unit: 'ppm' } });
		expect(unit.error?.message).toMatch(/Cannabinoid Unit must be one of/);
		expect(h.emu.requests).toHaveLength(0);
		const denied = await h.run(base, readOnly());
		expect(denied.error?.message).toMatch(/may not do this.*403/);
	});

	it('updates and deletes a batch', async () => {
		const updated = await h.run({
			resource: 'batch',
			operation: 'update',
			batchId: rl(303),
			updateFields: { total_cannabinoids: 101.5, production_batch_number: 'CHOC-2024-05B' },
		});
		expect(updated.error).toBeUndefined();
		expect(h.emu.requests[0].body).toEqual({
			total_cannabinoids: '101.5',
			production_batch_number: 'CHOC-2024-05B',
		});
		expect(h.emu.db.batches.get(303).production_batch_number).toBe('CHOC-2024-05B');
		const empty = await h.run({
			resource: 'batch',
			operation: 'update',
			batchId: rl(303),
			updateFields: {},
		});
		expect(empty.error?.message).toMatch(/add at least one field/);

		const deleted = await h.run({ resource: 'batch', operation: 'delete', batchId: rl(302) });
		expect(h.json(deleted)).toEqual([{ id: 302, deleted: true }]);
		expect(h.emu.db.batches.has(302)).toBe(false);
		const again = await h.run(
			{ resource: 'batch', operation: 'delete', batchId: rl(302) },
			{ continueOnFail: true },
		);
		expect(h.json(again)[0].error).toMatch(/404/);
		expect(again.items[0].pairedItem).toEqual({ item: 0 });
	});
});

describe('Batch Assignment', () => {
	it('assigns a product to a batch, lists, gets and deletes assignments', async () => {
		const created = await h.run({
			resource: 'batchAssignment',
			operation: 'create',
			productId: rl(203),
			batchId: rl(301),
		});
		expect(created.error).toBeUndefined();
		expect(h.emu.requests[0].body).toEqual({ product: '203', batch: 301 });
		const id = h.json(created)[0].id as number;
		expect(h.emu.db['product-batches'].get(id)).toEqual(
			expect.objectContaining({ product: '203', batch: 301 }),
		);

		const list = await h.run({
			resource: 'batchAssignment',
			operation: 'getMany',
			returnAll: true,
		});
		expect(h.json(list).map((a) => a.id)).toEqual([311, 312, 313, id]);
		const one = await h.run({
			resource: 'batchAssignment',
			operation: 'get',
			assignmentId: rl(312),
		});
		expect(h.json(one)[0]).toEqual({ id: 312, product: '202', batch: 302 });

		const deleted = await h.run({
			resource: 'batchAssignment',
			operation: 'delete',
			assignmentId: rl(id),
		});
		expect(h.json(deleted)).toEqual([{ id, deleted: true }]);
		expect(h.emu.db['product-batches'].has(id)).toBe(false);
	});

	it('refuses a bad product before any request; unknown IDs and read-only keys fail clearly', async () => {
		const bad = await h.run(
			{
				resource: 'batchAssignment',
				operation: 'create',
				productId: rl('={{ $json.p }}'),
				batchId: rl(301),
			},
			{ items: [{ p: 'abc' }] },
		);
		expect(bad.error?.message).toMatch(/Product must be a numeric LeafLink ID, not "abc"/);
		expect(h.emu.requests).toHaveLength(0);
		const missing = await h.run({
			resource: 'batchAssignment',
			operation: 'get',
			assignmentId: rl(9999),
		});
		expect(missing.error?.message).toMatch(/404/);
		const denied = await h.run(
			{ resource: 'batchAssignment', operation: 'delete', assignmentId: rl(311) },
			readOnly(),
		);
		expect(denied.error?.message).toMatch(/403/);
		expect(h.emu.db['product-batches'].has(311)).toBe(true);
	});
});

describe('Batch Document', () => {
	it('uploads a COA as real multipart with document, batch and summary; LeafLink stores the file', async () => {
		const result = await h.run(
			{
				resource: 'batchDocument',
				operation: 'upload',
				batchId: rl(302),
				binaryPropertyName: 'data',
				summary: 'COA from SC Labs, June 2024',
			},
			{ binary: [{ data: binaryFile(pdf, 'coa-sd-2024-04.pdf', 'application/pdf') }] },
		);
		expect(result.error).toBeUndefined();
		const out = h.json(result)[0];
		expect(out).toEqual(
			expect.objectContaining({
				batch: 302,
				summary: 'COA from SC Labs, June 2024',
				size: pdf.length,
				sha256: sha(pdf),
				filename: 'coa-sd-2024-04.pdf',
				content_type: 'application/pdf',
			}),
		);
		expect(h.emu.requests[0]).toEqual(
			expect.objectContaining({
				template: 'POST /batch-documents/',
				status: 201,
				body: {
					batch: 302,
					summary: 'COA from SC Labs, June 2024',
					files: { document: { filename: 'coa-sd-2024-04.pdf', size: pdf.length } },
				},
			}),
		);
		const batch = await h.run({ resource: 'batch', operation: 'get', batchId: rl(302) });
		expect(h.json(batch)[0].documents).toEqual([
			expect.objectContaining({ id: out.id, summary: 'COA from SC Labs, June 2024' }),
		]);
	});

	it('refuses a summary over 350 characters and a missing binary field, before any request', async () => {
		const params = {
			resource: 'batchDocument',
			operation: 'upload',
			batchId: rl(302),
			binaryPropertyName: 'data',
		};
		const file = { binary: [{ data: binaryFile(pdf, 'coa.pdf', 'application/pdf') }] };
		const long = await h.run({ ...params, summary: 'x'.repeat(351) }, file);
		expect(long.error?.message).toBe('Summary is 351 characters; LeafLink allows at most 350');
		const wrongField = await h.run({ ...params, binaryPropertyName: 'coa' }, file);
		expect(wrongField.error?.message).toBe('The input item has no binary field "coa"');
		expect(String(wrongField.error?.description)).toMatch(/It has: data/);
		const none = await h.run(params);
		expect(none.error?.message).toBe('The input item has no binary field "data"');
		expect(String(none.error?.description)).toMatch(/no binary data at all/);
		expect(h.emu.requests).toHaveLength(0);
		const denied = await h.run({ ...params, summary: 'COA' }, { ...file, ...readOnly() });
		expect(denied.error?.message).toMatch(/403/);
	});

	it('lists (optionally per batch), gets and deletes documents', async () => {
		await h.run(
			{
				resource: 'batchDocument',
				operation: 'upload',
				batchId: rl(303),
				binaryPropertyName: 'data',
				summary: '',
			},
			{ binary: [{ data: binaryFile(pdf, 'coa-choc.pdf', 'application/pdf') }] },
		);
		expect(h.emu.requests[0].body).toEqual({
			batch: 303,
			files: { document: { filename: 'coa-choc.pdf', size: pdf.length } },
		});
		const all = await h.run({ resource: 'batchDocument', operation: 'getMany', returnAll: true });
		expect(h.json(all)).toHaveLength(2);
		const perBatch = await h.run({
			resource: 'batchDocument',
			operation: 'getMany',
			returnAll: false,
			limit: 5,
			filters: { batch: 301 },
		});
		expect(h.json(perBatch).map((d) => d.id)).toEqual([321]);
		const one = await h.run({ resource: 'batchDocument', operation: 'get', documentId: rl(321) });
		expect(h.json(one)[0]).toEqual(expect.objectContaining({ id: 321, batch: 301 }));
		const deleted = await h.run({
			resource: 'batchDocument',
			operation: 'delete',
			documentId: rl(321),
		});
		expect(h.json(deleted)).toEqual([{ id: 321, deleted: true }]);
		expect(h.emu.db['batch-documents'].has(321)).toBe(false);
		const missing = await h.run({
			resource: 'batchDocument',
			operation: 'get',
			documentId: rl(321),
		});
		expect(missing.error?.message).toMatch(/404/);
	});
});
