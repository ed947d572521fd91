import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import type { LeafLinkClient } from '../transport';
import { locatorId } from '../shared/locators';
import { lineItemLocator, outputFields, outputLines } from './shared';

export const description: INodeProperties[] = [
	lineItemLocator,
	{
		displayName: 'Options',
		name: 'options',
		type: 'collection',
		placeholder: 'Add Option',
		default: {},
		options: [
			{
				displayName: 'Expand Product',
				name: 'expandProduct',
				type: 'boolean',
				default: false,
				description: 'Whether to embed the full product instead of its ID',
			},
		],
	},
	...outputFields,
];

export async function execute(this: IExecuteFunctions, client: LeafLinkClient, itemIndex: number) {
	const id = locatorId(this, itemIndex, lineItemLocator);
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const line = await client.request<IDataObject>('GET', `/line-items/${id}/`, {
		qs: { expand: options.expandProduct ? 'product' : undefined },
		operation: 'Get a line item',
		itemIndex,
	});
	return outputLines(this, itemIndex, [line])[0];
}
