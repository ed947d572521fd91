import { getRecordOperation } from '../shared/records';
import { productCategoryTarget } from './shared';

export const { description, execute } = getRecordOperation(productCategoryTarget);
