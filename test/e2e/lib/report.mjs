// What both e2e runners (test/e2e/run.mjs and test/e2e/queue/run.mjs) print: a line per check (✓ or ✗ with its
// time, and the start of the failure's stack), indented notes, and last the line `N passed, N failed` alone,
// which CI reads; the exit code is 1 on any failure or when nothing ran.

/** Milliseconds as seconds with one decimal, e.g. "12.3 s". */
export const fmt = (ms) => `${(ms / 1000).toFixed(1)} s`;

export function createReport({ stackLines = 30 } = {}) {
	const results = [];
	const record = (name, ok, ms, error) => {
		results.push({ name, ok, ms, error });
		console.log(`${ok ? '✓' : '✗'} ${name} (${fmt(ms)})`);
		if (!ok)
			console.log(
				`    ${String(error?.stack ?? error)
					.split('\n')
					.slice(0, stackLines)
					.join('\n    ')}`,
			);
	};
	return {
		record,
		log: (message) => console.log(`  ${message}`),
		/** Runs `fn` as one check named `name`: recorded as passed with its result, or failed and rethrown. */
		async step(name, fn) {
			const started = Date.now();
			try {
				const result = await fn();
				record(name, true, Date.now() - started);
				return result;
			} catch (e) {
				record(name, false, Date.now() - started, e);
				throw e;
			}
		},
		/** Runs one scenario as a check: passed, or failed on an error or after `timeoutMs`; never throws. */
		async scenario(name, timeoutMs, fn) {
			const started = Date.now();
			let timer;
			try {
				await Promise.race([
					fn(),
					new Promise((_, reject) => {
						timer = setTimeout(
							() => reject(new Error(`timed out after ${timeoutMs} ms`)),
							timeoutMs,
						);
						timer.unref();
					}),
				]);
				record(name, true, Date.now() - started);
			} catch (e) {
				record(name, false, Date.now() - started, e);
			} finally {
				clearTimeout(timer);
			}
		},
		allPassed: () => results.every((r) => r.ok),
		/** Prints `summary` lines, then the closing count, and sets the exit code. */
		finish(summary) {
			const passed = results.filter((r) => r.ok).length;
			const failed = results.length - passed;
			console.log(`\n${summary.join('\n')}`);
			console.log(`${passed} passed, ${failed} failed`);
			process.exitCode = failed > 0 || passed === 0 ? 1 : 0;
		},
	};
}
