import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import type { LeafLinkClient } from '../transport';
import { outputFields, shapeOutput } from '../shared/output';
import type { FieldSpec } from '../shared/fields';
import { fieldProperty } from '../shared/fields';
import { requiredField } from '../shared/fieldValues';
import { orderLocator, orderNumberOf } from '../shared/locators';
import { simplifyOrder } from '../shared/orders';

/** The status change: it goes into the request's path (LeafLink's transition/{action}/), not a body. */
const transitionField: FieldSpec = {
	name: 'transition',
	displayName: 'Transition',
	kind: 'options',
	default: 'accept',
	options: [
		{ name: 'Accept', value: 'accept', description: 'Submitted → Accepted' },
		{ name: 'Cancel', value: 'cancel', description: 'Cancel an order that is not yet shipped' },
		{ name: 'Complete', value: 'complete', description: 'Fulfilled or Shipped → Complete' },
		{ name: 'Fulfill', value: 'fulfill', description: 'Accepted → Fulfilled' },
		{ name: 'Reject', value: 'reject', description: 'Submitted → Rejected' },
		{ name: 'Ship', value: 'ship', description: 'Fulfilled → Shipped' },
		{ name: 'Submit', value: 'submit', description: 'Draft → Submitted' },
	],
	description:
		'The status change to make. LeafLink refuses a change the current status does not allow.',
};

export const description: INodeProperties[] = [
	orderLocator,
	fieldProperty(transitionField, true),
	...outputFields(),
];

export async function execute(this: IExecuteFunctions, client: LeafLinkClient, itemIndex: number) {
	const number = orderNumberOf(this, itemIndex);
	const action = requiredField(this, itemIndex, transitionField) as string;
	const order = await client.request<IDataObject>(
		'POST',
		`/orders-received/${number}/transition/${action}/`,
		{
			operation: `Transition order (${action})`,
			itemIndex,
			verifyHint: `Get order ${number} to see whether its status changed before running it again.`,
		},
	);
	return shapeOutput(this, itemIndex, order, { simplify: (o) => simplifyOrder(o), key: 'number' });
}
