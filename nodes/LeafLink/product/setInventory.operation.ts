import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import type { LeafLinkClient } from '../transport';
import { outputFields, shapeOutput } from '../shared/output';
import { fail, toNumber } from '../shared/validators';
import { productLocator, productPath } from '../shared/locators';
import { simplifyProduct } from './shared';

export const description: INodeProperties[] = [
	productLocator,
	{
		displayName: 'Quantity',
		name: 'quantity',
		type: 'number',
		typeOptions: { minValue: 0 },
		default: 0,
		required: true,
		description: "The inventory level to set, in the product's unit of measure",
	},
	{
		displayName: 'Turn On Inventory Management',
		name: 'manageInventory',
		type: 'boolean',
		default: false,
		description:
			'Whether to also switch the product to managed inventory, so LeafLink tracks and shows this quantity',
	},
	...outputFields(),
];

export async function execute(this: IExecuteFunctions, client: LeafLinkClient, itemIndex: number) {
	const path = productPath(this, itemIndex);
	const raw = this.getNodeParameter('quantity', itemIndex, undefined) as unknown;
	if (raw === undefined || raw === null || raw === '')
		fail(this, itemIndex, 'Quantity is required', 'Give the inventory level to set, e.g. 120.');
	const quantity = toNumber(this, itemIndex, raw, 'Quantity', { min: 0 });
	const body: IDataObject = { quantity: String(quantity) };
	if (this.getNodeParameter('manageInventory', itemIndex, false) as boolean)
		body.inventory_management = '1';
	const product = await client.request<IDataObject>('PATCH', path, {
		body,
		operation: 'Set inventory of a product',
		itemIndex,
	});
	return shapeOutput(this, itemIndex, product, { simplify: simplifyProduct });
}
