import { deleteRecordOperation } from '../shared/operations';
import { retailerInventoryTarget } from './shared';

export const { description, execute } = deleteRecordOperation(retailerInventoryTarget);
