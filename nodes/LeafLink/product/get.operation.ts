import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import type { LeafLinkClient } from '../transport';
import { responseShapeOptions, responseShapeQuery, simplifyField } from '../shared/output';
import { productLocator, productPath } from '../shared/locators';
import { simplifyProduct } from './shared';

export const productOutputOptions: INodeProperties = {
	displayName: 'Options',
	name: 'options',
	type: 'collection',
	placeholder: 'Add Option',
	default: {},
	options: responseShapeOptions('product', [
		{ name: 'Images', value: 'images' },
		{ name: 'Strains', value: 'strains' },
		{ name: 'Volume Discounts', value: 'volume_discounts' },
	]),
};

export const description: INodeProperties[] = [productLocator, productOutputOptions, simplifyField];

export async function execute(this: IExecuteFunctions, client: LeafLinkClient, itemIndex: number) {
	const path = productPath(this, itemIndex);
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const product = await client.request<IDataObject>('GET', path, { qs: responseShapeQuery(options), operation: 'Get a product', itemIndex });
	const simplify = this.getNodeParameter('simplify', itemIndex, true) as boolean;
	return simplify ? simplifyProduct(product) : product;
}
