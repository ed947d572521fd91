import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import type { LeafLinkClient } from '../transport';
import { outputFields, shapeOutput } from '../shared/output';
import { fail } from '../shared/validators';
import { orderLocator, orderNumberOf } from '../shared/locators';
import { simplifyOrder } from '../shared/orders';

export const TRANSITIONS = [
	'submit',
	'accept',
	'fulfill',
	'ship',
	'complete',
	'cancel',
	'reject',
] as const;

export const description: INodeProperties[] = [
	orderLocator,
	{
		displayName: 'Transition',
		name: 'transition',
		type: 'options',
		required: true,
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
	},
	...outputFields(),
];

export async function execute(this: IExecuteFunctions, client: LeafLinkClient, itemIndex: number) {
	const number = orderNumberOf(this, itemIndex);
	const action = String(this.getNodeParameter('transition', itemIndex, ''))
		.trim()
		.toLowerCase();
	if (!(TRANSITIONS as readonly string[]).includes(action)) {
		fail(this, itemIndex, `Transition must be one of ${TRANSITIONS.join(', ')}, not "${action}"`);
	}
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
