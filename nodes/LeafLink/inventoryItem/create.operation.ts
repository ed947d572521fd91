import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import type { LeafLinkClient } from '../transport';
import { batchIdOf, batchLocator, productIdOf, productLocator } from '../shared/locators';
import { fail, isBlank, toId, toNumber } from '../shared/validators';

export const description: INodeProperties[] = [
	{
		displayName:
			'If the product already has a non-archived item at this facility without a batch, LeafLink archives that item and creates this one',
		name: 'createNotice',
		type: 'notice',
		default: '',
	},
	productLocator,
	{
		displayName: 'Facility Name or ID',
		name: 'facility',
		type: 'options',
		typeOptions: { loadOptionsMethod: 'loadFacilities' },
		default: '',
		required: true,
		description:
			'Where the stock is. Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
	},
	batchLocator,
	{
		displayName: 'Quantity',
		name: 'quantity',
		type: 'number',
		typeOptions: { minValue: 0 },
		default: 0,
		required: true,
		description: 'Units in stock',
	},
	{
		displayName: 'Archived',
		name: 'is_archived',
		type: 'boolean',
		default: false,
		description: 'Whether the item is created archived',
	},
];

export async function execute(this: IExecuteFunctions, client: LeafLinkClient, itemIndex: number) {
	const product = productIdOf(this, itemIndex);
	const facility = toId(
		this,
		itemIndex,
		this.getNodeParameter('facility', itemIndex, ''),
		'Facility',
	);
	const batch = batchIdOf(this, itemIndex);
	const rawQuantity = this.getNodeParameter('quantity', itemIndex, undefined) as unknown;
	if (isBlank(rawQuantity))
		fail(this, itemIndex, 'Quantity is required', 'Give the units in stock, e.g. 120.');
	const quantity = toNumber(this, itemIndex, rawQuantity, 'Quantity', { min: 0 });
	const archived = this.getNodeParameter('is_archived', itemIndex, false) as unknown;
	if (typeof archived !== 'boolean')
		fail(this, itemIndex, `Archived must be true or false, not "${String(archived)}"`);
	return await client.request<IDataObject>('POST', '/inventory/items/', {
		body: { product, facility, batch, quantity, is_archived: archived },
		operation: 'Create an inventory item',
		itemIndex,
		verifyHint: 'Look for the item (Get Many, filter Product ID) before creating it again.',
	});
}
