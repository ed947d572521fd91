import type { IExecuteFunctions, INodeParameterResourceLocator, INodeProperties } from 'n8n-workflow';
import { toId, toUuid } from './validators';

/**
 * Resource locators (From List / By ID / By URL) and the strict reading of what they hold: an ID, an order number or
 * a LeafLink URL is accepted only in exactly its form.
 */

export interface IdLocatorOptions {
	/** parameter name, e.g. 'contactId' */
	name: string;
	/** e.g. 'Contact' */
	displayName: string;
	description?: string;
	/** listSearch method for the "From List" mode; without it the locator has the ID mode only */
	searchListMethod?: string;
	/** regex (one capture group: the ID) for a "By URL" mode */
	urlRegex?: string;
	urlPlaceholder?: string;
	/** "e.g. 501" */
	placeholder?: string;
}

export function idLocator(options: IdLocatorOptions): INodeProperties {
	const { searchListMethod, urlRegex } = options;
	return {
		displayName: options.displayName,
		name: options.name,
		type: 'resourceLocator',
		default: { mode: searchListMethod ? 'list' : 'id', value: '' },
		required: true,
		description: options.description ?? `The ${options.displayName.toLowerCase()}, by its LeafLink ID`,
		modes: [
			...(searchListMethod
				? [
						{
							displayName: 'From List',
							name: 'list',
							type: 'list' as const,
							placeholder: `Select a ${options.displayName.toLowerCase()}...`,
							typeOptions: { searchListMethod, searchable: true },
						},
					]
				: []),
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: options.placeholder ?? 'e.g. 1042',
				validation: [{ type: 'regex', properties: { regex: '^\\s*\\d+\\s*$', errorMessage: 'A LeafLink ID is a whole number' } }],
			},
			...(urlRegex
				? [
						{
							displayName: 'By URL',
							name: 'url',
							type: 'string' as const,
							placeholder: options.urlPlaceholder ?? 'e.g. https://app.leaflink.com/...',
							extractValue: { type: 'regex' as const, regex: urlRegex },
							validation: [
								{
									type: 'regex' as const,
									properties: { regex: `^https?://.*${urlRegex}.*`, errorMessage: `Not a LeafLink ${options.displayName.toLowerCase()} URL` },
								},
							],
						},
					]
				: []),
		],
	};
}

/** The integer ID a locator holds, validated. */
export function locatorId(ctx: IExecuteFunctions, itemIndex: number, locator: INodeProperties): number {
	return toId(ctx, itemIndex, locatorValue(ctx, itemIndex, locator.name), locator.displayName);
}

/** The value of a resource locator parameter, whatever mode the user picked. */
export function locatorValue(ctx: IExecuteFunctions, itemIndex: number, name: string): unknown {
	const raw = ctx.getNodeParameter(name, itemIndex, undefined, { extractValue: true }) as
		| INodeParameterResourceLocator
		| string
		| number
		| undefined;
	if (raw !== null && typeof raw === 'object' && '__rl' in raw) return raw.value;
	return raw;
}

const UUID_PATTERN = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';

/** The order an operation acts on: picked from a searchable list, by number, or from a LeafLink URL. */
export const orderLocator: INodeProperties = {
	displayName: 'Order',
	name: 'orderNumber',
	type: 'resourceLocator',
	default: { mode: 'list', value: '' },
	required: true,
	description: 'The order, addressed by its LeafLink number (a UUID)',
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			placeholder: 'Select an order...',
			typeOptions: { searchListMethod: 'searchOrders', searchable: true },
		},
		{
			displayName: 'By Number',
			name: 'id',
			type: 'string',
			placeholder: 'e.g. 3f0e2b1c-8a4d-4e6f-9b2a-1c2d3e4f5a6b',
			validation: [
				{
					type: 'regex',
					properties: { regex: `^\\s*${UUID_PATTERN}\\s*$`, errorMessage: 'An order number is a UUID' },
				},
			],
		},
		{
			displayName: 'By URL',
			name: 'url',
			type: 'string',
			placeholder: 'e.g. https://app.leaflink.com/c/my-company/orders/3f0e2b1c-8a4d-4e6f-9b2a-1c2d3e4f5a6b/',
			extractValue: { type: 'regex', regex: `(${UUID_PATTERN})` },
			validation: [
				{
					type: 'regex',
					properties: { regex: `^https?://.*${UUID_PATTERN}.*`, errorMessage: 'Not a LeafLink order URL' },
				},
			],
		},
	],
};

export function orderNumberOf(ctx: IExecuteFunctions, itemIndex: number): string {
	const raw = locatorValue(ctx, itemIndex, 'orderNumber');
	// a URL given in "By Number" mode still carries the number
	const text = typeof raw === 'string' ? (new RegExp(UUID_PATTERN).exec(raw)?.[0] ?? raw) : raw;
	return toUuid(ctx, itemIndex, text, 'Order');
}

export function orderPath(ctx: IExecuteFunctions, itemIndex: number): string {
	return `/orders-received/${orderNumberOf(ctx, itemIndex)}/`;
}

/** The product an operation acts on: from a searchable list, by ID, or from a LeafLink product URL. */
export const productLocator = idLocator({
	name: 'productId',
	displayName: 'Product',
	searchListMethod: 'searchProducts',
	urlRegex: '/products/(\\d+)',
	urlPlaceholder: 'e.g. https://app.leaflink.com/c/my-company/products/2093/',
	placeholder: 'e.g. 2093',
});

/** The product's integer ID, whatever mode the locator is in. */
export function productIdOf(ctx: IExecuteFunctions, itemIndex: number): number {
	return locatorId(ctx, itemIndex, productLocator);
}

/** The product's path, e.g. /products/2093/ */
export function productPath(ctx: IExecuteFunctions, itemIndex: number): string {
	return `/products/${productIdOf(ctx, itemIndex)}/`;
}

/** The batch an operation acts on: from a searchable list, by ID, or from a LeafLink batch URL. */
export const batchLocator = idLocator({
	name: 'batchId',
	displayName: 'Batch',
	description: 'The production batch, by its LeafLink ID',
	searchListMethod: 'searchBatches',
	urlRegex: '/batches/(\\d+)',
	urlPlaceholder: 'e.g. https://app.leaflink.com/c/my-company/batches/301/',
	placeholder: 'e.g. 301',
});

export function batchIdOf(ctx: IExecuteFunctions, itemIndex: number): number {
	return locatorId(ctx, itemIndex, batchLocator);
}
