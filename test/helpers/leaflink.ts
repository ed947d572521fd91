/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- test code runs in Node (servers, files, environment), not in n8n Cloud's sandbox for nodes */
/**
 * One place for what every engine-level suite needs: an emulator (or a real LeafLink sandbox when
 * LEAFLINK_TEST_BASE_URL and LEAFLINK_TEST_API_KEY are set), a credential pointing at it, and a
 * `run` that executes the LeafLink node through n8n's engine.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { IDataObject } from 'n8n-workflow';
import { startEmulator } from '../emulator';
import type { LeafLinkCredentialData, RunNodeOptions, RunNodeResult } from './engine';
import { credentialFor, runNode, shutdownEngine } from './engine';

export type Emulator = Awaited<ReturnType<typeof startEmulator>>;

export interface Harness {
	emu: Emulator;
	credential: LeafLinkCredentialData;
	/** runs the LeafLink node with these parameters (and optional items / credential / continueOnFail) */
	run(
		parameters: RunNodeOptions['parameters'],
		options?: Partial<Omit<RunNodeOptions, 'parameters'>>,
	): Promise<RunNodeResult>;
	/** the JSON of each output item */
	json(result: RunNodeResult): IDataObject[];
	/** a page of LeafLink's web app on the credential's host, e.g. webUrl('/c/acme/orders/<number>/') */
	webUrl(path: string): string;
}

/**
 * Registers beforeAll/beforeEach/afterAll hooks in the calling suite: one emulator per suite, reseeded before each
 * test. Emulator options (latency, rate limit) can be given.
 */
export function useLeafLink(emulatorOptions: Parameters<typeof startEmulator>[0] = {}): Harness {
	const harness = {} as Harness;
	// operations the emulator answered over the whole suite, for the coverage check in global-teardown.js
	const served = new Set<string>();
	const collectServed = () =>
		harness.emu?.servedOperations().forEach((op: string) => served.add(op));
	beforeAll(async () => {
		harness.emu = await startEmulator({ port: 0, ...emulatorOptions });
		// a test may reset the emulator itself: keep what it served before for the coverage check
		const reset = harness.emu.reset.bind(harness.emu);
		harness.emu.reset = () => {
			collectServed();
			reset();
		};
		const baseUrl = process.env.LEAFLINK_TEST_BASE_URL ?? harness.emu.baseUrl;
		const apiKey = process.env.LEAFLINK_TEST_BASE_URL
			? (process.env.LEAFLINK_TEST_API_KEY ?? '')
			: harness.emu.keys.app;
		harness.credential = credentialFor(baseUrl, apiKey);
		harness.run = async (parameters, options = {}) =>
			await runNode({ credential: harness.credential, ...options, parameters });
		harness.json = (result) => result.items.map((i) => i.json);
		harness.webUrl = (path) => `${new URL(baseUrl).origin}${path}`;
	});
	beforeEach(() => {
		collectServed();
		harness.emu.reset();
	});
	afterEach(() => {
		// the emulator holds its own answers to LeafLink's contract: an answer that broke it fails the test
		const violations = harness.emu.takeContractViolations();
		if (process.env.LEAFLINK_VIOLATIONS_LOG)
			fs.appendFileSync(
				process.env.LEAFLINK_VIOLATIONS_LOG,
				violations.map((v) => `${v}\n`).join(''),
			);
		if (violations.length) {
			throw new Error(
				`The emulator answered outside LeafLink's OpenAPI contract (test/contract/):\n${[...new Set(violations)].join('\n')}`,
			);
		}
	});
	afterAll(async () => {
		collectServed();
		const dir = process.env.LEAFLINK_SERVED_DIR;
		if (dir && fs.existsSync(dir)) {
			fs.writeFileSync(
				path.join(dir, `${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}.json`),
				JSON.stringify([...served]),
			);
		}
		await harness.emu?.stop();
		await shutdownEngine();
	});
	return harness;
}
