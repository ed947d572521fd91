import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import type { LeafLinkClient, Query } from '../transport';
import { EXTERNAL_ID_MAX_LENGTH } from './externalIds';
import { fail, isBlank } from './validators';

/**
 * Create or Update (by External ID), written once for orders, customers and products.
 *
 * LeafLink has no idempotency key, so a sync that retries a create can make duplicates. Instead the record is
 * looked up by `external_id_key` + `external_id_values`: exactly one match is updated (PATCH), none is created
 * with the external ID set, several fail naming the key and the matching records.
 * The output is the record plus `_action: 'created' | 'updated'`.
 */

export type UpsertAction = 'created' | 'updated';

export interface UpsertTarget {
	/** list path that takes external_id_key / external_id_values, e.g. '/customers/' */
	listPath: string;
	/** e.g. 'customer' */
	label: string;
	/** the record's key (id or number) */
	keyOf(record: IDataObject): string | number;
	/** the record's path from its key, e.g. (id) => `/customers/${id}/` */
	recordPath(key: string | number): string;
	/** extra query for the lookup (e.g. fields_include), when the list accepts it */
	lookupQuery?: Query;
	/**
	 * Whether the create body may carry `external_ids`. When the create schema does not declare it (orders),
	 * the record is created first and the external ID is then set with a PATCH.
	 */
	createAcceptsExternalIds: boolean;
}

export interface UpsertInput {
	key: string;
	value: string;
	/** body for POST (without the external ID; it is added here) */
	/** body for POST when nothing matched (without the external ID; it is added here); callers validate their input before the lookup */
	createBody(): IDataObject | Promise<IDataObject>;
	/** body for PATCH on the one match; an empty body means nothing to change (the record is read back) */
	updateBody(existing: IDataObject): IDataObject | Promise<IDataObject>;
}

export interface UpsertResult {
	action: UpsertAction;
	record: IDataObject;
}

/** The two fields every upsert shows first. */
export const upsertKeyFields: INodeProperties[] = [
	{
		displayName: 'External ID Key',
		name: 'upsertKey',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'quickbooks',
		description: 'The outside system whose ID identifies the record (the key in external_ids)',
	},
	{
		displayName: 'External ID Value',
		name: 'upsertValue',
		type: 'string',
		default: '',
		required: true,
		placeholder: 'INV-1092',
		description: `The record's ID in that system (at most ${EXTERNAL_ID_MAX_LENGTH} characters). The record with this external ID is updated; when there is none, one is created with it.`,
	},
];

export const upsertOutputNotice: INodeProperties = {
	displayName:
		'The output carries <code>_action</code>: "created" when no record had this external ID, "updated" when exactly one had. When several have it, the step fails and names them.',
	name: 'upsertNotice',
	type: 'notice',
	default: '',
};

/** Reads and validates the key and value parameters. */
export function upsertKeyValue(
	ctx: IExecuteFunctions,
	itemIndex: number,
): { key: string; value: string } {
	const rawKey = ctx.getNodeParameter('upsertKey', itemIndex, '') as unknown;
	const rawValue = ctx.getNodeParameter('upsertValue', itemIndex, '') as unknown;
	if (isBlank(rawKey))
		fail(
			ctx,
			itemIndex,
			'External ID Key is required',
			'Name the outside system, e.g. "quickbooks".',
		);
	if (isBlank(rawValue))
		fail(
			ctx,
			itemIndex,
			'External ID Value is required',
			"Give the record's ID in the outside system.",
		);
	const key = String(rawKey).trim();
	const value = String(rawValue).trim();
	if (key.includes(',')) fail(ctx, itemIndex, `External ID Key must not contain a comma: "${key}"`);
	// LeafLink reads external_id_values as a comma-separated list, so a comma would look up two values
	if (value.includes(','))
		fail(
			ctx,
			itemIndex,
			`External ID Value must not contain a comma: "${value}"`,
			'LeafLink reads commas in external ID values as separators.',
		);
	if (value.length > EXTERNAL_ID_MAX_LENGTH) {
		fail(
			ctx,
			itemIndex,
			`External ID Value is ${value.length} characters; LeafLink allows at most ${EXTERNAL_ID_MAX_LENGTH}`,
		);
	}
	return { key, value };
}

export async function upsertByExternalId(
	ctx: IExecuteFunctions,
	client: LeafLinkClient,
	itemIndex: number,
	target: UpsertTarget,
	input: UpsertInput,
): Promise<UpsertResult> {
	const { key, value } = input;
	const page = await client.request<{ results?: IDataObject[] }>('GET', target.listPath, {
		qs: {
			...(target.lookupQuery ?? {}),
			external_id_key: key,
			external_id_values: value,
			limit: 10,
			offset: 0,
		},
		operation: `Look up ${target.label} by external ID`,
		itemIndex,
	});
	// keep only exact matches, whatever the server's matching rules are
	const matches = (page?.results ?? []).filter((r) => {
		const ids = r.external_ids as IDataObject | undefined;
		return ids !== undefined && ids !== null && String(ids[key]) === value;
	});

	if (matches.length > 1) {
		const keys = matches.map((m) => String(target.keyOf(m)));
		fail(
			ctx,
			itemIndex,
			`${matches.length} ${target.label}s have the external ID ${key} = "${value}": ${keys.join(', ')}`,
			`Only one ${target.label} may carry an external ID for an upsert. Remove the external ID "${key}" from all but one of them (Remove External ID), then run again.`,
		);
	}

	if (matches.length === 1) {
		const existing = matches[0];
		const id = target.keyOf(existing);
		const body = await input.updateBody(existing);
		const record =
			Object.keys(body).length === 0
				? await client.request<IDataObject>('GET', target.recordPath(id), {
						operation: `Get ${target.label}`,
						itemIndex,
					})
				: await client.request<IDataObject>('PATCH', target.recordPath(id), {
						body,
						operation: `Update ${target.label} found by external ID`,
						itemIndex,
					});
		return { action: 'updated', record };
	}

	const createBody = await input.createBody();
	const verifyHint = `Look for a ${target.label} with external ID ${key} = "${value}" (Get Many, filter External ID Key/Values) before running again.`;
	if (target.createAcceptsExternalIds) {
		const existingIds = (createBody.external_ids as IDataObject | undefined) ?? {};
		const record = await client.request<IDataObject>('POST', target.listPath, {
			body: { ...createBody, external_ids: { ...existingIds, [key]: value } },
			operation: `Create ${target.label}`,
			itemIndex,
			verifyHint,
		});
		return { action: 'created', record };
	}

	const created = await client.request<IDataObject>('POST', target.listPath, {
		body: createBody,
		operation: `Create ${target.label}`,
		itemIndex,
		verifyHint,
	});
	const createdKey = target.keyOf(created);
	try {
		const record = await client.request<IDataObject>('PATCH', target.recordPath(createdKey), {
			body: { external_ids: { [key]: value } },
			operation: `Set external ID of the new ${target.label}`,
			itemIndex,
		});
		return { action: 'created', record };
	} catch (error) {
		const e = error as Error & { description?: string };
		throw new NodeOperationError(
			ctx.getNode(),
			`The ${target.label} was created (${String(createdKey)}) but its external ID could not be set: ${e.message}`,
			{
				itemIndex,
				description:
					`Do not run this again, or a second ${target.label} is created. Set the external ID ${key} = "${value}" on ${target.label} ${String(createdKey)} with Set External ID. ${e.description ?? ''}`.trim(),
			},
		);
	}
}

/** The record with `_action` first, as every upsert outputs it. */
export function withAction(result: UpsertResult, record: IDataObject = result.record): IDataObject {
	return { _action: result.action, ...record };
}
