import type { IDataObject } from 'n8n-workflow';
import type { RecordTarget } from '../shared/operations';
import { amountOf } from '../shared/money';
import { idLocator } from '../shared/locators';

export const paymentLocator = idLocator({
	name: 'paymentId',
	displayName: 'Payment',
	searchListMethod: 'searchPayments',
	placeholder: 'e.g. 1101',
});

/** The fields a person reads first, with the amount as a plain number. */
export function simplifyPayment(p: IDataObject): IDataObject {
	const total = p.total as IDataObject | undefined;
	return {
		id: p.id,
		order: p.order,
		amount: amountOf(p.total),
		currency: total && typeof total === 'object' ? (total.currency ?? 'USD') : 'USD',
		payment_date: p.payment_date ?? null,
		payment_type: p.payment_type ?? null,
		reason: p.reason ?? '',
		recorded_by: p.recorded_by ?? null,
		recorder_name: p.recorder_name ?? null,
		created_on: p.created_on,
	};
}

export const paymentTarget: RecordTarget = {
	locator: paymentLocator,
	path: '/order-payments/',
	label: 'payment',
	simplify: simplifyPayment,
};
