import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import type { Query } from '../transport';
import { externalIdFilter, externalIdFilterFields } from '../shared/externalIds';
import { responseShapeQuery, selectedFieldsQuery } from '../shared/output';
import { fail, isBlank, optionalId, toIsoDate, toList, toNumber } from '../shared/validators';
import {
	anyYesNo,
	booleanFilter,
	CREATED_MODIFIED_RANGES,
	dateRangeFilters,
	idListFilter,
	textFilter,
} from '../shared/filters';
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

const ids = (name: string, displayName: string, what: string) => ({
	displayName,
	name,
	type: 'string' as const,
	default: '',
	placeholder: '1, 2',
	description: `Only customers with one of these ${what} IDs, separated by commas`,
});

export const { description, execute } = listRecordsOperation({
	path: '/customers/',
	label: 'customers',
	...customerOutput,
	fields: [
		{
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [
				anyYesNo('Archived', 'archived', 'Whether the customer is archived'),
				{
					displayName: 'Company Slug',
					name: 'companySlug',
					type: 'string',
					default: '',
					description: 'Only customers of the company with this slug',
				},
				{
					displayName: 'Created After',
					name: 'createdAfter',
					type: 'dateTime',
					default: '',
					description: 'Only customers created at or after this time',
				},
				{
					displayName: 'Created Before',
					name: 'createdBefore',
					type: 'dateTime',
					default: '',
					description: 'Only customers created at or before this time',
				},
				{
					displayName: 'Customer ID',
					name: 'id',
					type: 'number',
					default: 0,
					description: 'Only the customer with this ID',
				},
				anyYesNo('Delinquent', 'delinquent', 'Whether the customer is delinquent on billing'),
				{
					displayName: 'Discount Percent at Least',
					name: 'discountMin',
					description: 'Only customers whose discount is at least this percentage (0 to 100)',
					type: 'number',
					typeOptions: { minValue: 0, maxValue: 100, numberPrecision: 2 },
					default: 0,
				},
				{
					displayName: 'Discount Percent at Most',
					name: 'discountMax',
					description: 'Only customers whose discount is at most this percentage (0 to 100)',
					type: 'number',
					typeOptions: { minValue: 0, maxValue: 100, numberPrecision: 2 },
					default: 0,
				},
				...externalIdFilterFields,
				anyYesNo(
					'Has QuickBooks ID',
					'hasExtAcctId',
					'Whether the customer has a QuickBooks ID (ext_acct_id)',
				),
				anyYesNo(
					'Added by LeafLink',
					'leaflinkSource',
					'Whether LeafLink added the customer to your CRM',
				),
				anyYesNo(
					'License Inactive',
					'licenseInactive',
					"Whether the customer's license is inactive",
				),
				{
					displayName: 'License Type ID',
					name: 'licenseType',
					description: 'Only customers with this license type (a whole-number ID)',
					type: 'number',
					default: 0,
				},
				{
					displayName: 'Modified After',
					name: 'modifiedAfter',
					type: 'dateTime',
					default: '',
					description: 'Only customers changed at or after this time',
				},
				{
					displayName: 'Modified Before',
					name: 'modifiedBefore',
					type: 'dateTime',
					default: '',
					description: 'Only customers changed at or before this time',
				},
				{
					displayName: 'Next Contact From',
					name: 'nextContactAfter',
					type: 'dateTime',
					default: '',
					description: 'Only customers whose next contact date is on or after this day',
				},
				{
					displayName: 'Next Contact To',
					name: 'nextContactBefore',
					type: 'dateTime',
					default: '',
					description: 'Only customers whose next contact date is on or before this day',
				},
				ids('owner', 'Owner Company IDs', 'owner company'),
				ids('partner', 'Partner Company IDs', 'partner (buyer) company'),
				{
					displayName: 'Payment Method ID',
					name: 'paymentMethod',
					description: 'Only customers with this payment method (a whole-number ID)',
					type: 'number',
					default: 0,
				},
				{
					displayName: 'Payment Term ID',
					name: 'paymentTerm',
					description: 'Only customers with this payment term (a whole-number ID)',
					type: 'number',
					default: 0,
				},
				ids('priceSchedule', 'Price Schedule IDs', 'price schedule'),
				ids('serviceZone', 'Service Zone IDs', 'service zone'),
				{
					displayName: 'States',
					name: 'state',
					type: 'string',
					default: '',
					placeholder: 'CO, CA',
					description: 'Only customers in these states, separated by commas',
				},
				ids('status', 'Status IDs', 'customer status'),
				{
					displayName: 'Text Filters',
					name: 'text',
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
				ids('tier', 'Tier IDs', 'tier'),
			],
		},
		{
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: includeChildrenOptions,
		},
	],
	query: customerQuery,
});

function customerQuery(ctx: IExecuteFunctions, itemIndex: number): Query {
	const filters = ctx.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const options = ctx.getNodeParameter('options', itemIndex, {}) as IDataObject;
	const qs: Query = {
		id: optionalId(ctx, itemIndex, filters.id || undefined, 'Customer ID'),
		owner: idListFilter(ctx, itemIndex, filters.owner, 'Owner Company IDs'),
		partner: idListFilter(ctx, itemIndex, filters.partner, 'Partner Company IDs'),
		tier: idListFilter(ctx, itemIndex, filters.tier, 'Tier IDs'),
		price_schedule: idListFilter(ctx, itemIndex, filters.priceSchedule, 'Price Schedule IDs'),
		service_zone: idListFilter(ctx, itemIndex, filters.serviceZone, 'Service Zone IDs'),
		status: idListFilter(ctx, itemIndex, filters.status, 'Status IDs'),
		state: toList(filters.state).join(',') || undefined,
		license_type: optionalId(ctx, itemIndex, filters.licenseType || undefined, 'License Type ID'),
		payment_term: optionalId(ctx, itemIndex, filters.paymentTerm || undefined, 'Payment Term ID'),
		payment_method: optionalId(
			ctx,
			itemIndex,
			filters.paymentMethod || undefined,
			'Payment Method ID',
		),
		archived:
			booleanFilter(filters.archived) === undefined ? undefined : filters.archived === 'true',
		delinquent:
			booleanFilter(filters.delinquent) === undefined ? undefined : filters.delinquent === 'true',
		license_inactive:
			booleanFilter(filters.licenseInactive) === undefined
				? undefined
				: filters.licenseInactive === 'true',
		leaflink_source:
			booleanFilter(filters.leaflinkSource) === undefined
				? undefined
				: filters.leaflinkSource === 'true',
		// "has a QuickBooks ID" is "ext_acct_id is not null"
		ext_acct_id__isnull:
			booleanFilter(filters.hasExtAcctId) === undefined
				? undefined
				: filters.hasExtAcctId === 'true'
					? 'false'
					: 'true',
		company_slug: textFilter(filters.companySlug),
		...externalIdFilter(ctx, itemIndex, filters),
		...dateRangeFilters(ctx, itemIndex, filters, CREATED_MODIFIED_RANGES),
		...responseShapeQuery(options),
		...selectedFieldsQuery(ctx, itemIndex, customerOutput, options),
	};
	if (!isBlank(filters.nextContactAfter))
		qs.next_contact_date__gte = toIsoDate(
			ctx,
			itemIndex,
			filters.nextContactAfter,
			'Next Contact From',
		);
	if (!isBlank(filters.nextContactBefore))
		qs.next_contact_date__lte = toIsoDate(
			ctx,
			itemIndex,
			filters.nextContactBefore,
			'Next Contact To',
		);
	if (!isBlank(filters.discountMin))
		qs.discount_percent__gte = toNumber(
			ctx,
			itemIndex,
			filters.discountMin,
			'Discount Percent at Least',
			{ min: 0, max: 100 },
		);
	if (!isBlank(filters.discountMax))
		qs.discount_percent__lte = toNumber(
			ctx,
			itemIndex,
			filters.discountMax,
			'Discount Percent at Most',
			{ min: 0, max: 100 },
		);

	const textFilters = ((filters.text as IDataObject | undefined)?.filter ?? []) as IDataObject[];
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
	return qs;
}
