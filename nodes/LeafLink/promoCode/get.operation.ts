import { getRecordOperation } from '../shared/records';
import { promoCodeTarget } from './shared';

export const { description, execute } = getRecordOperation(promoCodeTarget);
