import { getRecordOperation } from '../shared/operations';
import { productSubcategoryTarget } from './shared';

export const { description, execute } = getRecordOperation(productSubcategoryTarget);
