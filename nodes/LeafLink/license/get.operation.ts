import { getRecordOperation } from '../shared/records';
import { licenseTarget } from './shared';

export const { description, execute } = getRecordOperation(licenseTarget);
