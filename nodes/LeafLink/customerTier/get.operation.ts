import { getRecordOperation } from '../shared/records';
import { tierTarget } from './shared';

export const { description, execute } = getRecordOperation(tierTarget);
