import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import type { LeafLinkClient } from '../transport';
import { orderLocator, orderNumberOf } from '../shared/locators';

export const description: INodeProperties[] = [orderLocator];

export async function execute(this: IExecuteFunctions, client: LeafLinkClient, itemIndex: number) {
	const number = orderNumberOf(this, itemIndex);
	return await client.request<IDataObject>('GET', `/orders/${number}/delivery-information/`, {
		operation: 'Get the delivery information of an order',
		itemIndex,
	});
}
