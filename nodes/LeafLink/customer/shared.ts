import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { responseShapeOptions } from '../shared/output';
import { fail } from '../shared/validators';
import type { FieldSpec } from '../shared/fields';
import type { RecordTarget } from '../shared/operations';
import { companySpec, fieldProperties, fieldProperty } from '../shared/fields';
import { buildBody, requiredField } from '../shared/fieldValues';
import { idLocator, locatorId } from '../shared/locators';

export const customerLocator = idLocator({
	name: 'customerId',
	displayName: 'Customer',
	searchListMethod: 'searchCustomers',
	urlPage: 'customers',
	urlPlaceholder: 'e.g. https://app.leaflink.com/c/my-company/customers/148515/',
	placeholder: 'e.g. 148515',
});

/** The fields a person (or a model) reads first. */
export function simplifyCustomer(c: IDataObject): IDataObject {
	return {
		id: c.id,
		name: c.name ?? null,
		nickname: c.nickname ?? null,
		dba: c.dba ?? null,
		status: c.status ?? null,
		tier: c.tier ?? null,
		email: c.email ?? null,
		phone: c.phone ?? null,
		city: c.city ?? null,
		state: c.state ?? null,
		license_number: c.license_number ?? null,
		license_inactive: c.license_inactive ?? false,
		delinquent: c.delinquent ?? false,
		archived: c.archived ?? false,
		ext_acct_id: c.ext_acct_id ?? null,
		external_ids: c.external_ids ?? {},
		next_contact_date: c.next_contact_date ?? null,
		modified: c.modified,
	};
}

/** Customers answer raw records on the plain node, as before; the tool's Output defaults to Simplified. */
export const customerOutput = { simplify: simplifyCustomer, plainSimplify: false };

export const customerTarget: RecordTarget = {
	locator: customerLocator,
	path: '/customers/',
	label: 'customer',
	...customerOutput,
};

export function customerPath(ctx: IExecuteFunctions, itemIndex: number): string {
	return `/customers/${locatorId(ctx, itemIndex, customerLocator)}/`;
}

const ownerSpec = companySpec('Owner Company', 'owner', 'Your company, whose customer this is');

export const ownerField = fieldProperty(ownerSpec, true);

export const nameField: FieldSpec = {
	name: 'name',
	displayName: 'Name',
	kind: 'string',
	maxLength: 400,
	description: "The customer's name",
};

/** The required Name of Create and Create or Update (read with `nameField`'s checks). */
export const nameProperty: INodeProperties = {
	displayName: 'Name',
	name: 'name',
	type: 'string',
	default: '',
	required: true,
	description: "The customer's name",
};

/** Every writable customer field of the spec but the deprecated payment ones and `ein` (deprecated for writes). */
export const customerFields: FieldSpec[] = [
	{ name: 'address', displayName: 'Address', kind: 'string', maxLength: 400 },
	{ name: 'externalIds', displayName: 'External IDs', kind: 'externalIds', sendAs: 'external_ids' },
	{
		name: 'archived',
		displayName: 'Archived',
		kind: 'boolean',
		description: 'Whether the customer record is archived',
	},
	{
		name: 'brand',
		displayName: 'Brand',
		kind: 'string',
		maxLength: 400,
		description: 'Brand name associated with the customer',
	},
	{
		name: 'business_identifier',
		displayName: 'Business Identifier',
		kind: 'string',
		maxLength: 100,
		description: 'Company identifier distinct from license numbers',
	},
	{
		name: 'business_license_name',
		displayName: 'Business License Name',
		kind: 'string',
		maxLength: 400,
	},
	{ name: 'city', displayName: 'City', kind: 'string', maxLength: 400 },
	{
		name: 'corporate_address',
		displayName: 'Corporate Address (JSON)',
		kind: 'json',
		default:
			'{\n  "address": "",\n  "unit_number": "",\n  "city": "",\n  "county": "",\n  "state": "",\n  "zipcode": ""\n}',
		description: 'Object with address, unit_number, city, county, state, zipcode',
	},
	{ name: 'country', displayName: 'Country', kind: 'string', maxLength: 400 },
	{ name: 'county', displayName: 'County', kind: 'string', maxLength: 400 },
	{
		name: 'dba',
		displayName: 'DBA',
		kind: 'string',
		maxLength: 400,
		description: 'Doing-business-as name',
	},
	{
		name: 'delinquent',
		displayName: 'Delinquent',
		kind: 'boolean',
		description: 'Whether the customer is delinquent on billing',
	},
	{
		name: 'delivery_address',
		displayName: 'Delivery Address (JSON)',
		kind: 'json',
		default:
			'{\n  "address": "",\n  "unit_number": "",\n  "city": "",\n  "county": "",\n  "state": "",\n  "zipcode": ""\n}',
		description: 'Object with address, unit_number, city, county, state, zipcode',
	},
	{
		name: 'delivery_preferences',
		displayName: 'Delivery Preferences',
		kind: 'text',
		description: 'Shown as footnotes on orders',
	},
	{ name: 'description', displayName: 'Description', kind: 'text', maxLength: 4000 },
	{ name: 'directions', displayName: 'Directions', kind: 'text', maxLength: 3000 },
	{
		name: 'discount_percent',
		displayName: 'Discount Percent',
		kind: 'decimal',
		min: 0,
		max: 100,
		description: "Discount on this customer's orders",
	},
	{
		name: 'email',
		displayName: 'Email',
		kind: 'email',
		maxLength: 255,
		placeholder: 'name@email.com',
	},
	{
		name: 'ext_acct_id',
		displayName: 'QuickBooks ID',
		kind: 'string',
		description: 'ID of the customer in QuickBooks Online (ext_acct_id)',
	},
	{
		name: 'external_id',
		displayName: 'External ID (Legacy)',
		kind: 'string',
		maxLength: 100,
		description: 'The single external_id field; prefer External IDs',
	},
	{ name: 'lat', displayName: 'Latitude', kind: 'decimal', min: -90, max: 90 },
	{
		name: 'license_inactive',
		displayName: 'License Inactive',
		kind: 'boolean',
		description: "Whether the customer's license is inactive",
	},
	{ name: 'license_number', displayName: 'License Number', kind: 'string', maxLength: 100 },
	{ name: 'license_type', displayName: 'License Type ID', kind: 'id' },
	{ name: 'long', displayName: 'Longitude', kind: 'decimal', min: -180, max: 180 },
	{
		name: 'managers',
		displayName: 'Sales Rep IDs',
		kind: 'idList',
		placeholder: '22, 23',
		description:
			'Company staff IDs of the sales reps assigned to the customer, separated by commas',
	},
	{ name: 'next_contact_date', displayName: 'Next Contact Date', kind: 'date' },
	{ name: 'nickname', displayName: 'Nickname', kind: 'string', maxLength: 200 },
	{ name: 'notes', displayName: 'Notes', kind: 'text', maxLength: 3000 },
	{ name: 'old_license_number', displayName: 'Old License Number', kind: 'string', maxLength: 100 },
	{ name: 'phone', displayName: 'Phone', kind: 'string', maxLength: 400 },
	{ name: 'phone_extension', displayName: 'Phone Extension', kind: 'string', maxLength: 400 },
	{ name: 'price_schedule', displayName: 'Price Schedule ID', kind: 'id' },
	{ name: 'service_zone', displayName: 'Service Zone ID', kind: 'id' },
	{
		name: 'shipping_charge',
		displayName: 'Shipping Charge',
		kind: 'decimal',
		min: 0,
		description: 'Additional shipping charge for this customer',
	},
	{
		name: 'state',
		displayName: 'State',
		kind: 'string',
		placeholder: 'CO',
		description: 'State abbreviation',
	},
	{
		name: 'status',
		displayName: 'Status ID',
		kind: 'id',
		description: 'The customer status (see Customer Status)',
	},
	{
		name: 'tier',
		displayName: 'Tier ID',
		kind: 'id',
		description: 'The customer tier (see Customer Tier)',
	},
	{ name: 'unit_number', displayName: 'Unit Number', kind: 'string' },
	{
		name: 'website',
		displayName: 'Website',
		kind: 'url',
		maxLength: 400,
		placeholder: 'https://example.com',
	},
	{ name: 'zipcode', displayName: 'Zip Code', kind: 'string', maxLength: 6 },
];

const ADDRESS_KEYS = ['address', 'unit_number', 'city', 'county', 'state', 'zipcode'];

/** Collection options: the fields above, with the name where it is not a top-level parameter. */
export function customerFieldOptions(withName: boolean): INodeProperties[] {
	return fieldProperties(withName ? [...customerFields, nameField] : customerFields);
}

/** The body for Create / Update / upsert from a collection of customer fields. */
export function customerBody(
	ctx: IExecuteFunctions,
	itemIndex: number,
	values: IDataObject,
	withName: boolean,
): IDataObject {
	const body = buildBody(
		ctx,
		itemIndex,
		withName ? [...customerFields, nameField] : customerFields,
		values,
	);
	for (const key of ['corporate_address', 'delivery_address']) {
		const address = body[key] as IDataObject | undefined;
		if (!address) continue;
		const unknown = Object.keys(address).filter((k) => !ADDRESS_KEYS.includes(k));
		if (unknown.length)
			fail(
				ctx,
				itemIndex,
				`${key === 'corporate_address' ? 'Corporate' : 'Delivery'} Address (JSON) has unknown keys: ${unknown.join(', ')}`,
				`Use ${ADDRESS_KEYS.join(', ')}.`,
			);
	}
	return body;
}

export function ownerOf(ctx: IExecuteFunctions, itemIndex: number): number {
	return requiredField(ctx, itemIndex, ownerSpec) as number;
}

/** Options of Get and Get Many: related records to embed, and which fields to return. */
export const includeChildrenOptions: INodeProperties[] = responseShapeOptions('customer', [
	{ name: 'Contacts', value: 'contacts' },
	{ name: 'License Type', value: 'license_type' },
	{ name: 'Managers', value: 'managers' },
	{ name: 'Service Zone', value: 'service_zone' },
	{ name: 'Tags', value: 'tags' },
]);
