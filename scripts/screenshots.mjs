#!/usr/bin/env node
// Editor screenshots for the README: starts the demo (scripts/demo.mjs) on free ports with its own
// temporary n8n user folder, opens the n8n editor in headless Chromium, signs in and captures
//   docs/leaflink-node-operations.png   the LeafLink node: Resource = Order, Operation dropdown open
//   docs/leaflink-credential.png        the "LeafLink Emulator" LeafLink API credential dialog
//   docs/leaflink-trigger-notice.png    the LeafLink Trigger node: webhook URL and the set-up notice
//   docs/leaflink-mcp-server.png        the MCP server example (examples/mcp-server.json) on the canvas
// then stops the demo (SIGINT) and removes the temporary user folder.
//
//   node scripts/screenshots.mjs [--out docs] [--url http://localhost:5678] [--only <file>] [--build] [--keep] [--verbose]
//     --url      use a demo that is already running (`npm run demo`) instead of starting one
//     --build    let the demo rebuild dist/ when stale (default: --no-build, packs dist/ as it is)
//     --only     take only the screenshots whose file name contains this text (e.g. --only mcp)
//     --keep     keep the temporary n8n user folder (its path is printed)
//     --verbose  echo the demo's output
//   env: CHROMIUM_PATH (default /usr/bin/chromium), DEMO_EMAIL, DEMO_PASSWORD
//
// Needs Chromium (Debian: apt-get install chromium) and playwright-core. playwright-core is not a
// dependency of this package: it is taken from node_modules when present, otherwise installed once
// (npm, no browser download) into <cache>/playwright-core-<version>/ next to the cached n8n installs.
import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { cacheRoot, repoRoot } from './n8n-install.mjs';
import { freePort, portIsFree } from '../test/e2e/lib/n8n.mjs';

const PLAYWRIGHT_VERSION = '1.65.1';
const EMAIL = process.env.DEMO_EMAIL || 'demo@example.com';
const PASSWORD = process.env.DEMO_PASSWORD || 'LeafLink-Demo-1';
const CREDENTIAL = { id: 'LLemulatorCred01', name: 'LeafLink Emulator' };
const SAMPLE_WORKFLOW_ID = 'LLexListOrders01';
const MCP_WORKFLOW_ID = 'LLexMcpServer001';
const NODE_TYPE = 'n8n-nodes-leaflink.leafLink';
const TRIGGER_TYPE = 'n8n-nodes-leaflink.leafLinkTrigger';
const CHROMIUM_ARGS = [
	'--headless',
	'--no-sandbox',
	'--disable-gpu',
	'--disable-quic',
	'--no-first-run',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
];
const UI_TIMEOUT = 120_000; // n8n's editor bundle is large; on a busy 2-core machine the first load takes a while
const READY_TIMEOUT = 30 * 60_000; // the first demo run installs n8n (minutes)

const say = (m) => console.log(`[screenshots] ${m}`);

function parseArgs(argv) {
	const out = {
		out: path.join(repoRoot, 'docs'),
		url: null,
		only: null,
		build: false,
		keep: false,
		verbose: false,
	};
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i];
		const val = () => (a.includes('=') ? a.split('=').slice(1).join('=') : argv[++i]);
		if (a.startsWith('--out')) out.out = path.resolve(val());
		else if (a.startsWith('--url')) out.url = val().replace(/\/+$/, '');
		else if (a.startsWith('--only')) out.only = val();
		else if (a === '--build') out.build = true;
		else if (a === '--keep') out.keep = true;
		else if (a === '--verbose') out.verbose = true;
		else if (a === '--help' || a === '-h') {
			console.log(
				fs
					.readFileSync(new URL(import.meta.url), 'utf8')
					.split('\n')
					.filter((l) => l.startsWith('//'))
					.map((l) => l.slice(3))
					.join('\n'),
			);
			process.exit(0);
		} else {
			console.error(`unknown option ${a} (see --help)`);
			process.exit(2);
		}
	}
	return out;
}

function loadPlaywright() {
	for (const from of [
		path.join(repoRoot, 'package.json'),
		path.join(process.cwd(), 'package.json'),
	]) {
		try {
			return createRequire(from)('playwright-core');
		} catch {}
	}
	const dir = path.join(cacheRoot(), `playwright-core-${PLAYWRIGHT_VERSION}`);
	const req = createRequire(path.join(dir, 'package.json'));
	try {
		return req('playwright-core');
	} catch {}
	say(`installing playwright-core@${PLAYWRIGHT_VERSION} into ${dir} (once; no browser download)…`);
	fs.mkdirSync(dir, { recursive: true });
	fs.writeFileSync(
		path.join(dir, 'package.json'),
		JSON.stringify({ name: 'screenshots-tools', private: true }, null, 2),
	);
	execFileSync(
		'npm',
		[
			'install',
			'--no-audit',
			'--no-fund',
			'--ignore-scripts',
			`playwright-core@${PLAYWRIGHT_VERSION}`,
		],
		{
			cwd: dir,
			stdio: ['ignore', 'inherit', 'inherit'],
			env: { ...process.env, PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD: '1' },
		},
	);
	return req('playwright-core');
}

function chromiumPath() {
	const candidates = [
		process.env.CHROMIUM_PATH,
		'/usr/bin/chromium',
		'/usr/bin/chromium-browser',
		'/usr/bin/google-chrome',
	].filter(Boolean);
	const found = candidates.find((p) => fs.existsSync(p));
	if (!found)
		throw new Error(
			`no Chromium found (tried ${candidates.join(', ')}); on Debian: apt-get install -y chromium, or set CHROMIUM_PATH`,
		);
	return found;
}

/**
 * n8n port P (its task broker takes P+1) and an emulator port, all free. The demo's defaults (5678, 4010)
 * when free, so the URLs in the pictures match what `npm run demo` shows; otherwise any free ports.
 */
async function pickPorts() {
	const free = async (p, q) =>
		q !== p &&
		q !== p + 1 &&
		p < 65000 &&
		(await portIsFree(p)) &&
		(await portIsFree(p + 1)) &&
		(await portIsFree(q));
	if (await free(5678, 4010)) return { port: 5678, emulatorPort: 4010 };
	for (let i = 0; i < 50; i++) {
		const p = await freePort();
		const q = await freePort();
		if (await free(p, q)) return { port: p, emulatorPort: q };
	}
	throw new Error('could not find free ports');
}

/** Starts scripts/demo.mjs; resolves with { url, child, stop() } once it prints DEMO READY. */
async function startDemo({ build, verbose, userFolder }, onSpawn) {
	const { port, emulatorPort } = await pickPorts();
	const args = [
		path.join(repoRoot, 'scripts', 'demo.mjs'),
		'--port',
		String(port),
		'--emulator-port',
		String(emulatorPort),
		'--no-check',
	];
	if (!build) args.push('--no-build');
	say(
		`starting the demo: node ${path.relative(process.cwd(), args[0])} ${args.slice(1).join(' ')} (DEMO_USER_FOLDER=${userFolder})`,
	);
	const child = spawn(process.execPath, args, {
		cwd: repoRoot,
		env: {
			...process.env,
			DEMO_USER_FOLDER: userFolder,
			DEMO_EMAIL: EMAIL,
			DEMO_PASSWORD: PASSWORD,
		},
		stdio: ['ignore', 'pipe', 'pipe'],
	});
	let log = '';
	const exited = new Promise((resolve) =>
		child.once('exit', (code, signal) => resolve({ code, signal })),
	);
	const stop = async () => {
		if (child.exitCode !== null || child.signalCode !== null) return;
		say('stopping the demo (SIGINT)…');
		child.kill('SIGINT');
		const t = setTimeout(() => {
			say('the demo did not stop within 60 s; sending SIGTERM');
			child.kill('SIGTERM');
		}, 60_000);
		const res = await exited;
		clearTimeout(t);
		say(`demo stopped (${res.signal ?? `exit ${res.code}`})`);
	};
	onSpawn?.({ stop, log: () => log });
	const url = await new Promise((resolve, reject) => {
		const timer = setTimeout(
			() => reject(new Error(`the demo was not ready after ${READY_TIMEOUT / 60000} min`)),
			READY_TIMEOUT,
		);
		let buf = '';
		const onData = (chunk) => {
			const s = chunk.toString();
			log += s;
			if (verbose) process.stdout.write(s.replace(/^(?=.)/gm, '  | '));
			buf += s;
			const m = buf.match(/^DEMO READY (\S+)/m);
			if (m) {
				clearTimeout(timer);
				resolve(m[1]);
			}
		};
		child.stdout.on('data', onData);
		child.stderr.on('data', onData);
		exited.then(({ code, signal }) => {
			clearTimeout(timer);
			reject(
				new Error(`the demo exited (${signal ?? code}) before it was ready:\n${log.slice(-4000)}`),
			);
		});
	});
	return { url, child, stop, log: () => log };
}

/** Signs in through n8n's REST API (Node side); returns a fetch for /rest calls with the session cookie. */
async function restSession(url) {
	const res = await fetch(`${url}/rest/login`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify({ emailOrLdapLoginId: EMAIL, email: EMAIL, password: PASSWORD }),
	});
	if (!res.ok)
		throw new Error(`REST login failed: ${res.status} ${(await res.text()).slice(0, 300)}`);
	const cookie = res.headers
		.getSetCookie()
		.map((c) => c.split(';')[0])
		.join('; ');
	return async (p, init = {}) => {
		const r = await fetch(`${url}${p}`, {
			...init,
			headers: { 'content-type': 'application/json', ...(init.headers ?? {}), cookie },
		});
		const text = await r.text();
		if (!r.ok) throw new Error(`${init.method ?? 'GET'} ${p}: ${r.status} ${text.slice(0, 300)}`);
		return JSON.parse(text);
	};
}

/** A one-node workflow with the LeafLink Trigger (the node's notice is what we want to show). */
async function createTriggerWorkflow(rest) {
	const wf = {
		name: 'LeafLink: webhook trigger',
		active: false,
		settings: { executionOrder: 'v1' },
		connections: {},
		nodes: [
			{
				id: '5b8e2c41-7f3a-4d96-b0e2-9c4a1d7f3e60',
				name: 'LeafLink Trigger',
				type: TRIGGER_TYPE,
				typeVersion: 1.1,
				position: [0, 0],
				webhookId: 'e4a9c2d7-1b6f-4f83-a5d0-7c2e9b41f8a3',
				parameters: { events: ['order'] },
				credentials: { leafLinkApi: CREDENTIAL },
			},
		],
	};
	const { data } = await rest('/rest/workflows', { method: 'POST', body: JSON.stringify(wf) });
	return data.id;
}

/** Closes onboarding / announcement modals n8n may show over the editor. */
async function dismissPopups(page) {
	for (let i = 0; i < 3; i++) {
		const known = page.locator(
			[
				'[data-test-id=personalization-form]',
				'[data-test-id=whats-new-modal]',
				'[data-test-id=contact-prompt-modal]',
				'[data-test-id=community-plus-enrollment-modal]',
			]
				.map((s) => `${s}:visible`)
				.join(', '),
		);
		if (!(await known.count())) break;
		const close = page
			.locator(
				'.el-dialog:visible .el-dialog__headerbtn, .el-dialog:visible [data-test-id=close-button], .el-dialog:visible button:has-text("Skip")',
			)
			.first();
		if (await close.count()) await close.click().catch(() => {});
		else await page.keyboard.press('Escape');
		await page.waitForTimeout(500);
	}
	// toasts (e.g. "n8n update available") could cover the panels
	for (const btn of await page.locator('.el-notification:visible .el-notification__closeBtn').all())
		await btn.click().catch(() => {});
}

async function signIn(page, url) {
	await page.goto(`${url}/signin`);
	await page.locator('input[name=emailOrLdapLoginId], input[type=email]').first().fill(EMAIL);
	await page.locator('input[type=password]').first().fill(PASSWORD);
	await page.locator('[data-test-id=form-submit-button]').click();
	await page.waitForURL((u) => !u.pathname.startsWith('/signin'));
	await dismissPopups(page);
}

/** Union of element boxes plus padding, clipped to the viewport. */
function clipOf(boxes, page, pad = 12) {
	const b = boxes.filter(Boolean);
	const vp = page.viewportSize();
	const x = Math.max(0, Math.min(...b.map((r) => r.x)) - pad);
	const y = Math.max(0, Math.min(...b.map((r) => r.y)) - pad);
	const right = Math.min(vp.width, Math.max(...b.map((r) => r.x + r.width)) + pad);
	const bottom = Math.min(vp.height, Math.max(...b.map((r) => r.y + r.height)) + pad);
	return { x, y, width: right - x, height: bottom - y };
}

/** Opens a workflow and the node of `type` in it; returns the NDV locator. */
async function openNode(page, url, workflowId, type) {
	await page.goto(`${url}/workflow/${workflowId}`);
	const node = page.locator(`[data-test-id=canvas-node][data-node-type="${type}"]`).first();
	await node.waitFor();
	await dismissPopups(page);
	await node.dblclick();
	const ndv = page.locator('[data-test-id=ndv]');
	await ndv.waitFor();
	await page.locator('[data-test-id=node-parameters]').waitFor();
	await page.locator('[data-test-id=node-credentials-select]').waitFor();
	await page.mouse.move(5, 5);
	return ndv;
}

/** The NDV's middle column (its Parameters/Settings tabs and the parameters), down to the lowest of `extraBoxes`. */
async function parametersClip(page, extraBoxes = []) {
	const panel = await page.locator('[data-test-id=node-parameters]').evaluate((el) => {
		let p = el;
		while (p.parentElement && !p.querySelector('[data-test-id=tab-params]')) p = p.parentElement;
		const r = p.getBoundingClientRect();
		return { x: r.x, y: r.y, width: r.width, height: r.height };
	});
	const bottom = Math.max(
		panel.y + 200,
		...extraBoxes.filter(Boolean).map((b) => b.y + b.height + 16),
	);
	const dropdownRight = Math.max(
		panel.x + panel.width,
		...extraBoxes.filter(Boolean).map((b) => b.x + b.width + 8),
	);
	return clipOf(
		[
			{
				x: panel.x,
				y: panel.y,
				width: dropdownRight - panel.x,
				height: Math.min(bottom, panel.y + panel.height) - panel.y,
			},
		],
		page,
		0,
	);
}

async function shotOperations(page, url, file) {
	await openNode(page, url, SAMPLE_WORKFLOW_ID, NODE_TYPE);
	const resource = page.locator('[data-test-id=parameter-input-resource] input').first();
	await resource.waitFor();
	const current = await resource.inputValue();
	if (current !== 'Order')
		throw new Error(`the sample node's Resource is "${current}", expected "Order"`);
	await page.locator('[data-test-id=parameter-input-operation]').click();
	const dropdown = page.locator('.el-select-dropdown:visible').first();
	await dropdown.waitFor();
	await dropdown.locator('.el-select-dropdown__item', { hasText: 'Get Many' }).first().waitFor();
	await page.waitForTimeout(800); // the popper's fade-in
	const extra = [
		await dropdown.boundingBox(),
		await page
			.locator('[data-test-id=parameter-input-simplify]')
			.boundingBox()
			.catch(() => null),
	];
	// the open dropdown is a little wider than the panel: blank the output panel next to it
	const style = await page.addStyleTag({
		content: '[data-test-id=output-panel] > * { visibility: hidden !important; }',
	});
	await page.screenshot({ path: file, clip: await parametersClip(page, extra) });
	await style.evaluate((el) => el.remove());
	await page.keyboard.press('Escape');
}

async function shotCredential(page, url, file) {
	await page.goto(`${url}/home/credentials`);
	const card = page
		.locator('[data-test-id=resources-list-item]', { hasText: CREDENTIAL.name })
		.first();
	await card.waitFor();
	await dismissPopups(page);
	await card.click();
	const modal = page.locator('[data-test-id=editCredential-modal]');
	await modal.waitFor();
	await modal.locator('[data-test-id=parameter-input-apiKey]').waitFor();
	// the connection test runs when the dialog opens; wait for its verdict (best effort)
	await modal
		.locator('[data-test-id=credentials-config-container-test-success]')
		.waitFor({ timeout: 30_000 })
		.catch(() => say('(credential test banner did not appear; continuing)'));
	await page.mouse.move(5, 5);
	await page.waitForTimeout(500);
	const dialog = modal.locator('.el-dialog').first();
	const box = (await dialog.count()) ? await dialog.boundingBox() : await modal.boundingBox();
	await page.screenshot({ path: file, clip: clipOf([box], page, 0) });
	await page.keyboard.press('Escape');
}

async function shotTrigger(page, url, workflowId, file) {
	await openNode(page, url, workflowId, TRIGGER_TYPE);
	const headline = page.getByText('Webhook URLs', { exact: true }).first();
	await headline.waitFor();
	if (!(await page.locator('[data-test-id=radio-button-production]').isVisible()))
		await headline.click();
	await page.locator('[data-test-id=radio-button-production]').click();
	const notice = page
		.locator('[data-test-id=node-parameters]')
		.getByText('LeafLink has no API for webhooks')
		.first();
	await notice.waitFor();
	await page.mouse.move(5, 5);
	await page.waitForTimeout(500);
	const extra = [
		await notice.boundingBox(),
		await page
			.locator('[data-test-id=collection-parameter-add]')
			.first()
			.boundingBox()
			.catch(() => null),
	];
	await page.screenshot({ path: file, clip: await parametersClip(page, extra) });
}

/** The MCP server example on the canvas, zoomed to fit: the trigger and its twelve LeafLink tools. */
async function shotMcpWorkflow(page, url, file) {
	await page.goto(`${url}/workflow/${MCP_WORKFLOW_ID}`);
	const trigger = page
		.locator('[data-test-id=canvas-node][data-node-type="@n8n/n8n-nodes-langchain.mcpTrigger"]')
		.first();
	await trigger.waitFor();
	const tools = page.locator(
		'[data-test-id=canvas-node][data-node-type="n8n-nodes-leaflink.leafLinkTool"]',
	);
	await tools.nth(11).waitFor();
	await dismissPopups(page);
	await page.mouse.click(700, 20); // focus the canvas (an empty spot) without selecting a node
	await page.keyboard.press('1'); // zoom to fit
	await page.mouse.move(5, 5);
	await page.waitForTimeout(1000); // the zoom animation
	// every node on the canvas (vue-flow's node class covers the sticky note too), with room for the labels under the tools
	const boxes = await Promise.all(
		(await page.locator('.vue-flow__node').all()).map((n) => n.boundingBox()),
	);
	await page.screenshot({ path: file, clip: clipOf(boxes, page, 48) });
}

async function main() {
	const o = parseArgs(process.argv.slice(2));
	const t0 = Date.now();
	const { chromium } = loadPlaywright();
	const executablePath = chromiumPath();
	fs.mkdirSync(o.out, { recursive: true });

	let demo = null;
	let userFolder = null;
	let browser = null;
	let page = null;
	let failed = false;
	let rest = null;
	let dataDir = null;
	let triggerWorkflowId = null;
	const cleanup = async () => {
		await browser?.close().catch(() => {});
		if (dataDir) {
			try {
				fs.rmSync(dataDir, { recursive: true, force: true, maxRetries: 10, retryDelay: 300 });
			} catch (e) {
				say(`could not remove ${dataDir}: ${e.message}`);
			}
		}
		await demo?.stop().catch((e) => say(`stopping the demo failed: ${e.message}`));
		if (userFolder) {
			if (o.keep || failed) say(`n8n user folder kept: ${userFolder}`);
			else fs.rmSync(userFolder, { recursive: true, force: true });
		}
	};
	let interrupted = false;
	for (const sig of ['SIGINT', 'SIGTERM']) {
		process.on(sig, async () => {
			if (interrupted) return;
			interrupted = true;
			say(`${sig} received`);
			await cleanup();
			process.exit(130);
		});
	}

	try {
		let url = o.url;
		if (!url) {
			userFolder = fs.mkdtempSync(path.join(os.tmpdir(), 'leaflink-screenshots-'));
			demo = await startDemo({ build: o.build, verbose: o.verbose, userFolder }, (d) => (demo = d));
			url = demo.url;
			say(`demo ready at ${url} after ${((Date.now() - t0) / 1000).toFixed(0)} s`);
		}
		rest = await restSession(url);
		triggerWorkflowId = await createTriggerWorkflow(rest);

		// a fresh profile each run (persistent context: the only way playwright lets us choose its folder)
		dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'leaflink-chromium-'));
		browser = await chromium.launchPersistentContext(dataDir, {
			executablePath,
			args: CHROMIUM_ARGS,
			viewport: { width: 1440, height: 900 },
			deviceScaleFactor: 1,
			colorScheme: 'light',
			locale: 'en-US',
		});
		const context = browser;
		page = await context.newPage();
		page.setDefaultTimeout(UI_TIMEOUT);
		page.setDefaultNavigationTimeout(UI_TIMEOUT);

		say('signing in…');
		await signIn(page, url);
		const shots = [
			[
				'leaflink-node-operations.png',
				() => shotOperations(page, url, path.join(o.out, 'leaflink-node-operations.png')),
			],
			[
				'leaflink-credential.png',
				() => shotCredential(page, url, path.join(o.out, 'leaflink-credential.png')),
			],
			[
				'leaflink-trigger-notice.png',
				() =>
					shotTrigger(
						page,
						url,
						triggerWorkflowId,
						path.join(o.out, 'leaflink-trigger-notice.png'),
					),
			],
			[
				'leaflink-mcp-server.png',
				() => shotMcpWorkflow(page, url, path.join(o.out, 'leaflink-mcp-server.png')),
			],
		].filter(([name]) => !o.only || name.includes(o.only));
		for (const [name, take] of shots) {
			const t = Date.now();
			await take();
			say(
				`wrote ${path.relative(process.cwd(), path.join(o.out, name))} (${((Date.now() - t) / 1000).toFixed(1)} s)`,
			);
		}
	} catch (e) {
		if (interrupted) await new Promise(() => {}); // the signal handler cleans up and exits
		failed = true;
		console.error(`[screenshots] ${e.stack ?? e}`);
		if (page) {
			const dbg = path.join(os.tmpdir(), `leaflink-screenshots-failure-${Date.now()}.png`);
			await page
				.screenshot({ path: dbg })
				.then(() => console.error(`[screenshots] page at failure: ${dbg} (${page.url()})`))
				.catch(() => {});
		}
		if (demo && o.verbose === false)
			console.error(`[screenshots] demo output (tail):\n${demo.log().slice(-3000)}`);
	}
	if (o.url && triggerWorkflowId) {
		// leave an already running demo as it was
		await rest(`/rest/workflows/${triggerWorkflowId}/archive`, { method: 'POST' }).catch(() => {});
		await rest(`/rest/workflows/${triggerWorkflowId}`, { method: 'DELETE' }).catch(() => {});
	}
	await cleanup();
	say(`${failed ? 'FAILED' : 'done'} in ${((Date.now() - t0) / 1000).toFixed(0)} s`);
	process.exit(failed ? 1 : 0);
}

main().catch((e) => {
	console.error(`[screenshots] ${e.stack ?? e}`);
	process.exit(1);
});
