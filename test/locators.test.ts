/**
 * Strict identifiers, table-driven over every locator of every operation: an ID, an order number or a LeafLink URL
 * is accepted in exactly its form, anchored; anything else is refused before any request, naming the field.
 */
import type { INodeProperties } from 'n8n-workflow';
import { UUID_PATTERN } from '../nodes/LeafLink/shared/locators';
import { useLeafLink } from './helpers/leaflink';
import type { OperationRow } from './helpers/operationTable';
import { operations, withField } from './helpers/operationTable';

const h = useLeafLink();

const UUID = '5b0f3e8a-1c2d-4e5f-8a9b-0c1d2e3f4001';

interface Locator {
	row: OperationRow;
	prop: INodeProperties;
	uuid: boolean;
	/** the web app's page in its URL mode, e.g. 'orders'; undefined without a URL mode */
	urlPage?: string;
}

const locators: Locator[] = operations.flatMap((row) =>
	row.op.module.description
		.filter((prop) => prop.type === 'resourceLocator')
		.map((prop) => {
			const url = prop.modes?.find((m) => m.name === 'url')?.extractValue?.regex;
			return {
				row,
				prop,
				uuid: JSON.stringify(prop.modes).includes(UUID_PATTERN.replace(/\\/g, '\\\\')),
				urlPage:
					typeof url === 'string' ? /\/c\/\[[^\]]+\]\+\/([a-z-]+)\//.exec(url)?.[1] : undefined,
			};
		}),
);

const rl = (value: unknown, mode = 'id') => ({ __rl: true, mode, value });
const expression = (text: string) => `={{ ${JSON.stringify(text)} }}`;

/** Values that carry a valid key among other text: each must be refused. */
function badValues(l: Locator): Array<[string, unknown]> {
	const key = l.uuid ? UUID : '12';
	const cases: Array<[string, unknown]> = [
		['text around the key', rl(`={{ "not-this-one ${key} and-more" }}`)],
		['a path after the key', rl(`={{ "${key}/../../companies" }}`)],
		['a query after the key', rl(`={{ "${key}?limit=1" }}`)],
		['a key of the other form', rl(l.uuid ? '={{ "12" }}' : `={{ "${UUID}" }}`)],
		['an object', rl('={{ $json.record }}')],
		['a list', rl('={{ $json.keys }}')],
		['a URL in the ID mode', rl(`={{ "https://app.leaflink.com/c/acme/orders/${key}/" }}`)],
	];
	if (l.urlPage) {
		cases.push(
			// typed, n8n's own check of the URL mode refuses these in the editor; from an expression they reach the node
			[
				'a URL of another host',
				rl(expression(`https://evil.example/c/acme/${l.urlPage}/${key}/`), 'url'),
			],
			[
				'a URL of LeafLink production with the emulator credential',
				rl(expression(`https://app.leaflink.com/c/acme/${l.urlPage}/${key}/`), 'url'),
			],
			[
				'a URL with a path after the key',
				rl(expression(h.webUrl(`/c/acme/${l.urlPage}/${key}/../../companies`)), 'url'),
			],
			[
				'a URL of another page',
				rl(expression(h.webUrl(`/c/acme/not-${l.urlPage}/${key}/`)), 'url'),
			],
			[
				'a URL with the key inside other text',
				rl(expression(h.webUrl(`/c/acme/${l.urlPage}/x${key}/`)), 'url'),
			],
			['a bare key in the URL mode', rl(expression(key), 'url')],
		);
	}
	return cases;
}

describe.each(locators.map((l) => [`${l.row.key} ${l.prop.name}`, l] as const))(
	'%s',
	(_name, l) => {
		it('refuses anything but exactly its form, before any request, naming the field', async () => {
			const failures: string[] = [];
			for (const [what, value] of badValues(l)) {
				h.emu.reset();
				const result = await h.run(withField(l.row, { prop: l.prop }, value), {
					items: [{ record: { id: 12 }, keys: [12, 13] }],
				});
				const error = result.error;
				if (!error) failures.push(`${what}: accepted`);
				else if (h.emu.requests.length > 0)
					failures.push(
						`${what}: ${h.emu.requests.length} request(s) sent before: ${error.message}`,
					);
				else if (!error.message.includes(l.prop.displayName))
					failures.push(`${what}: does not name "${l.prop.displayName}": ${error.message}`);
				else if (/\[object Object\]/.test(error.message))
					failures.push(`${what}: says [object Object]`);
			}
			expect(failures).toEqual([]);
		});

		it("accepts its key by ID and from a URL of the credential's LeafLink host", async () => {
			const key = l.uuid ? UUID : '12';
			const given: Array<[string, unknown]> = [
				['by ID, with spaces around', rl(` ${l.uuid ? key.toUpperCase() : key} `)],
			];
			if (l.urlPage)
				given.push(
					['by URL', rl(h.webUrl(`/c/acme/${l.urlPage}/${key}/`), 'url')],
					['by URL with a query', rl(h.webUrl(`/c/acme/${l.urlPage}/${key}/?tab=items`), 'url')],
				);
			for (const [what, value] of given) {
				h.emu.reset();
				const result = await h.run(withField(l.row, { prop: l.prop }, value));
				// the operation may still refuse another (unset) field; this locator must not be what it refuses
				const message = result.error?.message ?? '';
				expect({
					what,
					refused: new RegExp(`^${l.prop.displayName} (must|is)`).test(message)
						? message
						: undefined,
				}).toEqual({ what, refused: undefined });
			}
		});
	},
);

describe('locators in requests', () => {
	it('a product by URL reaches LeafLink as its ID alone', async () => {
		await h.run({
			resource: 'product',
			operation: 'get',
			productId: rl(h.webUrl('/c/greenleaf-farms/products/205/'), 'url'),
		});
		expect(h.emu.requests.map((r: { path: string }) => r.path)).toEqual(['/api/v2/products/205/']);
	});

	it('an order number in upper case with spaces reaches LeafLink as the number alone', async () => {
		await h.run({
			resource: 'order',
			operation: 'get',
			orderNumber: rl(`  ${UUID.toUpperCase()} `),
		});
		expect(h.emu.requests.map((r: { path: string }) => r.path)).toEqual([
			`/api/v2/orders-received/${UUID}/`,
		]);
	});
});
