import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import type { LeafLinkClient } from '../transport';
import { outputFields, shapeOutput } from '../shared/output';
import type { FieldSpec } from '../shared/fields';
import { fieldProperty } from '../shared/fields';
import { requiredField } from '../shared/fieldValues';
import { toBoolean } from '../shared/validators';
import { productLocator, productPath } from '../shared/locators';
import { simplifyProduct } from './shared';

const quantityField: FieldSpec = {
	name: 'quantity',
	displayName: 'Quantity',
	kind: 'quantity',
	min: 0,
	description: "The inventory level to set, in the product's unit of measure",
};

export const description: INodeProperties[] = [
	productLocator,
	fieldProperty(quantityField, true),
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
	const body: IDataObject = { quantity: requiredField(this, itemIndex, quantityField) };
	const manage = this.getNodeParameter('manageInventory', itemIndex, false) as unknown;
	if (toBoolean(this, itemIndex, manage, 'Turn On Inventory Management'))
		body.inventory_management = '1';
	const product = await client.request<IDataObject>('PATCH', path, {
		body,
		operation: 'Set inventory of a product',
		itemIndex,
	});
	return shapeOutput(this, itemIndex, product, { simplify: simplifyProduct });
}
