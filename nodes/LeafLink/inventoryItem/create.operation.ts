import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import type { LeafLinkClient } from '../transport';
import type { FieldSpec } from '../shared/fields';
import { fieldProperty } from '../shared/fields';
import { buildBody, requiredBody } from '../shared/fieldValues';
import { batchIdOf, batchLocator, productIdOf, productLocator } from '../shared/locators';
import { archivedField, facilityField, quantityField } from './shared';

const archivedOnCreateField: FieldSpec = {
	...archivedField,
	description: 'Whether the item is created archived',
};

export const description: INodeProperties[] = [
	{
		displayName:
			'If the product already has a non-archived item at this facility without a batch, LeafLink archives that item and creates this one',
		name: 'createNotice',
		type: 'notice',
		default: '',
	},
	productLocator,
	fieldProperty(facilityField, true),
	batchLocator,
	fieldProperty(quantityField, true),
	fieldProperty(archivedOnCreateField),
];

export async function execute(this: IExecuteFunctions, client: LeafLinkClient, itemIndex: number) {
	const body: IDataObject = {
		product: productIdOf(this, itemIndex),
		batch: batchIdOf(this, itemIndex),
		...requiredBody(this, itemIndex, [facilityField, quantityField]),
		...buildBody(this, itemIndex, [archivedOnCreateField], {
			is_archived: this.getNodeParameter('is_archived', itemIndex, false) as IDataObject[string],
		}),
	};
	return await client.request<IDataObject>('POST', '/inventory/items/', {
		body,
		operation: 'Create an inventory item',
		itemIndex,
		verifyHint: 'Look for the item (Get Many, filter Product ID) before creating it again.',
	});
}
