/**
 * Unsafe requests (create, update, delete, transition) whose answer fails after they were sent, through n8n's
 * engine against the emulator: for each method and each way an answer can fail (a 2xx body cut off or not JSON, a
 * connection reset, a 5xx, a timeout), LeafLink applies the change and the answer is lost. The node must send it
 * once, never retry it, and say that the change may have been applied, how to check it, and that Create or Update
 * (by External ID) makes the step safe to run again; never just "run it again".
 */
import type { IDataObject } from 'n8n-workflow';
import { sleep } from 'n8n-workflow';
import { useLeafLink } from '../helpers/leaflink';

const h = useLeafLink();
const locator = (value: string) => ({ __rl: true, mode: 'id', value });

interface UnsafeCase {
	name: string;
	method: 'POST' | 'PATCH' | 'DELETE';
	/** the path the fault is armed on, from the seeded order numbers */
	path(ids: Record<string, string>): string;
	parameters(ids: Record<string, string>): IDataObject;
	/** whether LeafLink holds the change, and how many times */
	appliedTimes(ids: Record<string, string>): number;
	/** what the error must say to check it */
	check(ids: Record<string, string>, baseUrl: string): RegExp;
	/** the status of a 2xx answer of this operation */
	okStatus: number;
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const CASES: UnsafeCase[] = [
	{
		name: 'Create an order (POST)',
		method: 'POST',
		path: () => '/orders-received/',
		parameters: () => ({
			resource: 'order',
			operation: 'create',
			seller: 1,
			customer: locator('101'),
			status: 'Draft',
			lineItems: { item: [{ product: '201', quantity: 3, ordered_unit_price: 10 }] },
			additionalFields: { external_id_seller: 'LOST-1' },
		}),
		appliedTimes: () =>
			h.emu.db.orders.all().filter((o: IDataObject) => o.external_id_seller === 'LOST-1').length,
		check: () => /Seller Number "LOST-1"/,
		okStatus: 201,
	},
	{
		name: 'Update an order (PATCH)',
		method: 'PATCH',
		path: (ids) => `/orders-received/${ids.submitted}/`,
		parameters: (ids) => ({
			resource: 'order',
			operation: 'update',
			orderNumber: locator(ids.submitted),
			updateFields: { internal_notes: 'lost answer' },
		}),
		appliedTimes: (ids) =>
			h.emu.db.orders.get(ids.submitted).internal_notes === 'lost answer' ? 1 : 0,
		check: (ids, baseUrl) =>
			new RegExp(`Get ${escape(`${baseUrl}/orders-received/${ids.submitted}/`)} and compare`),
		okStatus: 200,
	},
	{
		name: 'Delete an order (DELETE)',
		method: 'DELETE',
		path: (ids) => `/orders-received/${ids.draft}/`,
		parameters: (ids) => ({
			resource: 'order',
			operation: 'delete',
			orderNumber: locator(ids.draft),
		}),
		appliedTimes: (ids) => (h.emu.db.orders.has(ids.draft) ? 0 : 1),
		check: (ids, baseUrl) =>
			new RegExp(
				`Get ${escape(`${baseUrl}/orders-received/${ids.draft}/`)} : if LeafLink answers 404`,
			),
		okStatus: 200,
	},
	{
		name: 'Transition an order (POST transition)',
		method: 'POST',
		path: (ids) => `/orders-received/${ids.submitted}/transition/accept/`,
		parameters: (ids) => ({
			resource: 'order',
			operation: 'transition',
			orderNumber: locator(ids.submitted),
			transition: 'accept',
		}),
		appliedTimes: (ids) => (h.emu.db.orders.get(ids.submitted).status === 'Accepted' ? 1 : 0),
		check: (ids) => new RegExp(`Get order ${ids.submitted} to see whether its status changed`),
		okStatus: 200,
	},
];

interface FaultKind {
	name: string;
	fault(okStatus: number): Parameters<typeof h.emu.inject>[0];
	/** Request Options > Timeout, in seconds */
	timeout?: number;
	message: RegExp;
	state: RegExp;
}

const FAULTS: FaultKind[] = [
	{
		name: '2xx with a cut-off body',
		fault: (okStatus) => ({
			fault: 'malformed',
			status: okStatus,
			body: '{"number": "5b0f3e8a-1c2d',
			applyThenFail: true,
		}),
		message: /with a body that is not JSON \(HTTP 20[01]\)/,
		state:
			/LeafLink accepted the request, so the change was most likely applied, but its answer \(HTTP 20[01]\) was cut off or is not JSON/,
	},
	{
		name: '2xx with a proxy page',
		fault: (okStatus) => ({
			fault: 'malformed',
			status: okStatus,
			body: '<html><body>Gateway</body></html>',
			applyThenFail: true,
		}),
		message: /with a body that is not JSON/,
		state: /most likely applied/,
	},
	{
		name: 'connection reset after sending',
		fault: () => ({ fault: 'reset', applyThenFail: true }),
		message:
			/The request to LeafLink failed \(the connection was closed before LeafLink answered\)/,
		state:
			/The change may have been applied: the connection failed \(ECONNRESET\) after the request was sent\. It was not retried/,
	},
	{
		name: '503 after applying',
		fault: () => ({ fault: 'status', status: 503, applyThenFail: true }),
		message: /LeafLink failed on .* \(HTTP 503\)/,
		state:
			/The change may have been applied: LeafLink answered HTTP 503 after the request was sent/,
	},
	{
		name: 'timeout (answer slower than Timeout)',
		fault: () => ({ fault: 'delay', ms: 1400 }),
		timeout: 1,
		message: /The request to LeafLink timed out after 1 s/,
		state: /The change may have been applied: no answer came in time after the request was sent/,
	},
];

describe('an unsafe request whose answer is lost: sent once, the error says it may be applied and how to check', () => {
	for (const kind of FAULTS) {
		for (const c of CASES) {
			it(`${c.name}, ${kind.name}`, async () => {
				const ids = h.emu.ids.orders as Record<string, string>;
				h.emu.inject({ method: c.method, path: c.path(ids), ...kind.fault(c.okStatus), times: 1 });
				const parameters = {
					...c.parameters(ids),
					...(kind.timeout ? { requestOptions: { timeout: kind.timeout } } : {}),
				};
				const result = await h.run(parameters);
				// a timed-out request is still finished by LeafLink after the node gave up
				if (kind.timeout) await sleep(600);

				expect(result.items).toHaveLength(0);
				expect(result.error?.message).toMatch(kind.message);
				const description = String(result.error?.description);
				expect(description).toMatch(kind.state);
				expect(description).toMatch(c.check(ids, h.emu.baseUrl));
				expect(description).toMatch(/Create or Update \(by External ID\)/);
				expect(description).not.toMatch(/run the step again\./i);
				// sent once, applied once: nothing repeated behind the user's back
				expect(h.emu.requests.filter((r) => r.method === c.method)).toHaveLength(1);
				expect(c.appliedTimes(ids)).toBe(1);
			});
		}
	}
});

describe('a request that never left: retried whatever the method', () => {
	it('a create against a refused connection is tried again, then says nothing was applied', async () => {
		const closed = 'http://127.0.0.1:1/api/v2';
		const result = await h.run(CASES[0].parameters({}), {
			credential: { ...h.credential, customBaseUrl: closed },
		});
		expect(result.error?.message).toMatch(
			/The request to LeafLink failed \(LeafLink refused the connection\): Create an order/,
		);
		expect(String(result.error?.description)).toMatch(
			/could not be reached after 3 retries \(ECONNREFUSED\)\. The request was never sent, so nothing was applied/,
		);
	}, 30_000);
});
