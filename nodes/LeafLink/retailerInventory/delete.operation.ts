import { deleteRecordOperation } from '../shared/records';
import { retailerInventoryTarget } from './shared';

export const { description, execute } = deleteRecordOperation(retailerInventoryTarget);
