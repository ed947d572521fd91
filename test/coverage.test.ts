/* eslint-disable @n8n/community-nodes/no-restricted-imports, @n8n/community-nodes/no-restricted-globals -- test code runs in Node (servers, files, environment), not in n8n Cloud's sandbox for nodes */
/**
 * The coverage map: every operation in LeafLink's OpenAPI file is sent by some node operation (its `sends`),
 * every `sends` names a real operation, and the README's operations table is the map itself.
 * (That each mapped operation is really exercised against the emulator is checked in coverage/global-teardown.js.)
 */
import fs from 'node:fs';
import path from 'node:path';
import { allResources } from '../nodes/LeafLink/resources';
import { specOperations } from './coverage/spec-operations';

const README = path.resolve(__dirname, '../README.md');
const START = '<!-- operations:start -->';
const END = '<!-- operations:end -->';

/** The README's operations table, generated from the resources' own declarations. */
export function operationsTable(): string {
	const rows = ['| Resource | Operation | LeafLink API |', '| --- | --- | --- |'];
	for (const resource of [...allResources].sort((a, b) => a.name.localeCompare(b.name))) {
		for (const op of [...resource.operations].sort((a, b) => a.name.localeCompare(b.name))) {
			rows.push(
				`| ${resource.name} | ${op.name} | ${op.sends.map((s) => `\`${s}\``).join('<br>')} |`,
			);
		}
	}
	return rows.join('\n');
}

describe('coverage map', () => {
	const spec = specOperations();
	const mapped = new Set(allResources.flatMap((r) => r.operations.flatMap((o) => o.sends)));

	it('the spec has the 111 operations this package covers', () => {
		expect(spec).toHaveLength(111);
	});

	it('every mapped request is an operation of the spec', () => {
		const unknown = [...mapped].filter((op) => !spec.includes(op));
		expect(unknown).toEqual([]);
	});

	it('every operation of the spec is reachable from the LeafLink node', () => {
		const unmapped = spec.filter((op) => !mapped.has(op));
		expect(unmapped).toEqual([]);
	});

	it("the README's operations table is generated from the map", () => {
		const readme = fs.readFileSync(README, 'utf8');
		const generated = `${START}\n${operationsTable()}\n${END}`;
		if (process.env.UPDATE_README === '1') {
			const updated = readme.replace(new RegExp(`${START}[\\s\\S]*?${END}`), generated);
			fs.writeFileSync(README, updated);
			return;
		}
		expect(readme).toContain(generated);
	});
});
