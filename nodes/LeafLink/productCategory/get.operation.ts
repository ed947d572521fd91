import { getRecordOperation } from '../shared/operations';
import { productCategoryTarget } from './shared';

export const { description, execute } = getRecordOperation(productCategoryTarget);
