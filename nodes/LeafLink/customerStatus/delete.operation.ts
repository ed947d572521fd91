import { deleteRecordOperation } from '../shared/operations';
import { statusTarget } from './shared';

export const { description, execute } = deleteRecordOperation(statusTarget);
