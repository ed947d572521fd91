import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import type { MultipartFile } from '../transport';
import { fail, isBlank } from './validators';

/** The "Input Binary Field" parameter of an upload. */
export function binaryPropertyField(what: string): INodeProperties {
	return {
		displayName: 'Input Binary Field',
		name: 'binaryPropertyName',
		type: 'string',
		default: 'data',
		required: true,
		placeholder: 'data',
		hint: `The name of the input binary field holding the ${what}`,
		description: `Name of the binary property of the input item that holds the ${what}`,
	};
}

/**
 * The file of an input item's binary property, with a clear error when the property is missing (naming the ones the
 * item does have) or empty, or when its type is not one the upload takes.
 */
export async function readBinaryFile(
	ctx: IExecuteFunctions,
	itemIndex: number,
	what: string,
	accept?: { test(mimeType: string): boolean; expected: string },
): Promise<MultipartFile> {
	const raw = ctx.getNodeParameter('binaryPropertyName', itemIndex, '') as unknown;
	if (isBlank(raw))
		fail(
			ctx,
			itemIndex,
			'Input Binary Field is required',
			`Name the binary property that holds the ${what}, e.g. "data".`,
		);
	const name = String(raw).trim();
	const binaries = ctx.getInputData()[itemIndex]?.binary ?? {};
	if (!binaries[name]) {
		const present = Object.keys(binaries);
		fail(
			ctx,
			itemIndex,
			`The input item has no binary field "${name}"`,
			present.length
				? `It has: ${present.join(', ')}. Set Input Binary Field to the one holding the ${what}.`
				: `It has no binary data at all. Read the ${what} first (e.g. Read/Write Files from Disk or HTTP Request with a file response).`,
		);
	}
	const binary = ctx.helpers.assertBinaryData(itemIndex, name);
	const mimeType = String(binary.mimeType ?? '') || 'application/octet-stream';
	if (accept && !accept.test(mimeType)) {
		fail(
			ctx,
			itemIndex,
			`The binary field "${name}" holds ${mimeType}, not ${accept.expected}`,
			`Give the ${what} as ${accept.expected}.`,
		);
	}
	const data = await ctx.helpers.getBinaryDataBuffer(itemIndex, name);
	if (data.byteLength === 0)
		fail(ctx, itemIndex, `The binary field "${name}" is empty`, `Give a non-empty ${what}.`);
	const extension = binary.fileExtension ? `.${binary.fileExtension}` : '';
	return { data, fileName: binary.fileName || `${name}${extension}`, mimeType };
}
