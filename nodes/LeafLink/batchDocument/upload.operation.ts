import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import type { LeafLinkClient, MultipartValue } from '../transport';
import { batchIdOf, batchLocator } from '../shared/locators';
import { binaryPropertyField, readBinaryFile } from '../shared/binary';
import type { FieldSpec } from '../shared/fields';
import { fieldProperty } from '../shared/fields';
import { fieldValue } from '../shared/fieldValues';
import { SUMMARY_MAX_LENGTH } from './shared';

const summaryField: FieldSpec = {
	name: 'summary',
	displayName: 'Summary',
	kind: 'text',
	rows: 2,
	maxLength: SUMMARY_MAX_LENGTH,
	placeholder: 'Certificate of analysis',
	description: `What the document is (at most ${SUMMARY_MAX_LENGTH} characters)`,
};

export const description: INodeProperties[] = [
	{
		...batchLocator,
		description: 'The batch the document (e.g. its certificate of analysis) belongs to',
	},
	binaryPropertyField('document (e.g. a COA PDF)'),
	fieldProperty(summaryField),
];

export async function execute(this: IExecuteFunctions, client: LeafLinkClient, itemIndex: number) {
	const batch = batchIdOf(this, itemIndex);
	const raw = this.getNodeParameter('summary', itemIndex, '') as unknown;
	// an empty Summary sends none; an expression that resolved to nothing is refused, naming the field
	const summary =
		typeof raw === 'string' && raw.trim() === ''
			? ''
			: (fieldValue(this, itemIndex, summaryField, raw) as string);
	const document = await readBinaryFile(this, itemIndex, 'document');
	const fields: Array<[string, MultipartValue]> = [['batch', batch]];
	if (summary !== '') fields.push(['summary', summary]);
	fields.push(['document', document]);
	return await client.request<IDataObject>('POST', '/batch-documents/', {
		multipart: fields,
		operation: 'Upload a batch document',
		itemIndex,
		verifyHint:
			"Look at the batch's documents (Get Many, filter Batch ID) before uploading it again.",
	});
}
