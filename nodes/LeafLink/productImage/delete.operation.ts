import { deleteRecordOperation } from '../shared/operations';
import { imageTarget } from './shared';

export const { description, execute } = deleteRecordOperation(imageTarget);
