import type { IExecuteFunctions, INodeExecutionData, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';
import { resources } from './resources';
import { requestOptionsProperty, route } from './router';
import { resourceProperties } from './shared/resource';

export class LeafLink implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'LeafLink',
		name: 'leafLink',
		icon: { light: 'file:leafLink.svg', dark: 'file:leafLink.dark.svg' },
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description: 'Sell on LeafLink: orders, products, inventory, batches, customers and more',
		defaults: { name: 'LeafLink' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials: [{ name: 'leafLinkApi', required: true }],
		properties: [
			{
				displayName: 'Resource',
				name: 'resource',
				type: 'options',
				noDataExpression: true,
				options: [...resources]
					.sort((a, b) => a.name.localeCompare(b.name))
					.map((r) => ({ name: r.name, value: r.value, description: r.description })),
				default: 'order',
			},
			...resources.flatMap((r) => resourceProperties(r)),
			requestOptionsProperty,
		],
	};

	methods = {
		listSearch: Object.assign({}, ...resources.map((r) => r.listSearch ?? {})),
		loadOptions: Object.assign({}, ...resources.map((r) => r.loadOptions ?? {})),
	};

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await route.call(this);
	}
}
