import { getRecordOperation } from '../shared/operations';
import { paymentTarget } from './shared';

export const { description, execute } = getRecordOperation(paymentTarget);
