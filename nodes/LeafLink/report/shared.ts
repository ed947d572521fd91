import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { fail, isBlank } from '../shared/validators';
import { locatorValue } from '../shared/locators';
import type { RecordTarget } from '../shared/operations';

const UUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';

export const reportLocator: INodeProperties = {
	displayName: 'Report',
	name: 'reportNumber',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	required: true,
	description: 'The report, by its LeafLink number (a UUID)',
	modes: [
		{ displayName: 'From List', name: 'list', type: 'list', placeholder: 'Select a report...', typeOptions: { searchListMethod: 'searchReports', searchable: true } },
		{
			displayName: 'By Number',
			name: 'id',
			type: 'string',
			placeholder: 'e.g. 7a6b5c4d-3e2f-4a1b-8c9d-0e1f2a3b0001',
			validation: [{ type: 'regex', properties: { regex: `^\\s*${UUID}\\s*$`, errorMessage: 'A report number is a UUID' } }],
		},
	],
};

export function reportNumberOf(ctx: IExecuteFunctions, itemIndex: number): string {
	const raw = locatorValue(ctx, itemIndex, 'reportNumber');
	if (isBlank(raw)) fail(ctx, itemIndex, 'Report is required', 'Pick a report or give its number.');
	const text = String(raw).trim();
	if (!new RegExp(`^${UUID}$`).test(text)) fail(ctx, itemIndex, `Report must be a LeafLink report number (a UUID), not "${text}"`);
	return text.toLowerCase();
}

export const reportTarget: RecordTarget = { locator: reportLocator, path: '/reports/', label: 'report', key: reportNumberOf };

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

