import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import type { LeafLinkClient } from '../transport';
import { locatorId, orderLocator, orderNumberOf } from '../shared/locators';
import { repLocator } from './shared';

export const description: INodeProperties[] = [orderLocator, repLocator];

export async function execute(this: IExecuteFunctions, client: LeafLinkClient, itemIndex: number) {
	const order = orderNumberOf(this, itemIndex);
	const rep = locatorId(this, itemIndex, repLocator);
	return await client.request<IDataObject>('POST', '/order-sales-reps/', {
		body: { order, rep },
		operation: 'Assign a sales rep to an order',
		itemIndex,
		verifyHint: `Get order ${order} and look at its sales reps before running again.`,
	});
}
