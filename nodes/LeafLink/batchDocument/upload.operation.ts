import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import type { LeafLinkClient, MultipartValue } from '../transport';
import { batchIdOf, batchLocator } from '../shared/locators';
import { binaryPropertyField, readBinaryFile } from '../shared/binary';
import { fail } from '../shared/validators';
import { SUMMARY_MAX_LENGTH } from './shared';

export const description: INodeProperties[] = [
	{
		...batchLocator,
		description: 'The batch the document (e.g. its certificate of analysis) belongs to',
	},
	binaryPropertyField('document (e.g. a COA PDF)'),
	{
		displayName: 'Summary',
		name: 'summary',
		type: 'string',
		typeOptions: { rows: 2 },
		default: '',
		placeholder: 'Certificate of analysis',
		description: `What the document is (at most ${SUMMARY_MAX_LENGTH} characters)`,
	},
];

export async function execute(this: IExecuteFunctions, client: LeafLinkClient, itemIndex: number) {
	const batch = batchIdOf(this, itemIndex);
	const raw = this.getNodeParameter('summary', itemIndex, '') as unknown;
	if (
		raw === undefined ||
		raw === null ||
		(typeof raw === 'string' && /^\s*(undefined|null)\s*$/.test(raw))
	) {
		fail(
			this,
			itemIndex,
			'Summary resolved to nothing',
			'Check the expression, or leave Summary empty.',
		);
	}
	const summary = String(raw).trim();
	if (summary.length > SUMMARY_MAX_LENGTH) {
		fail(
			this,
			itemIndex,
			`Summary is ${summary.length} characters; LeafLink allows at most ${SUMMARY_MAX_LENGTH}`,
			'Shorten the summary.',
		);
	}
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
