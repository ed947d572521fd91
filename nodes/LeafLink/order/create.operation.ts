import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import type { LeafLinkClient } from '../transport';
import { simplifyField } from '../shared/output';
import { fail, toId } from '../shared/validators';
import { locatorValue } from '../shared/locators';
import { lineItemsBody, lineItemsField, orderBody, orderFields } from './fields';
import { simplifyOrder } from '../shared/orders';

export const description: INodeProperties[] = [
	{
		displayName: 'Seller Company Name or ID',
		name: 'seller',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'loadCompanies' },
		default: '',
		required: true,
		description: 'Your company, selling on this order. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	{
		displayName: 'Customer',
		name: 'customer',
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		description: "Your customer record for the buyer",
		modes: [
			{ displayName: 'From List', name: 'list', type: 'list', typeOptions: { searchListMethod: 'searchCustomers', searchable: true } },
			{ displayName: 'By ID', name: 'id', type: 'string', placeholder: 'e.g. 148515' },
		],
	},
	{
		displayName: 'Status',
		name: 'status',
		type: 'options',
		default: 'Draft',
		options: [
			{ name: 'Draft', value: 'Draft' },
			{ name: 'Submitted', value: 'Submitted' },
		],
		description: 'LeafLink creates orders as Draft or Submitted',
	},
	lineItemsField,
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: orderFields(false),
	},
	simplifyField,
];

export async function execute(this: IExecuteFunctions, client: LeafLinkClient, itemIndex: number) {
	const seller = toId(this, itemIndex, this.getNodeParameter('seller', itemIndex, ''), 'Seller Company');
	const customer = toId(this, itemIndex, locatorValue(this, itemIndex, 'customer'), 'Customer');
	const status = String(this.getNodeParameter('status', itemIndex, 'Draft'));
	if (status !== 'Draft' && status !== 'Submitted') fail(this, itemIndex, `Status must be Draft or Submitted, not "${status}"`);
	const fields = this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	const lines = ((this.getNodeParameter('lineItems', itemIndex, {}) as IDataObject).item ?? []) as IDataObject[];
	if (lines.length === 0) fail(this, itemIndex, 'Line Items: add at least one line item', 'LeafLink needs a product, quantity and price for each line.');
	const body: IDataObject = {
		seller,
		customer: { id: customer },
		status,
		line_items: lineItemsBody(this, itemIndex, lines, String(fields.currency || 'USD')),
		...orderBody(this, itemIndex, fields),
	};
	const simplify = this.getNodeParameter('simplify', itemIndex, true) as boolean;
	const order = await client.request<IDataObject>('POST', '/orders-received/', {
		body,
		operation: 'Create an order',
		itemIndex,
		verifyHint: body.external_id_seller
			? `Look for an order with Seller Number "${String(body.external_id_seller)}" (Get Many, filter Seller Number) before creating it again.`
			: 'Look for the order in LeafLink before creating it again; set a Seller Order Number so you can find it.',
	});
	return simplify ? simplifyOrder(order) : order;
}
