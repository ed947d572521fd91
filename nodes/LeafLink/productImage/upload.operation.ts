import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import type { LeafLinkClient } from '../transport';
import { binaryPropertyField, readBinaryFile } from '../shared/binary';
import { fail, isBlank, toNumber } from '../shared/validators';
import { productIdOf, productLocator } from '../shared/locators';

export const description: INodeProperties[] = [
	{ ...productLocator, description: 'The product the image belongs to' },
	binaryPropertyField('image'),
	{
		displayName: 'Position',
		name: 'position',
		type: 'number',
		typeOptions: { minValue: 1, maxValue: 5 },
		default: 1,
		required: true,
		description: "Where the image shows among the product's images, 1 (first) to 5",
	},
];

export async function execute(this: IExecuteFunctions, client: LeafLinkClient, itemIndex: number) {
	const product = productIdOf(this, itemIndex);
	const raw = this.getNodeParameter('position', itemIndex, undefined) as unknown;
	if (isBlank(raw)) fail(this, itemIndex, 'Position is required', 'Give a position from 1 to 5.');
	const position = toNumber(this, itemIndex, raw, 'Position');
	if (!Number.isInteger(position) || position < 1 || position > 5) {
		fail(
			this,
			itemIndex,
			`Position must be a whole number from 1 to 5, not ${position}`,
			'LeafLink shows at most five images per product.',
		);
	}
	const image = await readBinaryFile(this, itemIndex, 'image', {
		test: (type) => type.startsWith('image/') || type === 'application/octet-stream',
		expected: 'an image (JPEG, PNG, ...)',
	});
	return await client.request<IDataObject>('POST', '/product-images/', {
		multipart: [
			['product', product],
			['position', position],
			['image', image],
		],
		operation: 'Upload a product image',
		itemIndex,
		verifyHint: "Look at the product's images (Get Many) before uploading it again.",
	});
}
