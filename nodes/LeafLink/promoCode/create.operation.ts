import { createRecordOperation } from '../shared/operations';
import {
	brandField,
	codeField,
	endField,
	preparePromoBody,
	promoOptionalFields,
	startField,
} from './shared';

export const { description, execute } = createRecordOperation({
	path: '/promocodes/',
	label: 'promo code',
	required: [brandField, codeField, startField, endField],
	optional: promoOptionalFields,
	prepare: preparePromoBody,
});
