/**
 * One registry of searchable lists and dropdowns (nodes/LeafLink/methods): every method a field names exists, no
 * name is registered twice, and nothing registered is left unused.
 */
import type {
	INodeProperties,
	INodePropertyCollection,
	INodePropertyModeTypeOptions,
} from 'n8n-workflow';
import { listSearch, loadOptions } from '../nodes/LeafLink/methods';
import { LeafLinkV1 } from '../nodes/LeafLink/v1/LeafLinkV1';

/** Every method name a field of the node gives, with the field it comes from. */
function namedMethods(): Array<{
	kind: 'listSearch' | 'loadOptions';
	method: string;
	field: string;
}> {
	const found: Array<{ kind: 'listSearch' | 'loadOptions'; method: string; field: string }> = [];
	const visit = (props: INodeProperties[], where: string) => {
		for (const prop of props) {
			const at = `${where}${prop.displayName}`;
			if (prop.typeOptions?.loadOptionsMethod)
				found.push({ kind: 'loadOptions', method: prop.typeOptions.loadOptionsMethod, field: at });
			for (const mode of prop.modes ?? []) {
				const method = (mode.typeOptions as INodePropertyModeTypeOptions | undefined)
					?.searchListMethod;
				if (method) found.push({ kind: 'listSearch', method, field: at });
			}
			if (prop.type === 'collection') visit((prop.options ?? []) as INodeProperties[], `${at} > `);
			if (prop.type === 'fixedCollection') {
				for (const group of (prop.options ?? []) as INodePropertyCollection[])
					visit(group.values, `${at} > `);
			}
		}
	};
	visit(
		new LeafLinkV1({
			displayName: 'LeafLink',
			name: 'leafLink',
			group: ['transform'],
			description: '',
		}).description.properties,
		'',
	);
	return found;
}

describe('methods registry', () => {
	it('every listSearch and loadOptions method a field names is registered', () => {
		const named = namedMethods();
		expect(named.length).toBeGreaterThan(30);
		const missing = named.filter(
			({ kind, method }) => !(method in (kind === 'listSearch' ? listSearch : loadOptions)),
		);
		expect(missing).toEqual([]);
	});

	it('no name is registered twice, and every registered method is named by a field', () => {
		const searchNames = Object.keys(listSearch);
		const loadNames = Object.keys(loadOptions);
		expect(searchNames.filter((n) => loadNames.includes(n))).toEqual([]);
		const used = new Set(namedMethods().map((m) => m.method));
		expect([...searchNames, ...loadNames].filter((n) => !used.has(n))).toEqual([]);
	});

	it('the node registers exactly this registry', () => {
		const node = new LeafLinkV1({
			displayName: 'LeafLink',
			name: 'leafLink',
			group: ['transform'],
			description: '',
		});
		expect(node.methods.listSearch).toBe(listSearch);
		expect(node.methods.loadOptions).toBe(loadOptions);
	});
});
