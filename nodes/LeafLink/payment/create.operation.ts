import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import type { LeafLinkClient } from '../transport';
import { outputFields, shapeOutput } from '../shared/output';
import { fail, isBlank, toDateTime, toDecimalString } from '../shared/validators';
import { idLocator, locatorId, orderLocator, orderNumberOf } from '../shared/locators';
import { currencyOf } from '../shared/money';
import { PAYMENT_TYPES, simplifyPayment } from './shared';

const recorderLocator = idLocator({
	name: 'recordedBy',
	displayName: 'Recorded By',
	searchListMethod: 'searchCompanyStaff',
	description: 'The staff member recording the payment',
	placeholder: 'e.g. 21',
});

export const description: INodeProperties[] = [
	orderLocator,
	{
		displayName: 'Amount',
		name: 'amount',
		type: 'number',
		typeOptions: { minValue: 0, numberPrecision: 2 },
		default: 0,
		required: true,
		description: 'The amount paid',
	},
	{
		displayName: 'Payment Date',
		name: 'paymentDate',
		type: 'dateTime',
		default: '',
		required: true,
		description: 'When the payment was made (a bare date counts as midnight UTC)',
	},
	recorderLocator,
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{
				displayName: 'Currency',
				name: 'currency',
				type: 'string',
				default: 'USD',
				description: 'Currency of the amount',
			},
			{
				displayName: 'Method',
				name: 'payment_type',
				type: 'options',
				default: 'ach',
				options: [
					{ name: 'ACH', value: 'ach' },
					{ name: 'Cash', value: 'cash' },
					{ name: "Cashier's Check", value: 'cashier' },
					{ name: 'Check', value: 'check' },
					{ name: 'Credit', value: 'credit' },
					{ name: 'Other', value: 'other' },
					{ name: 'Trade', value: 'trade' },
					{ name: 'Wire', value: 'wire' },
				],
				description: 'How the customer paid',
			},
			{
				displayName: 'Notes',
				name: 'reason',
				type: 'string',
				default: '',
				description: 'What the payment is for, e.g. "Deposit"',
			},
		],
	},
	...outputFields(),
];

export async function execute(this: IExecuteFunctions, client: LeafLinkClient, itemIndex: number) {
	const order = orderNumberOf(this, itemIndex);
	const amount = toDecimalString(
		this,
		itemIndex,
		this.getNodeParameter('amount', itemIndex, undefined),
		'Amount',
		0,
	);
	if (Number(amount) <= 0) fail(this, itemIndex, 'Amount must be more than 0');
	const rawDate = this.getNodeParameter('paymentDate', itemIndex, '') as unknown;
	if (isBlank(rawDate))
		fail(
			this,
			itemIndex,
			'Payment Date is required',
			'Give the day (and time) the payment was made.',
		);
	const paymentDate = toDateTime(this, itemIndex, rawDate, 'Payment Date');
	const recordedBy = locatorId(this, itemIndex, recorderLocator);
	const fields = this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	const currency = currencyOf(this, itemIndex, fields.currency);
	const body: IDataObject = {
		order,
		recorded_by: recordedBy,
		total: { amount, currency },
		payment_date: paymentDate,
	};
	if (fields.payment_type !== undefined) {
		const type = String(fields.payment_type).trim().toLowerCase();
		if (!PAYMENT_TYPES.includes(type))
			fail(this, itemIndex, `Method must be one of ${PAYMENT_TYPES.join(', ')}, not "${type}"`);
		body.payment_type = type;
	}
	if (fields.reason !== undefined) {
		if (isBlank(fields.reason))
			fail(this, itemIndex, 'Notes is empty', 'Give a note, or remove the field.');
		body.reason = String(fields.reason);
	}
	const payment = await client.request<IDataObject>('POST', '/order-payments/', {
		body,
		operation: 'Record a payment',
		itemIndex,
		verifyHint: `Get the payments of order ${order} before recording it again.`,
	});
	return shapeOutput(this, itemIndex, payment, { simplify: simplifyPayment });
}
