import { getRecordOperation } from '../shared/records';
import { strainTarget } from './shared';

export const { description, execute } = getRecordOperation(strainTarget);
