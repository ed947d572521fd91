import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { shapeOutput } from '../shared/output';
import type { LeafLinkClient } from '../transport';
import {
	upsertByExternalId,
	upsertKeyFields,
	upsertKeyValue,
	upsertOutputNotice,
} from '../shared/upsert';
import { description as createDescription } from './create.operation';
import { orderBody, orderCreateBody, orderCreateFields, orderCreateOnlyFields } from './fields';
import { simplifyOrder } from '../shared/orders';

export const description: INodeProperties[] = [
	upsertOutputNotice,
	{
		displayName:
			'When the order exists, only the Additional Fields an order update takes are changed. Seller, customer, status and line items are used when creating; change line items with the Line Item resource and status with Transition. The output lists anything not applied in <code>_not_updated</code>.',
		name: 'upsertOrderNotice',
		type: 'notice',
		default: '',
	},
	...upsertKeyFields,
	...createDescription,
];

export async function execute(this: IExecuteFunctions, client: LeafLinkClient, itemIndex: number) {
	const { key, value } = upsertKeyValue(this, itemIndex);
	const createBody = orderCreateBody(this, itemIndex);
	const fields = this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	const updateBody = orderBody(this, itemIndex, orderCreateFields, fields);
	const notUpdated = ['seller', 'customer', 'status', 'line_items'];
	// the Create form's fields the PATCH of an order does not take
	for (const { name } of orderCreateOnlyFields) {
		if (name in updateBody) {
			delete updateBody[name];
			notUpdated.push(name);
		}
	}
	const result = await upsertByExternalId(
		this,
		client,
		itemIndex,
		{
			listPath: '/orders-received/',
			label: 'order',
			keyOf: (o) => String(o.number),
			recordPath: (number) => `/orders-received/${number}/`,
			lookupQuery: { fields_include: 'number,external_ids' },
			// the spec's order create has no external_ids: the new order gets it with a PATCH
			createAcceptsExternalIds: false,
		},
		{ key, value, createBody: () => createBody, updateBody: () => updateBody },
	);
	const record = shapeOutput(this, itemIndex, result.record, {
		simplify: (o) => simplifyOrder(o),
		key: 'number',
	});
	return {
		_action: result.action,
		...(result.action === 'updated' ? { _not_updated: notUpdated } : {}),
		...record,
	};
}
