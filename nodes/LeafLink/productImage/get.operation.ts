import { getRecordOperation } from '../shared/records';
import { imageTarget } from './shared';

export const { description, execute } = getRecordOperation(imageTarget);
