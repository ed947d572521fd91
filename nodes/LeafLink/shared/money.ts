import type { IDataObject } from 'n8n-workflow';

/** LeafLink money in responses. */

/** Number from a money object ({amount}) or a decimal string; null when absent. */
export function amountOf(value: unknown): number | null {
	if (value === undefined || value === null || value === '') return null;
	if (typeof value === 'object') return amountOf((value as IDataObject).amount);
	const n = Number(value);
	return Number.isFinite(n) ? n : null;
}
