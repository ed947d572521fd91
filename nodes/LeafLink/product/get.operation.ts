import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import type { LeafLinkClient } from '../transport';
import {
	optionsCollection,
	outputFields,
	responseShapeOptions,
	responseShapeQuery,
	selectedFieldsQuery,
	shapeOutput,
} from '../shared/output';
import { productLocator, productPath } from '../shared/locators';
import { simplifyProduct } from './shared';

export const productOutputOptions: INodeProperties = optionsCollection(
	responseShapeOptions('product', [
		{ name: 'Images', value: 'images' },
		{ name: 'Strains', value: 'strains' },
		{ name: 'Volume Discounts', value: 'volume_discounts' },
	]),
);

export const description: INodeProperties[] = [
	productLocator,
	productOutputOptions,
	...outputFields(),
];

export async function execute(this: IExecuteFunctions, client: LeafLinkClient, itemIndex: number) {
	const path = productPath(this, itemIndex);
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const product = await client.request<IDataObject>('GET', path, {
		qs: {
			...responseShapeQuery(options),
			...selectedFieldsQuery(this, itemIndex, { simplify: simplifyProduct }, options),
		},
		operation: 'Get a product',
		itemIndex,
	});
	return shapeOutput(this, itemIndex, product, { simplify: simplifyProduct });
}
