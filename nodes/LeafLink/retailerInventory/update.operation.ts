import { updateRecordOperation } from '../shared/records';
import { retailerInventoryFields, retailerInventoryTarget } from './shared';

export const { description, execute } = updateRecordOperation({ ...retailerInventoryTarget, fields: retailerInventoryFields });
