import { getRecordOperation } from '../shared/records';
import { retailerInventoryTarget } from './shared';

export const { description, execute } = getRecordOperation(retailerInventoryTarget);
