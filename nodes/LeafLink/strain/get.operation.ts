import { getRecordOperation } from '../shared/operations';
import { strainTarget } from './shared';

export const { description, execute } = getRecordOperation(strainTarget);
