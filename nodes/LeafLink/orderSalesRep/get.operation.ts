import { getRecordOperation } from '../shared/records';
import { assignmentTarget } from './shared';

export const { description, execute } = getRecordOperation(assignmentTarget);
