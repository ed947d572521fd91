import { updateRecordOperation } from '../shared/operations';
import { brandField, menuPositionField, nameField, productLineTarget } from './shared';

export const { description, execute } = updateRecordOperation({
	...productLineTarget,
	fields: [brandField, menuPositionField, nameField],
});
