import type { IDataObject } from 'n8n-workflow';
import type { Query } from '../transport';
import { externalIdFilters } from '../shared/externalIds';
import { optionsCollection, responseShapeQuery, selectedFieldsQuery } from '../shared/output';
import type { NodeContext } from '../shared/validators';
import { fail, isBlank, toList } from '../shared/validators';
import type { FilterSpec } from '../shared/filters';
import { companySlugFilter, createdModifiedFilters, filter } from '../shared/filters';
import { listRecordsOperation } from '../shared/operations';
import { customerOutput, includeChildrenOptions } from './shared';

/** The customer text fields LeafLink filters by exact value, prefix (__startswith) or list (__in). */
const TEXT_FIELDS: Array<[string, string]> = [
	['address', 'Address'],
	['brand', 'Brand'],
	['business_identifier', 'Business Identifier'],
	['business_license_name', 'Business License Name'],
	['dba', 'DBA'],
	['ein', 'EIN'],
	['email', 'Email'],
	['external_id', 'External ID (Legacy)'],
	['ext_acct_id', 'QuickBooks ID'],
	['license_number', 'License Number'],
	['name', 'Name'],
	['nickname', 'Nickname'],
	['old_license_number', 'Old License Number'],
	['phone', 'Phone'],
	['website', 'Website'],
];
const TEXT_NAMES = TEXT_FIELDS.map(([name]) => name);
const MATCHES = ['is', 'startsWith', 'isOneOf'];

const ids = (name: string, param: string, displayName: string, what: string): FilterSpec => ({
	name,
	displayName,
	kind: 'idList',
	param,
	placeholder: '1, 2',
	description: `Only customers with one of these ${what} IDs, separated by commas`,
});

/** Text Filters: each picks a text field and how it matches (is, starts with, is one of). */
function readTextFilters(ctx: NodeContext, itemIndex: number, value: unknown, qs: Query): void {
	const textFilters = ((value as IDataObject).filter ?? []) as IDataObject[];
	for (const [n, f] of textFilters.entries()) {
		const label = `Text Filter ${n + 1}`;
		const field = String(f.field ?? '');
		const match = String(f.match ?? 'is');
		if (!TEXT_NAMES.includes(field))
			fail(
				ctx,
				itemIndex,
				`${label}: Field must be one of ${TEXT_NAMES.join(', ')}, not "${field}"`,
			);
		if (!MATCHES.includes(match))
			fail(ctx, itemIndex, `${label}: Match must be Is, Starts With or Is One Of, not "${match}"`);
		if (isBlank(f.value))
			fail(
				ctx,
				itemIndex,
				`${label}: Value is empty`,
				'Give the text to match, or remove the filter.',
			);
		const param =
			match === 'is' ? field : match === 'startsWith' ? `${field}__startswith` : `${field}__in`;
		if (qs[param] !== undefined)
			fail(
				ctx,
				itemIndex,
				`${label}: ${field} is already filtered the same way`,
				'Use Is One Of to match several values.',
			);
		qs[param] = match === 'isOneOf' ? toList(f.value).join(',') : String(f.value).trim();
	}
}

const { created, modified } = createdModifiedFilters('customers');

const filters: FilterSpec[] = [
	filter('yesNo', 'archived', 'archived', 'Archived', 'Whether the customer is archived'),
	companySlugFilter('customers'),
	...created,
	filter('id', 'id', 'id', 'Customer ID', 'Only the customer with this ID'),
	filter(
		'yesNo',
		'delinquent',
		'delinquent',
		'Delinquent',
		'Whether the customer is delinquent on billing',
	),
	{
		name: 'discountMin',
		displayName: 'Discount Percent at Least',
		kind: 'number',
		param: 'discount_percent__gte',
		min: 0,
		max: 100,
		precision: 2,
		description: 'Only customers whose discount is at least this percentage (0 to 100)',
	},
	{
		name: 'discountMax',
		displayName: 'Discount Percent at Most',
		kind: 'number',
		param: 'discount_percent__lte',
		min: 0,
		max: 100,
		precision: 2,
		description: 'Only customers whose discount is at most this percentage (0 to 100)',
	},
	...externalIdFilters,
	{
		...filter(
			'yesNo',
			'hasExtAcctId',
			'ext_acct_id__isnull',
			'Has QuickBooks ID',
			'Whether the customer has a QuickBooks ID (ext_acct_id)',
		),
		// "has a QuickBooks ID" is "ext_acct_id is not null"
		negate: true,
	},
	filter(
		'yesNo',
		'leaflinkSource',
		'leaflink_source',
		'Added by LeafLink',
		'Whether LeafLink added the customer to your CRM',
	),
	filter(
		'yesNo',
		'licenseInactive',
		'license_inactive',
		'License Inactive',
		"Whether the customer's license is inactive",
	),
	filter(
		'id',
		'licenseType',
		'license_type',
		'License Type ID',
		'Only customers with this license type (a whole-number ID)',
	),
	...modified,
	{
		name: 'nextContactAfter',
		displayName: 'Next Contact From',
		kind: 'date',
		param: 'next_contact_date__gte',
		description: 'Only customers whose next contact date is on or after this day',
	},
	{
		name: 'nextContactBefore',
		displayName: 'Next Contact To',
		kind: 'date',
		param: 'next_contact_date__lte',
		description: 'Only customers whose next contact date is on or before this day',
	},
	ids('owner', 'owner', 'Owner Company IDs', 'owner company'),
	ids('partner', 'partner', 'Partner Company IDs', 'partner (buyer) company'),
	filter(
		'id',
		'paymentMethod',
		'payment_method',
		'Payment Method ID',
		'Only customers with this payment method (a whole-number ID)',
	),
	filter(
		'id',
		'paymentTerm',
		'payment_term',
		'Payment Term ID',
		'Only customers with this payment term (a whole-number ID)',
	),
	ids('priceSchedule', 'price_schedule', 'Price Schedule IDs', 'price schedule'),
	ids('serviceZone', 'service_zone', 'Service Zone IDs', 'service zone'),
	{
		name: 'state',
		displayName: 'States',
		kind: 'textList',
		param: 'state',
		placeholder: 'CO, CA',
		description: 'Only customers in these states, separated by commas',
	},
	ids('status', 'status', 'Status IDs', 'customer status'),
	{
		name: 'text',
		displayName: 'Text Filters',
		kind: 'custom',
		param: 'text',
		property: {
			type: 'fixedCollection',
			typeOptions: { multipleValues: true },
			placeholder: 'Add Text Filter',
			default: {},
			options: [
				{
					displayName: 'Text Filter',
					name: 'filter',
					values: [
						{
							displayName: 'Field',
							name: 'field',
							description: 'The customer text field to match',
							type: 'options',
							default: 'name',
							options: TEXT_FIELDS.map(([value, name]) => ({ name, value })),
						},
						{
							displayName: 'Match',
							name: 'match',
							description:
								'Is: the exact text; Starts With: begins with Value; Is One Of: any of several values separated by commas',
							type: 'options',
							default: 'is',
							options: [
								{ name: 'Is', value: 'is' },
								{
									name: 'Is One Of',
									value: 'isOneOf',
									description: 'Values separated by commas',
								},
								{ name: 'Starts With', value: 'startsWith' },
							],
						},
						{
							displayName: 'Value',
							name: 'value',
							description: 'The text to match (for Is One Of: values separated by commas)',
							type: 'string',
							default: '',
						},
					],
				},
			],
		},
		read: readTextFilters,
	},
	ids('tier', 'tier', 'Tier IDs', 'tier'),
];

export const { description, execute } = listRecordsOperation({
	path: '/customers/',
	label: 'customers',
	...customerOutput,
	filters,
	fields: [optionsCollection(includeChildrenOptions)],
	query(ctx, itemIndex, filtered) {
		const options = ctx.getNodeParameter('options', itemIndex, {}) as IDataObject;
		return {
			...filtered,
			...responseShapeQuery(options),
			...selectedFieldsQuery(ctx, itemIndex, customerOutput, options),
		};
	},
});
