import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import type { LeafLinkClient } from '../transport';
import { outputFields, shapeOutput } from '../shared/output';
import { productLocator, productPath } from '../shared/locators';
import { simplifyProduct } from './shared';

export const description: INodeProperties[] = [
	{
		displayName:
			'LeafLink archives products rather than deleting them: the product leaves your menu and its listing state becomes Archived',
		name: 'archiveNotice',
		type: 'notice',
		default: '',
	},
	productLocator,
	...outputFields(),
];

export async function execute(this: IExecuteFunctions, client: LeafLinkClient, itemIndex: number) {
	const path = productPath(this, itemIndex);
	const product = await client.request<IDataObject | undefined>('DELETE', path, {
		operation: 'Archive a product',
		itemIndex,
	});
	if (!product || typeof product !== 'object')
		return { id: Number(path.split('/')[2]), archived: true };
	return shapeOutput(this, itemIndex, product, { simplify: simplifyProduct });
}
