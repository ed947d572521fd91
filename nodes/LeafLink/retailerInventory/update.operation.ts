import { updateRecordOperation } from '../shared/operations';
import { retailerInventoryFields, retailerInventoryTarget } from './shared';

export const { description, execute } = updateRecordOperation({
	...retailerInventoryTarget,
	fields: retailerInventoryFields,
});
