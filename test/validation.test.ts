/**
 * One strict, forgiving set of validators, table-driven over every operation's own description:
 *  - types from expressions: an object or a list where text, a number or a date is expected is refused before any
 *    request, naming the field, never sent as "[object Object]";
 *  - fixed choices accept LeafLink's value or the display name in any case, multi-value fields a list or a
 *    comma-separated text; anything else is refused naming the field and the allowed values;
 *  - and what is sent is LeafLink's own value.
 */
import type { INodePropertyOptions } from 'n8n-workflow';
import { useLeafLink } from './helpers/leaflink';
import type { FieldRef, OperationRow } from './helpers/operationTable';
import { fieldsOf, labelOf, operations, pathOf, withField } from './helpers/operationTable';

const h = useLeafLink();

const INPUT = [{ record: { name: 'Acme', id: 12 }, names: ['Acme', 'Globex'] }];

const isFixedChoice = (ref: FieldRef) =>
	(ref.prop.type === 'options' || ref.prop.type === 'multiOptions') &&
	!ref.prop.typeOptions?.loadOptionsMethod &&
	Array.isArray(ref.prop.options) &&
	(ref.prop.options as INodePropertyOptions[]).some((o) => o.value !== '');

const singleValueTypes = new Set(['string', 'number', 'dateTime', 'boolean', 'options']);

function refusal(
	result: Awaited<ReturnType<typeof h.run>>,
	ref: FieldRef,
	requests: number,
): string | undefined {
	const error = result.error;
	if (!error) return `accepted (${requests} request(s))`;
	if (requests > 0) return `${requests} request(s) sent before: ${error.message}`;
	if (error.name !== 'NodeOperationError') return `${error.name}: ${error.message}`;
	if (!error.message.toLowerCase().includes(labelOf(ref).toLowerCase()))
		return `does not name "${labelOf(ref)}": ${error.message}`;
	if (/\[object Object\]/.test(`${error.message} ${String(error.description ?? '')}`))
		return `says [object Object]: ${error.message}`;
	return undefined;
}

describe.each(operations.map((row) => [row.key, row] as const))('%s', (_key, row: OperationRow) => {
	const fields = fieldsOf(row.op).filter((ref) => singleValueTypes.has(String(ref.prop.type)));

	it('refuses an object or a list from an expression in every single-value field, naming it', async () => {
		const failures: string[] = [];
		for (const ref of fields) {
			for (const [what, expression] of [
				['an object', '={{ $json.record }}'],
				['a list', '={{ $json.names }}'],
			]) {
				h.emu.reset();
				const result = await h.run(withField(row, ref, expression), { items: INPUT });
				const problem = refusal(result, ref, h.emu.requests.length);
				if (problem) failures.push(`${pathOf(ref)} ${what}: ${problem}`);
				else if (!result.error!.message.includes(`not ${what}`))
					failures.push(
						`${pathOf(ref)} ${what}: does not say what it got: ${result.error!.message}`,
					);
			}
		}
		expect(failures).toEqual([]);
	});

	const choices = fieldsOf(row.op).filter(isFixedChoice);

	it('takes a fixed choice by value or display name in any case, and refuses anything else naming the choices', async () => {
		const failures: string[] = [];
		for (const ref of choices) {
			const options = (ref.prop.options as INodePropertyOptions[]).filter((o) => o.value !== '');
			const multi = ref.prop.type === 'multiOptions';
			const forgiven: Array<[string, unknown]> = [
				['the display name in upper case', options[0].name.toUpperCase()],
				[
					'the value in lower case',
					`  ${String(options[options.length - 1].value).toLowerCase()} `,
				],
			];
			if (multi && options.length > 1) {
				forgiven.push([
					'a comma-separated text',
					`${options[0].name.toLowerCase()}, ${String(options[1].value)}`,
				]);
				forgiven.push([
					'a list from an expression',
					`={{ ${JSON.stringify([String(options[1].value).toUpperCase(), options[0].name])} }}`,
				]);
			}
			for (const [what, value] of forgiven) {
				h.emu.reset();
				const result = await h.run(withField(row, ref, value));
				const message = result.error?.message ?? '';
				if (
					/must be one of/.test(message) &&
					message.toLowerCase().includes(labelOf(ref).toLowerCase())
				)
					failures.push(`${pathOf(ref)} ${what}: refused: ${message}`);
			}
			h.emu.reset();
			const wrong = await h.run(
				withField(
					row,
					ref,
					multi ? `${options[0].name}, no-such-choice` : '={{ "no-such-choice" }}',
				),
			);
			const problem = refusal(wrong, ref, h.emu.requests.length);
			if (problem) failures.push(`${pathOf(ref)} a wrong choice: ${problem}`);
			else {
				const text = `${wrong.error!.message} ${String(wrong.error!.description ?? '')}`;
				const unnamed = options.filter((o) => !text.includes(o.name));
				if (!/no-such-choice/.test(text) || unnamed.length)
					failures.push(
						`${pathOf(ref)} a wrong choice: does not list ${unnamed.map((o) => o.name).join(', ')}: ${text}`,
					);
			}
		}
		expect(failures).toEqual([]);
	});
});

describe('fixed choices are sent as LeafLink values', () => {
	it('order filters: "Submitted, ACCEPTED" (display names, any case, comma-separated) is sent as LeafLink\'s submitted and accepted', async () => {
		const result = await h.run({
			resource: 'order',
			operation: 'getMany',
			returnAll: true,
			filters: { status: 'Submitted, ACCEPTED' },
		});
		expect(result.error).toBeUndefined();
		expect(h.emu.requests.map((r: { query: Record<string, unknown> }) => r.query.status)).toEqual([
			'submitted',
			'accepted',
		]);
	});

	it('an order created with status "submitted" and Discount Type "Percent (%)" is sent as Submitted and %', async () => {
		const result = await h.run({
			resource: 'order',
			operation: 'create',
			seller: 1,
			customer: { __rl: true, mode: 'id', value: '101' },
			status: 'submitted',
			lineItems: { item: [{ product: '201', quantity: 2, ordered_unit_price: 10 }] },
			additionalFields: { discount: 5, discount_type: 'percent (%)' },
		});
		const post = h.emu.requests.find((r: { method: string }) => r.method === 'POST');
		expect(post?.body).toEqual(
			expect.objectContaining({ status: 'Submitted', discount_type: '%' }),
		);
		expect(result.error).toBeUndefined();
	});
});
