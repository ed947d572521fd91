import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import type { ResourceDefinition } from './types';

/**
 * The Operation picker of a resource plus every operation's fields, each shown only for its own operation. Each
 * operation also gets the tool variant's Description field, prefilled with its `toolDescription`: n8n adds its own
 * auto/manual description fields only when the node has no `toolDescription` property, so ours replace them.
 */
export function resourceProperties(resource: ResourceDefinition): INodeProperties[] {
	const firstOperation = resource.operations[0].value;
	const picker: INodeProperties = {
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: [resource.value] } },
		options: [...resource.operations]
			.sort((a, b) => a.name.localeCompare(b.name))
			.map((op) => ({
				name: op.name,
				value: op.value,
				action: op.action,
				description: op.description,
			})),
		default: firstOperation,
	};
	const toolDescriptions: INodeProperties[] = resource.operations.map(
		({ value, toolDescription }) => ({
			displayName: 'Description',
			name: 'toolDescription',
			type: 'string',
			typeOptions: { rows: 3 },
			default: toolDescription,
			description:
				'What the AI model reads about this tool: what it does, what it returns and the IDs it takes',
			displayOptions: {
				show: { '@tool': [true], resource: [resource.value], operation: [value] },
			},
		}),
	);
	const fields = resource.operations.flatMap((op) =>
		updateDisplayOptions(
			{ show: { resource: [resource.value], operation: [op.value] } },
			op.module.description,
		),
	);
	return [picker, ...toolDescriptions, ...fields];
}
