import { getRecordOperation } from '../shared/operations';
import { documentTarget } from './shared';

export const { description, execute } = getRecordOperation(documentTarget);
