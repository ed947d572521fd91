import { getRecordOperation } from '../shared/operations';
import { retailerInventoryTarget } from './shared';

export const { description, execute } = getRecordOperation(retailerInventoryTarget);
