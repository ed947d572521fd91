import { deleteRecordOperation } from '../shared/records';
import { imageTarget } from './shared';

export const { description, execute } = deleteRecordOperation(imageTarget);
