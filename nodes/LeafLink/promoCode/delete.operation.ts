import { deleteRecordOperation } from '../shared/records';
import { promoCodeTarget } from './shared';

export const { description, execute } = deleteRecordOperation(promoCodeTarget);
