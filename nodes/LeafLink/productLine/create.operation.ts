import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import type { LeafLinkClient } from '../transport';
import { fail, isBlank } from '../shared/validators';
import { brandField, menuPositionField, nameField, productLineBody } from './shared';

export const description: INodeProperties[] = [
	{ ...nameField, required: true },
	{ ...brandField, required: true },
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [menuPositionField],
	},
];

export async function execute(this: IExecuteFunctions, client: LeafLinkClient, itemIndex: number) {
	const name = this.getNodeParameter('name', itemIndex, undefined) as unknown;
	const brand = this.getNodeParameter('brand', itemIndex, undefined) as unknown;
	if (isBlank(name)) fail(this, itemIndex, 'Name is required', 'Give the product line a name.');
	if (isBlank(brand))
		fail(this, itemIndex, 'Brand is required', 'Choose the brand the product line belongs to.');
	const additional = this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	const body = productLineBody(this, itemIndex, {
		name: name as string,
		brand: brand as string,
		...additional,
	});
	return await client.request<IDataObject>('POST', '/product-lines/', {
		body,
		operation: 'Create a product line',
		itemIndex,
		verifyHint: 'Look for the product line (Get Many) before creating it again.',
	});
}
