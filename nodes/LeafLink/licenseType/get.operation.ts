import { getRecordOperation } from '../shared/operations';
import { licenseTypeTarget } from './shared';

export const { description, execute } = getRecordOperation(licenseTypeTarget);
