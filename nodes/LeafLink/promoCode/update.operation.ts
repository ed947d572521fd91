import { updateRecordOperation } from '../shared/operations';
import { preparePromoBody, promoCodeTarget, promoUpdateFields } from './shared';

export const { description, execute } = updateRecordOperation({
	...promoCodeTarget,
	fields: promoUpdateFields,
	prepare: preparePromoBody,
});
