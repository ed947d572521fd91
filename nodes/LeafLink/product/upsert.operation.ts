import type { IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import type { LeafLinkClient } from '../transport';
import { outputFields, shapeOutput } from '../shared/output';
import {
	upsertByExternalId,
	upsertKeyFields,
	upsertKeyValue,
	upsertOutputNotice,
	withAction,
} from '../shared/upsert';
import { createFormValues, description as createDescription } from './create.operation';
import { productBody } from './body';
import { simplifyProduct } from './shared';

/**
 * The Create form, after the external ID key and value: a new product is created from it (with LeafLink's
 * recommended defaults when that option is on), a found one is updated with exactly what was given.
 */
export const description: INodeProperties[] = [
	upsertOutputNotice,
	...upsertKeyFields,
	...createDescription.filter((p) => !['simplify', 'output', 'fields'].includes(p.name)),
	...outputFields(),
];

export async function execute(this: IExecuteFunctions, client: LeafLinkClient, itemIndex: number) {
	const { key, value } = upsertKeyValue(this, itemIndex);
	const values = createFormValues(this, itemIndex);
	const applyDefaults = this.getNodeParameter('applyDefaults', itemIndex, true) as boolean;
	// every value given is checked before the lookup; the create body (with the defaults) is built only to create
	await productBody(this, client, itemIndex, values, { mode: 'update' });
	const result = await upsertByExternalId(
		this,
		client,
		itemIndex,
		{
			listPath: '/products/',
			label: 'product',
			keyOf: (p) => Number(p.id),
			recordPath: (id) => `/products/${id}/`,
			createAcceptsExternalIds: true,
		},
		{
			key,
			value,
			createBody: async () =>
				await productBody(this, client, itemIndex, values, { mode: 'create', applyDefaults }),
			// an existing product gets what the user gave, not LeafLink's defaults for new products
			updateBody: async (existing) =>
				await productBody(this, client, itemIndex, values, {
					mode: 'update',
					productId: Number(existing.id),
				}),
		},
	);
	return withAction(
		result,
		shapeOutput(this, itemIndex, result.record, { simplify: simplifyProduct }),
	);
}
