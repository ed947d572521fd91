import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { fail, isBlank, single } from './validators';

/** LeafLink money: amounts in responses, and the currency and amount text of requests. */

/** Number from a money object ({amount}) or a decimal string; null when absent. */
export function amountOf(value: unknown): number | null {
	if (value === undefined || value === null || value === '') return null;
	if (typeof value === 'object') return amountOf((value as IDataObject).amount);
	const n = Number(value);
	return Number.isFinite(n) ? n : null;
}

/** The currency of a request's amounts: a three-letter code (any case), USD when none was given. */
export function currencyOf(ctx: IExecuteFunctions, itemIndex: number, raw: unknown): string {
	single(ctx, itemIndex, raw, 'Currency', 'a currency code');
	const currency = isBlank(raw) ? 'USD' : String(raw).trim().toUpperCase();
	if (!/^[A-Z]{3}$/.test(currency))
		fail(ctx, itemIndex, `Currency must be a three-letter code such as USD, not "${currency}"`);
	return currency;
}

/** An amount as LeafLink writes prices: two decimals when the value has at most two ("12.50"). */
export function twoDecimalText(n: number): string {
	return Number.isInteger(Math.round(n * 100)) && Math.abs(n * 100 - Math.round(n * 100)) < 1e-9
		? n.toFixed(2)
		: String(n);
}
