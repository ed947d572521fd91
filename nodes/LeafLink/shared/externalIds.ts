import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import type { LeafLinkClient } from '../transport';
import type { FilterSpec } from './filters';
import type { OperationModule } from './types';
import { fail, isBlank } from './validators';

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
			const pairs = ((this.getNodeParameter('externalIds', itemIndex, {}) as IDataObject).pair ??
				[]) as IDataObject[];
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
			const keys = isBlank(raw)
				? []
				: String(raw)
						.split(',')
						.map((k) => k.trim())
						.filter((k) => k !== '');
			if (keys.length === 0)
				fail(
					this,
					itemIndex,
					'Keys to Remove is required',
					'Give the key of the external ID to remove, e.g. quickbooks.',
				);
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

/** LeafLink caps an external ID value at 36 characters. */
export const EXTERNAL_ID_MAX_LENGTH = 36;

/**
 * External IDs as the user gave them (key + value pairs). A blank value is an error; over 36 characters is an error.
 */
export function externalIdPairs(
	ctx: IExecuteFunctions,
	itemIndex: number,
	pairs: Array<{ key?: unknown; value?: unknown }>,
	label = 'External ID',
): IDataObject {
	const out: IDataObject = {};
	for (const pair of pairs) {
		if (isBlank(pair.key))
			fail(
				ctx,
				itemIndex,
				`${label}: a key is empty`,
				'Name the outside system, e.g. "quickbooks".',
			);
		if (isBlank(pair.value))
			fail(
				ctx,
				itemIndex,
				`${label} "${String(pair.key)}": the value is empty`,
				'To remove a key use Remove External ID.',
			);
		const value = String(pair.value).trim();
		if (value.length > EXTERNAL_ID_MAX_LENGTH) {
			fail(
				ctx,
				itemIndex,
				`${label} "${String(pair.key)}": the value is ${value.length} characters; LeafLink allows at most ${EXTERNAL_ID_MAX_LENGTH}`,
			);
		}
		out[String(pair.key).trim()] = value;
	}
	return out;
}

/** The key/value editor for external IDs, used by set operations and by create/update forms. */
export function externalIdsField(
	name = 'externalIds',
	displayName = 'External IDs',
): INodeProperties {
	return {
		displayName,
		name,
		type: 'fixedCollection',
		typeOptions: { multipleValues: true },
		placeholder: 'Add External ID',
		default: {},
		description:
			'IDs of this record in outside systems, e.g. key "quickbooks" and the record\'s QuickBooks ID (at most 36 characters)',
		options: [
			{
				displayName: 'External ID',
				name: 'pair',
				values: [
					{
						displayName: 'Key',
						name: 'key',
						type: 'string',
						default: '',
						placeholder: 'quickbooks',
						description: 'Name of the outside system',
					},
					{
						displayName: 'Value',
						name: 'value',
						type: 'string',
						default: '',
						placeholder: 'INV-1092',
						description: 'The ID in that system, at most 36 characters',
					},
				],
			},
		],
	};
}

/** The external ID filters of orders, products and customers (Get Many): a key and its values, both or neither. */
export const externalIdFilters: FilterSpec[] = [
	{
		name: 'externalIdKey',
		displayName: 'External ID Key',
		kind: 'text',
		param: 'external_id_key',
		placeholder: 'quickbooks',
		description: 'Only records with an external ID under this key (use with External ID Values)',
		requires: 'externalIdValues',
		missingHint: 'Name the outside system the values belong to.',
	},
	{
		name: 'externalIdValues',
		displayName: 'External ID Values',
		kind: 'textList',
		param: 'external_id_values',
		placeholder: 'INV-1, INV-2',
		description:
			'Only records whose external ID under the key is one of these, separated by commas',
		requires: 'externalIdKey',
		missingHint: 'Give one or more IDs, separated by commas.',
	},
];
