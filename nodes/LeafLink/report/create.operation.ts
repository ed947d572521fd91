import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import type { LeafLinkClient } from '../transport';
import type { FieldSpec } from '../shared/fields';
import { fieldProperty } from '../shared/fields';
import { buildBody, requiredBody } from '../shared/fieldValues';
import { isBlank } from '../shared/validators';
import { REPORT_TYPES } from './shared';

const requiredFields: FieldSpec[] = [
	{
		name: 'company',
		displayName: 'Company',
		kind: 'dropdown',
		method: 'loadCompanies',
		description: 'The company the report is about',
	},
	{
		name: 'reportType',
		displayName: 'Report Type',
		kind: 'options',
		sendAs: 'report_type',
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
];

/** optional, at the top level: a blank query sends none */
const queryField: FieldSpec = {
	name: 'query',
	displayName: 'Query (JSON)',
	kind: 'json',
	description: 'Filters for the export as a JSON object, e.g. {"status": "Accepted"}',
};

export const description: INodeProperties[] = [
	...requiredFields.map((spec) => fieldProperty(spec, true)),
	fieldProperty(queryField),
];

export async function execute(this: IExecuteFunctions, client: LeafLinkClient, itemIndex: number) {
	const query = this.getNodeParameter('query', itemIndex, '{}') as IDataObject[string];
	const body: IDataObject = {
		...requiredBody(this, itemIndex, requiredFields),
		...buildBody(this, itemIndex, [queryField], isBlank(query) ? {} : { query }),
	};
	return await client.request<IDataObject>('POST', '/reports/', {
		body,
		operation: 'Create a report',
		itemIndex,
		verifyHint: 'Look at the newest reports (Get Many) before requesting it again.',
	});
}
