import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { searchList } from '../shared/lookups';
import type { RecordTarget } from '../shared/records';
import { amountOf, idLocator } from '../shared/records';

export const PAYMENT_TYPES = ['ach', 'cash', 'cashier', 'check', 'credit', 'other', 'trade', 'wire'];

export const paymentLocator = idLocator({ name: 'paymentId', displayName: 'Payment', searchListMethod: 'searchPayments', placeholder: 'e.g. 1101' });

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

export const paymentTarget: RecordTarget = { locator: paymentLocator, path: '/order-payments/', label: 'payment', simplify: simplifyPayment };

export async function searchPayments(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	const result = await searchList(this, '/order-payments/', {}, paginationToken, (p: IDataObject) =>
		`#${String(p.id)} · ${String(amountOf(p.total) ?? '')} · ${String(p.payment_type ?? '')} · ${String(p.payment_date ?? '').slice(0, 10)} · order ${String(p.order ?? '').slice(-8)}`,
	);
	if (filter) result.results = result.results.filter((r) => r.name.toLowerCase().includes(filter.toLowerCase()));
	return result;
}
