import { getRecordOperation } from '../shared/records';
import { documentTarget } from './shared';

export const { description, execute } = getRecordOperation(documentTarget);
