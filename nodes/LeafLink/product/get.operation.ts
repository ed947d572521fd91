import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import type { LeafLinkClient } from '../transport';
import { simplifyField, toList } from '../shared/descriptions';
import { productLocator, productPath, simplifyProduct } from './shared';

export const productOutputOptions: INodeProperties = {
	displayName: 'Options',
	name: 'options',
	type: 'collection',
	placeholder: 'Add Option',
	default: {},
	options: [
		{ displayName: 'Fields to Exclude', name: 'fieldsExclude', type: 'string', default: '', description: 'Fields to leave out, separated by commas' },
		{ displayName: 'Fields to Include', name: 'fieldsInclude', type: 'string', default: '', description: 'Only these fields, separated by commas' },
		{
			displayName: 'Include Children',
			name: 'includeChildren',
			type: 'multiOptions',
			default: [],
			options: [
				{ name: 'Images', value: 'images' },
				{ name: 'Strains', value: 'strains' },
				{ name: 'Volume Discounts', value: 'volume_discounts' },
			],
			description: 'Related records to embed',
		},
	],
};

export function outputQuery(options: IDataObject) {
	return {
		include_children: toList(options.includeChildren),
		fields_include: toList(options.fieldsInclude),
		fields_exclude: toList(options.fieldsExclude),
	};
}

export const description: INodeProperties[] = [productLocator, productOutputOptions, simplifyField];

export async function execute(this: IExecuteFunctions, client: LeafLinkClient, itemIndex: number) {
	const path = productPath(this, itemIndex);
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const product = await client.request<IDataObject>('GET', path, { qs: outputQuery(options), operation: 'Get a product', itemIndex });
	const simplify = this.getNodeParameter('simplify', itemIndex, true) as boolean;
	return simplify ? simplifyProduct(product) : product;
}
