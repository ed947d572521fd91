import type { IExecuteFunctions } from 'n8n-workflow';
import { locatorKey, uuidLocator } from '../shared/locators';
import type { RecordTarget } from '../shared/operations';

export const reportLocator = uuidLocator({
	displayName: 'Report',
	name: 'reportNumber',
	description: 'The report, by its LeafLink number (a UUID)',
	searchListMethod: 'searchReports',
	placeholder: 'e.g. 7a6b5c4d-3e2f-4a1b-8c9d-0e1f2a3b0001',
});

export function reportNumberOf(ctx: IExecuteFunctions, itemIndex: number): string {
	return locatorKey(ctx, itemIndex, reportLocator);
}

export const reportTarget: RecordTarget = {
	locator: reportLocator,
	path: '/reports/',
	label: 'report',
	key: reportNumberOf,
};

export const REPORT_TYPES = [
	'accounts-receivable',
	'brand-owner-brand-performance',
	'brand-owner-inventory-overview',
	'brand-performance',
	'customer-value',
	'ordered-products',
	'orders-assigned',
	'orders-received',
	'orders-report',
	'orders-sent',
	'sales-rep-activity-feed',
];
