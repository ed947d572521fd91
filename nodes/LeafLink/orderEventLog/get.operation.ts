import { getRecordOperation } from '../shared/records';
import { eventLogTarget } from './shared';

export const { description, execute } = getRecordOperation(eventLogTarget);
