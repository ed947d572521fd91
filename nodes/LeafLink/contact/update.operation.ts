import { updateRecordOperation } from '../shared/records';
import { contactTarget, contactUpdateFields } from './shared';

export const { description, execute } = updateRecordOperation({ ...contactTarget, fields: contactUpdateFields });
