import { getRecordOperation } from '../shared/records';
import { productSubcategoryTarget } from './shared';

export const { description, execute } = getRecordOperation(productSubcategoryTarget);
