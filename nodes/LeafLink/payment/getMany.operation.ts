import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import type { LeafLinkClient } from '../transport';
import { getListFromParameters, listFields } from '../shared/listing';
import { outputFields, shapeOutput } from '../shared/output';
import { orderLocator, orderNumberOf } from '../shared/locators';
import { simplifyPayment } from './shared';

export const description: INodeProperties[] = [
	{
		displayName: 'Payments Of',
		name: 'scope',
		description:
			'All Orders: payments of every order; One Order: the payments of one order (give its number, a UUID)',
		type: 'options',
		default: 'all',
		options: [
			{ name: 'All Orders', value: 'all', description: 'Every payment your company recorded' },
			{ name: 'One Order', value: 'order', description: 'The payments of one order' },
		],
	},
	{ ...orderLocator, displayOptions: { show: { scope: ['order'] } } },
	...listFields('payments').map((f) =>
		f.name === 'returnAll' || f.displayOptions
			? { ...f, displayOptions: { show: { ...(f.displayOptions?.show ?? {}), scope: ['all'] } } }
			: f,
	),
	...outputFields(),
];

export async function execute(this: IExecuteFunctions, client: LeafLinkClient, itemIndex: number) {
	const scope = this.getNodeParameter('scope', itemIndex, 'all') as string;
	let payments: IDataObject[];
	if (scope === 'order') {
		const number = orderNumberOf(this, itemIndex);
		// LeafLink answers the payments of one order as one bare list
		payments = await client.getList(
			`/orders-received/${number}/payments/`,
			{},
			{ returnAll: true, operation: 'Get the payments of an order', itemIndex },
		);
	} else {
		payments = await getListFromParameters(
			this,
			client,
			itemIndex,
			'/order-payments/',
			{},
			'Get many payments',
		);
	}
	return shapeOutput(this, itemIndex, payments, { simplify: simplifyPayment });
}
