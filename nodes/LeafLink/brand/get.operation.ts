import { getRecordOperation } from '../shared/records';
import { brandTarget } from './shared';

export const { description, execute } = getRecordOperation(brandTarget);
