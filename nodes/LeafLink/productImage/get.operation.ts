import { getRecordOperation } from '../shared/operations';
import { imageTarget } from './shared';

export const { description, execute } = getRecordOperation(imageTarget);
