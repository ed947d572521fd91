import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import type { LeafLinkClient } from '../transport';
import { locatorId } from '../shared/locators';
import { optionsCollection } from '../shared/output';
import { expandProductOption, lineItemLocator, outputFields, outputLines } from './shared';

export const description: INodeProperties[] = [
	lineItemLocator,
	optionsCollection([expandProductOption]),
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
