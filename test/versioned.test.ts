/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- test code runs in Node (reads an example file), not in n8n Cloud's sandbox for nodes */
/**
 * The LeafLink node is a VersionedNodeType: a workflow saved with version 1 runs on the version-1 class, whatever
 * versions are added later. The workflow here is one the examples ship (examples/list-orders.json), saved with
 * typeVersion 1, run through n8n's engine against the emulator.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { INode, IWorkflowBase } from 'n8n-workflow';
import { VersionedNodeType } from 'n8n-workflow';
import { LeafLink } from '../nodes/LeafLink/LeafLink.node';
import { LeafLinkV1 } from '../nodes/LeafLink/v1/LeafLinkV1';
import { testNodeTypes } from './helpers/engine';
import { useLeafLink } from './helpers/leaflink';

const h = useLeafLink();

const saved = JSON.parse(
	fs.readFileSync(path.join(__dirname, '..', 'examples', 'list-orders.json'), 'utf8'),
) as IWorkflowBase;
const savedNode = saved.nodes.find((n) => n.type === 'n8n-nodes-leaflink.leafLink') as INode;

describe('LeafLink node versions', () => {
	it('is a VersionedNodeType whose default is version 1, with the base description n8n lists it by', () => {
		const node = new LeafLink();
		expect(node).toBeInstanceOf(VersionedNodeType);
		expect(node.description.name).toBe('leafLink');
		expect(node.description.displayName).toBe('LeafLink');
		expect(node.description.defaultVersion).toBe(1);
		expect(node.description.usableAsTool).toBe(true);
		expect(node.getLatestVersion()).toBe(1);
		const v1 = node.getNodeType(1);
		expect(v1).toBeInstanceOf(LeafLinkV1);
		expect(v1.description.version).toBe(1);
		// the version-1 description carries the base description (name, icon, credential) as n8n expects
		expect(v1.description.name).toBe('leafLink');
		expect(v1.description.icon).toEqual(node.description.icon);
		expect(v1.description.credentials).toEqual([{ name: 'leafLinkApi', required: true }]);
		expect(Object.keys(v1.methods?.listSearch ?? {}).length).toBeGreaterThan(0);
	});

	it('the engine resolves a node saved with typeVersion 1 to the version-1 class', () => {
		expect(savedNode.typeVersion).toBe(1);
		expect(
			testNodeTypes().getByNameAndVersion(savedNode.type, savedNode.typeVersion),
		).toBeInstanceOf(LeafLinkV1);
	});

	it('runs a workflow saved with version 1 (examples/list-orders.json)', async () => {
		const result = await h.run(savedNode.parameters as Record<string, unknown>, {
			typeVersion: savedNode.typeVersion,
		});
		expect(result.error).toBeUndefined();
		const orders = h.json(result);
		expect(orders.length).toBeGreaterThan(0);
		expect(orders[0]).toHaveProperty('number');
		expect(orders[0]).toHaveProperty('status');
		expect(
			h.emu.requests.map((r: { method: string; path: string }) => `${r.method} ${r.path}`),
		).toEqual(expect.arrayContaining([expect.stringMatching(/^GET \/api\/v2\/orders-received\//)]));
	});
});
