import { createRecordOperation } from '../shared/records';
import { brandField, codeField, endField, preparePromoBody, promoOptionalFields, startField } from './shared';

export const { description, execute } = createRecordOperation({
	path: '/promocodes/',
	label: 'promo code',
	required: [brandField, codeField, startField, endField],
	optional: promoOptionalFields,
	prepare: preparePromoBody,
});
