import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { fail } from '../shared/validators';
import type { FieldSpec } from '../shared/fields';
import type { RecordTarget } from '../shared/operations';
import { idLocator } from '../shared/locators';
import { companySpec } from '../shared/fields';

export const statusLocator = idLocator({
	name: 'customerStatusId',
	displayName: 'Customer Status',
	searchListMethod: 'searchCustomerStatuses',
	placeholder: 'e.g. 701',
});

export const statusTarget: RecordTarget = {
	locator: statusLocator,
	path: '/customer-statuses/',
	label: 'customer status',
};

export const statusOwnerField = companySpec(
	'Owner Company',
	'owner',
	'Your company, which defines the status',
);

export const stateField: FieldSpec = {
	name: 'state',
	displayName: 'Name',
	kind: 'string',
	maxLength: 40,
	placeholder: 'Prospect',
	description: 'The name of the status (LeafLink calls it "state")',
};

export const statusOptionalFields: FieldSpec[] = [
	{ name: 'description', displayName: 'Description', kind: 'text', maxLength: 1500 },
	{
		name: 'hex_color',
		displayName: 'Color',
		kind: 'string',
		maxLength: 40,
		placeholder: '#2e7d32',
		description: 'Hex color shown for the status',
	},
	{
		name: 'is_stock',
		displayName: 'Is Stock',
		kind: 'boolean',
		description: "Whether this is one of LeafLink's stock statuses",
	},
	{
		name: 'order',
		displayName: 'Sort Order',
		kind: 'integer',
		min: 0,
		description: 'Position in lists; lower comes first',
	},
];

export const statusUpdateFields: FieldSpec[] = [...statusOptionalFields, stateField];

export function prepareStatusBody(
	ctx: IExecuteFunctions,
	itemIndex: number,
	body: IDataObject,
): IDataObject {
	if (
		typeof body.hex_color === 'string' &&
		!/^#(?:[0-9a-f]{3}|[0-9a-f]{6}|[0-9a-f]{8})$/i.test(body.hex_color)
	) {
		fail(ctx, itemIndex, `Color must be a hex color such as #2e7d32, not "${body.hex_color}"`);
	}
	return body;
}
