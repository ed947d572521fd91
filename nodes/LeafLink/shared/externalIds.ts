import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import type { LeafLinkClient } from '../transport';
import type { OperationModule } from './types';
import { externalIdsField } from './descriptions';
import { externalIdPairs, fail, isBlank } from './params';

/**
 * Set / Remove External ID for the records that carry `external_ids` (orders, products, customers).
 * LeafLink merges the object sent in a PATCH into the stored one, and a key sent as null is removed.
 */
export interface ExternalIdTarget {
	/** the record's locator field (shown first) */
	locator: INodeProperties;
	/** the record's path, e.g. /orders-received/<number>/ , from the item's parameters */
	path(ctx: IExecuteFunctions, itemIndex: number): string;
	/** e.g. "order" */
	label: string;
}

export function setExternalIdOperation(target: ExternalIdTarget): OperationModule {
	return {
		description: [target.locator, { ...externalIdsField(), required: true }],
		async execute(this: IExecuteFunctions, client: LeafLinkClient, itemIndex: number) {
			const path = target.path(this, itemIndex);
			const pairs = ((this.getNodeParameter('externalIds', itemIndex, {}) as IDataObject).pair ?? []) as IDataObject[];
			if (pairs.length === 0) fail(this, itemIndex, 'External IDs: add at least one key and value');
			const externalIds = externalIdPairs(this, itemIndex, pairs);
			return await client.request<IDataObject>('PATCH', path, {
				body: { external_ids: externalIds },
				operation: `Set external ID of ${target.label}`,
				itemIndex,
			});
		},
	};
}

export function removeExternalIdOperation(target: ExternalIdTarget): OperationModule {
	return {
		description: [
			target.locator,
			{
				displayName: 'Keys to Remove',
				name: 'externalIdKeys',
				type: 'string',
				default: '',
				required: true,
				placeholder: 'quickbooks',
				description:
					'The external ID keys to remove, separated by commas. LeafLink recommends removing a key when the record is deleted in the outside system.',
			},
		],
		async execute(this: IExecuteFunctions, client: LeafLinkClient, itemIndex: number) {
			const path = target.path(this, itemIndex);
			const raw = this.getNodeParameter('externalIdKeys', itemIndex, '') as string;
			const keys = isBlank(raw) ? [] : String(raw).split(',').map((k) => k.trim()).filter((k) => k !== '');
			if (keys.length === 0) fail(this, itemIndex, 'Keys to Remove is required', 'Give the key of the external ID to remove, e.g. quickbooks.');
			const body: IDataObject = {};
			for (const key of keys) body[key] = null;
			return await client.request<IDataObject>('PATCH', path, {
				body: { external_ids: body },
				operation: `Remove external ID of ${target.label}`,
				itemIndex,
			});
		},
	};
}
