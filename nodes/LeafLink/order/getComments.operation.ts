import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import type { LeafLinkClient } from '../transport';
import { orderLocator, orderNumberOf } from '../shared/locators';

export const description: INodeProperties[] = [orderLocator];

export async function execute(this: IExecuteFunctions, client: LeafLinkClient, itemIndex: number) {
	const number = orderNumberOf(this, itemIndex);
	// LeafLink answers the comments of an order as one bare list; each comment becomes one item
	return (await client.getList(
		`/orders-received/${number}/comments/`,
		{},
		{ returnAll: true, operation: 'Get the comments of an order', itemIndex },
	)) as IDataObject[];
}
