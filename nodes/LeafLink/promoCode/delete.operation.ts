import { deleteRecordOperation } from '../shared/operations';
import { promoCodeTarget } from './shared';

export const { description, execute } = deleteRecordOperation(promoCodeTarget);
