/**
 * The caps on waiting before a retry (transport `retryWait`): one wait at most 30 s, all the waits of one request at
 * most 60 s. The engine-level tests in faults.test.ts show a refused Retry-After end to end; the total budget is
 * checked here, on the function itself, because proving it through the engine would take a real minute per case.
 */
import { retryWait } from '../../nodes/LeafLink/transport';

describe('retryWait: bounded waits', () => {
	it('waits a Retry-After within the caps as asked, with at most a quarter (and at most 1 s) of jitter', () => {
		for (let i = 0; i < 20; i++) {
			const plan = retryWait({ 'Retry-After': '2' }, 0, 0);
			expect('waitMs' in plan && plan.waitMs >= 2_000 && plan.waitMs <= 2_500).toBe(true);
		}
	});

	it('refuses a Retry-After longer than 30 s, naming it', () => {
		expect(retryWait({ 'retry-after': '31' }, 0, 0)).toEqual({
			refused:
				'LeafLink asked to wait 31 s before trying again (Retry-After), longer than the 30 s the node waits at a time',
		});
	});

	it('refuses a Retry-After that would take the request past 60 s of waiting in all', () => {
		// Retry-After 20, three times: 20 + 20 are waited, the third would make 60 + jitter
		expect('waitMs' in retryWait({ 'Retry-After': '20' }, 1, 20_000)).toBe(true);
		expect(retryWait({ 'Retry-After': '25' }, 2, 40_000)).toEqual({
			refused:
				'LeafLink asked to wait 25 s before trying again (Retry-After), more than is left of the 60 s the node waits for one request (it had waited 40 s)',
		});
	});

	it('reads an HTTP-date Retry-After', () => {
		const inAnHour = new Date(Date.now() + 3_600_000).toUTCString();
		const plan = retryWait({ 'Retry-After': inAnHour }, 0, 0);
		expect('refused' in plan && /asked to wait 3\d{3}(\.\d)? s/.test(plan.refused)).toBe(true);
	});

	it('shortens RateLimit-Reset and its own backoff to 30 s, and to what is left of the 60 s', () => {
		expect(retryWait({ 'RateLimit-Reset': '140' }, 0, 0)).toEqual({ waitMs: 30_000 });
		const backoff = retryWait(undefined, 12, 0);
		expect('waitMs' in backoff && backoff.waitMs <= 30_000 && backoff.waitMs >= 15_000).toBe(true);
		expect(retryWait(undefined, 12, 50_000)).toEqual({ waitMs: 10_000 });
		expect(retryWait(undefined, 3, 60_000)).toEqual({
			refused: 'The node had waited 60 s for this request, the most it waits for one',
		});
	});
});
