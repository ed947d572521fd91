import { getRecordOperation } from '../shared/records';
import { paymentTarget } from './shared';

export const { description, execute } = getRecordOperation(paymentTarget);
