import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { fail, isBlank, optionalId, toList } from '../shared/validators';
import { dateRangeFilters, textFilter } from '../shared/filters';
import { listRecordsOperation } from '../shared/operations';

function singleId(
	ctx: IExecuteFunctions,
	itemIndex: number,
	raw: unknown,
	label: string,
): number | undefined {
	if (isBlank(raw) || raw === 0 || raw === '0') return undefined;
	if (typeof raw === 'string' && raw.includes(','))
		fail(
			ctx,
			itemIndex,
			`${label} takes one ID, not a list ("${raw}")`,
			'Run the node once per ID (one item each) instead.',
		);
	return optionalId(ctx, itemIndex, raw, label);
}

export const { description, execute } = listRecordsOperation({
	path: '/batches/',
	label: 'batches',
	fields: [
		{
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [
				{
					displayName: 'Batch Date After',
					name: 'batchDateAfter',
					type: 'dateTime',
					default: '',
					description: 'Only batches produced on or after this day',
				},
				{
					displayName: 'Batch Date Before',
					name: 'batchDateBefore',
					type: 'dateTime',
					default: '',
					description: 'Only batches produced on or before this day',
				},
				{
					displayName: 'Batch ID',
					name: 'id',
					type: 'number',
					default: 0,
					description: 'Only the batch with this ID',
				},
				{
					displayName: 'Company Slug',
					name: 'companySlug',
					type: 'string',
					default: '',
					description: 'Only batches of the company with this slug',
				},
				{
					displayName: 'Owner Company ID',
					name: 'owner',
					type: 'number',
					default: 0,
					description: 'Only batches of this company',
				},
				{
					displayName: 'Product ID',
					name: 'product',
					type: 'number',
					default: 0,
					description: 'Only batches assigned to this product',
				},
				{
					displayName: 'Production Batch Numbers',
					name: 'numbers',
					type: 'string',
					default: '',
					placeholder: 'BD-2024-04, SD-2024-04',
					description: 'One or more batch numbers, separated by commas',
				},
			],
		},
	],
	query(ctx, itemIndex) {
		const filters = ctx.getNodeParameter('filters', itemIndex, {}) as IDataObject;
		return {
			id: singleId(ctx, itemIndex, filters.id, 'Batch ID'),
			owner: singleId(ctx, itemIndex, filters.owner, 'Owner Company ID'),
			products: singleId(ctx, itemIndex, filters.product, 'Product ID'),
			company_slug: textFilter(filters.companySlug),
			production_batch_number: toList(filters.numbers),
			...dateRangeFilters(
				ctx,
				itemIndex,
				filters,
				[
					['batchDateAfter', 'batch_date__gte', 'Batch Date After'],
					['batchDateBefore', 'batch_date__lte', 'Batch Date Before'],
				],
				true,
			),
		};
	},
});
