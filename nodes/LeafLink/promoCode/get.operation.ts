import { getRecordOperation } from '../shared/operations';
import { promoCodeTarget } from './shared';

export const { description, execute } = getRecordOperation(promoCodeTarget);
