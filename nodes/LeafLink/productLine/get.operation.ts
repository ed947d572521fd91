import { getRecordOperation } from '../shared/operations';
import { productLineTarget } from './shared';

export const { description, execute } = getRecordOperation(productLineTarget);
