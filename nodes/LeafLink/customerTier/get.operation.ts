import { getRecordOperation } from '../shared/operations';
import { tierTarget } from './shared';

export const { description, execute } = getRecordOperation(tierTarget);
