import { deleteRecordOperation } from '../shared/records';
import { statusTarget } from './shared';

export const { description, execute } = deleteRecordOperation(statusTarget);
