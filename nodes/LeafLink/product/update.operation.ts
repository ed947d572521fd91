import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import type { LeafLinkClient } from '../transport';
import { outputFields, shapeOutput } from '../shared/output';
import { productUpdateProperties } from './fields';
import { productBody } from './body';
import { productIdOf, productLocator } from '../shared/locators';
import { simplifyProduct } from './shared';

export const description: INodeProperties[] = [
	productLocator,
	{
		displayName: 'Update Fields',
		name: 'updateFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: productUpdateProperties(),
	},
	...outputFields(),
];

export async function execute(this: IExecuteFunctions, client: LeafLinkClient, itemIndex: number) {
	const id = productIdOf(this, itemIndex);
	const fields = this.getNodeParameter('updateFields', itemIndex, {}) as IDataObject;
	const body = await productBody(this, client, itemIndex, fields, {
		mode: 'update',
		productId: id,
	});
	const product = await client.request<IDataObject>('PATCH', `/products/${id}/`, {
		body,
		operation: 'Update a product',
		itemIndex,
	});
	return shapeOutput(this, itemIndex, product, { simplify: simplifyProduct });
}
