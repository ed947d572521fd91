import { deleteRecordOperation } from '../shared/records';
import { documentTarget } from './shared';

export const { description, execute } = deleteRecordOperation(documentTarget);
