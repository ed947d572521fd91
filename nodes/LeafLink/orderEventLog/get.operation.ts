import { getRecordOperation } from '../shared/operations';
import { eventLogTarget } from './shared';

export const { description, execute } = getRecordOperation(eventLogTarget);
