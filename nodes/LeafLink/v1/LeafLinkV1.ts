import type {
	IExecuteFunctions,
	INodeExecutionData,
	INodeTypeBaseDescription,
	INodeTypeDescription,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';
import { listSearch, loadOptions } from '../methods';
import { resources } from '../resources';
import { requestOptionsProperty, route } from '../router';
import { resourceProperties } from '../shared/resource';

/**
 * Version 1 of the LeafLink node: every resource and operation as they stand, run by the router. Its name, icon and
 * the rest of what all versions share come from the base description in ../LeafLink.node.ts; that it is a valid
 * node type is checked where it is registered (`nodeVersions` there is typed as INodeType).
 */
export class LeafLinkV1 {
	description: INodeTypeDescription;

	constructor(baseDescription: INodeTypeBaseDescription) {
		this.description = {
			...baseDescription,
			version: 1,
			defaults: { name: 'LeafLink' },
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
	}

	methods = { listSearch, loadOptions };

	async execute(this: IExecuteFunctions): Promise<INodeExecutionData[][]> {
		return await route.call(this);
	}
}
