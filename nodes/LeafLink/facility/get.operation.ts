import { getRecordOperation } from '../shared/records';
import { facilityTarget } from './shared';

export const { description, execute } = getRecordOperation(facilityTarget);
