import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { fail } from '../shared/validators';
import type { FieldSpec } from '../shared/fields';
import type { RecordTarget } from '../shared/operations';
import { idLocator } from '../shared/locators';

export const promoCodeLocator = idLocator({
	name: 'promoCodeId',
	displayName: 'Promo Code',
	searchListMethod: 'searchPromoCodes',
	placeholder: 'e.g. 901',
});

export const promoCodeTarget: RecordTarget = {
	locator: promoCodeLocator,
	path: '/promocodes/',
	label: 'promo code',
};

export const brandField: FieldSpec = {
	name: 'brand',
	displayName: 'Brand ID',
	kind: 'id',
	description: 'The brand the code applies to',
};
export const codeField: FieldSpec = {
	name: 'code',
	displayName: 'Code',
	kind: 'string',
	maxLength: 100,
	placeholder: 'SPRING10',
	description: 'What buyers type at checkout',
};
export const startField: FieldSpec = {
	name: 'start_date',
	displayName: 'Start Date',
	kind: 'dateTime',
	description: 'When the code starts to work',
};
export const endField: FieldSpec = {
	name: 'end_date',
	displayName: 'End Date',
	kind: 'dateTime',
	description: 'When the code stops working',
};

export const promoOptionalFields: FieldSpec[] = [
	{
		name: 'discount_amount',
		displayName: 'Discount Percent',
		kind: 'decimal',
		min: 0,
		max: 100,
		description: 'Percent taken off the order (LeafLink promo codes are percentages)',
	},
];

export const promoUpdateFields: FieldSpec[] = [
	brandField,
	codeField,
	startField,
	endField,
	...promoOptionalFields,
];

/** LeafLink's only discount type is "%"; a start after the end is refused here rather than by LeafLink. */
export function preparePromoBody(
	ctx: IExecuteFunctions,
	itemIndex: number,
	body: IDataObject,
): IDataObject {
	if (
		body.start_date &&
		body.end_date &&
		Date.parse(String(body.start_date)) > Date.parse(String(body.end_date))
	) {
		fail(
			ctx,
			itemIndex,
			`Start Date (${String(body.start_date)}) is after End Date (${String(body.end_date)})`,
		);
	}
	if (body.discount_amount !== undefined) body.discount_type = '%';
	return body;
}
