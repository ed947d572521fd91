import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import type { LeafLinkClient } from '../transport';
import { simplifyField, toList } from '../shared/descriptions';
import { asPricingMode, pricingOption } from '../lineItem/pricing';
import { orderLocator, orderPath, simplifyOrder } from './shared';

export const description: INodeProperties[] = [
	orderLocator,
	{
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
					{ name: 'Customer', value: 'customer' },
					{ name: 'Line Items', value: 'line_items' },
					{ name: 'Sales Reps', value: 'sales_reps' },
				],
				description: 'Related records to embed in the order',
			},
			pricingOption,
		],
	},
	simplifyField,
];

export async function execute(this: IExecuteFunctions, client: LeafLinkClient, itemIndex: number) {
	const path = orderPath(this, itemIndex);
	const options = this.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const simplify = this.getNodeParameter('simplify', itemIndex, true) as boolean;
	const order = await client.request<IDataObject>('GET', path, {
		qs: {
			include_children: toList(options.includeChildren),
			fields_include: toList(options.fieldsInclude),
			fields_exclude: toList(options.fieldsExclude),
		},
		operation: 'Get an order',
		itemIndex,
	});
	return simplify ? simplifyOrder(order, asPricingMode(options.pricing)) : order;
}
