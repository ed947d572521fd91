import type { INodeProperties } from 'n8n-workflow';
import { updateDisplayOptions } from 'n8n-workflow';
import type { ResourceDefinition } from './types';

/** The Operation picker of a resource plus every operation's fields, each shown only for its own operation. */
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
	const fields = resource.operations.flatMap((op) =>
		updateDisplayOptions({ show: { resource: [resource.value], operation: [op.value] } }, op.module.description),
	);
	return [picker, ...fields];
}
