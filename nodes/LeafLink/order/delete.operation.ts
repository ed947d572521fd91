import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import type { LeafLinkClient } from '../transport';
import { fail } from '../shared/validators';
import { orderLocator, orderNumberOf } from '../shared/locators';

export const description: INodeProperties[] = [
	{
		displayName:
			'Only draft orders can be deleted. To stop any other order, use Transition with Cancel or Reject.',
		name: 'deleteNotice',
		type: 'notice',
		default: '',
	},
	orderLocator,
];

export async function execute(this: IExecuteFunctions, client: LeafLinkClient, itemIndex: number) {
	const number = orderNumberOf(this, itemIndex);
	const path = `/orders-received/${number}/`;
	// LeafLink deletes drafts only; checking first turns its refusal into a clear message before anything is changed
	const order = await client.request<IDataObject>('GET', path, {
		qs: { fields_include: 'number,status' },
		operation: 'Delete an order',
		itemIndex,
	});
	if (order.status !== 'Draft') {
		fail(
			this,
			itemIndex,
			`Only draft orders can be deleted; order ${number} is ${String(order.status)}`,
			'Use Transition with Cancel (or Reject for a submitted order) instead.',
		);
	}
	await client.request('DELETE', path, { operation: 'Delete an order', itemIndex });
	return { number, deleted: true };
}
