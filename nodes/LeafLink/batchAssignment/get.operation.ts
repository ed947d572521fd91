import { getRecordOperation } from '../shared/operations';
import { assignmentTarget } from './shared';

export const { description, execute } = getRecordOperation(assignmentTarget);
