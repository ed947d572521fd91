import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import type { LeafLinkClient } from '../transport';
import type { FieldSpec } from '../shared/fields';
import { fieldProperties, fieldProperty, moreThanZero } from '../shared/fields';
import { buildBody, formCurrency, requiredBody } from '../shared/fieldValues';
import { outputFields, shapeOutput } from '../shared/output';
import { idLocator, locatorId, orderLocator, orderNumberOf } from '../shared/locators';
import { simplifyPayment } from './shared';

const recorderLocator = idLocator({
	name: 'recordedBy',
	displayName: 'Recorded By',
	searchListMethod: 'searchCompanyStaff',
	description: 'The staff member recording the payment',
	placeholder: 'e.g. 21',
});

const amountField: FieldSpec = {
	name: 'amount',
	displayName: 'Amount',
	kind: 'money',
	min: 0,
	sendAs: 'total',
	check: moreThanZero(),
	description: 'The amount paid',
};

const paymentDateField: FieldSpec = {
	name: 'paymentDate',
	displayName: 'Payment Date',
	kind: 'dateTime',
	sendAs: 'payment_date',
	description: 'When the payment was made (a bare date counts as midnight UTC)',
};

const additionalFields: FieldSpec[] = [
	{
		name: 'currency',
		displayName: 'Currency',
		kind: 'currency',
		description: 'Currency of the amount',
	},
	{
		name: 'payment_type',
		displayName: 'Method',
		kind: 'options',
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
		name: 'reason',
		displayName: 'Notes',
		kind: 'string',
		description: 'What the payment is for, e.g. "Deposit"',
	},
];

export const description: INodeProperties[] = [
	orderLocator,
	fieldProperty(amountField, true),
	fieldProperty(paymentDateField, true),
	recorderLocator,
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: fieldProperties(additionalFields),
	},
	...outputFields(),
];

export async function execute(this: IExecuteFunctions, client: LeafLinkClient, itemIndex: number) {
	const order = orderNumberOf(this, itemIndex);
	const fields = this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	// the amount is in the currency the Additional Fields give (USD when none)
	const currency = formCurrency(this, itemIndex, additionalFields, fields);
	const body: IDataObject = {
		order,
		...requiredBody(this, itemIndex, [amountField, paymentDateField], { currency }),
		recorded_by: locatorId(this, itemIndex, recorderLocator),
		...buildBody(this, itemIndex, additionalFields, fields, { currency }),
	};
	const payment = await client.request<IDataObject>('POST', '/order-payments/', {
		body,
		operation: 'Record a payment',
		itemIndex,
		verifyHint: `Get the payments of order ${order} before recording it again.`,
	});
	return shapeOutput(this, itemIndex, payment, { simplify: simplifyPayment });
}
