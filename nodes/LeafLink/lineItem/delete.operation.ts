import { deleteRecordOperation } from '../shared/operations';
import { lineItemLocator } from './shared';

export const { description, execute } = deleteRecordOperation({
	locator: lineItemLocator,
	path: '/line-items/',
	label: 'line item',
});
