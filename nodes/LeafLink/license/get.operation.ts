import { getRecordOperation } from '../shared/operations';
import { licenseTarget } from './shared';

export const { description, execute } = getRecordOperation(licenseTarget);
