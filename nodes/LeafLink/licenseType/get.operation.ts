import { getRecordOperation } from '../shared/records';
import { licenseTypeTarget } from './shared';

export const { description, execute } = getRecordOperation(licenseTypeTarget);
