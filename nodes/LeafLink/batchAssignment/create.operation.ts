import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import type { LeafLinkClient } from '../transport';
import { batchIdOf, batchLocator, productIdOf, productLocator } from '../shared/locators';

export const description: INodeProperties[] = [productLocator, batchLocator];

export async function execute(this: IExecuteFunctions, client: LeafLinkClient, itemIndex: number) {
	const product = productIdOf(this, itemIndex);
	const batch = batchIdOf(this, itemIndex);
	// ProductBatchCreate types the product ID as a string and the batch ID as an integer
	return await client.request<IDataObject>('POST', '/product-batches/', {
		body: { product: String(product), batch },
		operation: 'Assign a product to a batch',
		itemIndex,
		verifyHint: 'Look for the assignment (Get Many) before creating it again.',
	});
}
