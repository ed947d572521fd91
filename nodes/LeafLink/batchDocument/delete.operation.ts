import { deleteRecordOperation } from '../shared/operations';
import { documentTarget } from './shared';

export const { description, execute } = deleteRecordOperation(documentTarget);
