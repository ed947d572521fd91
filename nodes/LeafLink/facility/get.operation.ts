import { getRecordOperation } from '../shared/operations';
import { facilityTarget } from './shared';

export const { description, execute } = getRecordOperation(facilityTarget);
