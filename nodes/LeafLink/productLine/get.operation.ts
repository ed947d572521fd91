import { getRecordOperation } from '../shared/records';
import { productLineTarget } from './shared';

export const { description, execute } = getRecordOperation(productLineTarget);
