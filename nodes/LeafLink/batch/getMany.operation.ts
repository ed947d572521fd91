import { companySlugFilter } from '../shared/filters';
import { listRecordsOperation } from '../shared/operations';

export const { description, execute } = listRecordsOperation({
	path: '/batches/',
	label: 'batches',
	filters: [
		{
			name: 'batchDateAfter',
			displayName: 'Batch Date After',
			kind: 'date',
			param: 'batch_date__gte',
			description: 'Only batches produced on or after this day',
		},
		{
			name: 'batchDateBefore',
			displayName: 'Batch Date Before',
			kind: 'date',
			param: 'batch_date__lte',
			description: 'Only batches produced on or before this day',
		},
		{
			name: 'id',
			displayName: 'Batch ID',
			kind: 'id',
			param: 'id',
			description: 'Only the batch with this ID',
		},
		companySlugFilter('batches'),
		{
			name: 'owner',
			displayName: 'Owner Company ID',
			kind: 'id',
			param: 'owner',
			description: 'Only batches of this company',
		},
		{
			name: 'product',
			displayName: 'Product ID',
			kind: 'id',
			param: 'products',
			description: 'Only batches assigned to this product',
		},
		{
			name: 'numbers',
			displayName: 'Production Batch Numbers',
			kind: 'textList',
			param: 'production_batch_number',
			placeholder: 'BD-2024-04, SD-2024-04',
			description: 'One or more batch numbers, separated by commas',
		},
	],
});
