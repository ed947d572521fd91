import { createRecordOperation } from '../shared/operations';
import { brandField, menuPositionField, nameField } from './shared';

export const { description, execute } = createRecordOperation({
	path: '/product-lines/',
	label: 'product line',
	required: [nameField, brandField],
	optional: [menuPositionField],
	verifyHint: 'Look for the product line (Get Many) before creating it again.',
});
