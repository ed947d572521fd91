import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import type { LeafLinkClient } from '../transport';
import { fail, isBlank, toId, toJson } from '../shared/validators';
import { REPORT_TYPES } from './shared';
import { companyField } from '../shared/fields';

export const description: INodeProperties[] = [
	companyField('Company', 'company', 'The company the report is about'),
	{
		displayName: 'Report Type',
		name: 'reportType',
		type: 'options',
		required: true,
		default: 'orders-received',
		options: REPORT_TYPES.map((t) => ({
			name: t
				.split('-')
				.map((w) => w.charAt(0).toUpperCase() + w.slice(1))
				.join(' '),
			value: t,
		})),
		description:
			'What LeafLink should export. LeafLink builds the file in the background and emails it; Get the report later for its status and download link.',
	},
	{
		displayName: 'Query (JSON)',
		name: 'query',
		type: 'json',
		default: '{}',
		description: 'Filters for the export as a JSON object, e.g. {"status": "Accepted"}',
	},
];

export async function execute(this: IExecuteFunctions, client: LeafLinkClient, itemIndex: number) {
	const company = toId(this, itemIndex, this.getNodeParameter('company', itemIndex, ''), 'Company');
	const reportType = String(this.getNodeParameter('reportType', itemIndex, '')).trim();
	if (!REPORT_TYPES.includes(reportType))
		fail(
			this,
			itemIndex,
			`Report Type must be one of ${REPORT_TYPES.join(', ')}, not "${reportType}"`,
		);
	const rawQuery = this.getNodeParameter('query', itemIndex, '{}') as unknown;
	const body: IDataObject = { company, report_type: reportType };
	if (!isBlank(rawQuery)) {
		const query = toJson(this, itemIndex, rawQuery, 'Query (JSON)');
		if (query === null || typeof query !== 'object' || Array.isArray(query))
			fail(this, itemIndex, 'Query (JSON) must be a JSON object, e.g. {}');
		body.query = query as IDataObject;
	}
	return await client.request<IDataObject>('POST', '/reports/', {
		body,
		operation: 'Create a report',
		itemIndex,
		verifyHint: 'Look at the newest reports (Get Many) before requesting it again.',
	});
}
