import { getRecordOperation } from '../shared/operations';
import { brandTarget } from './shared';

export const { description, execute } = getRecordOperation(brandTarget);
