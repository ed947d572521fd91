import type { IExecuteFunctions, INodeProperties, INodePropertyMode } from 'n8n-workflow';
import { fail, isBlank, kindOf, toId, toUuid } from './validators';

/**
 * Resource locators (From List / By ID / By URL) and the strict reading of what they hold: an ID, an order number or
 * a LeafLink URL is accepted only in exactly its form, anchored, so nothing around an ID reaches a request path.
 */

const ID_PATTERN = '[0-9]+';
export const UUID_PATTERN =
	'[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';

/**
 * A page of LeafLink's web app, e.g. https://app.leaflink.com/c/my-company/orders/<number>/ : the key is the capture
 * group. The host is checked against the credential's LeafLink host where the credential is known (`checkedParameters`).
 */
function webUrlPattern(page: string, keyPattern: string): string {
	return `^\\s*https?://[A-Za-z0-9.-]+(?::[0-9]+)?/c/[A-Za-z0-9_-]+/${page}/(${keyPattern})/?(?:[?#][^\\s]*)?\\s*$`;
}

const withArticle = (label: string) => `${/^[aeiou]/i.test(label) ? 'an' : 'a'} ${label}`;
const capitalized = (text: string) => `${text.charAt(0).toUpperCase()}${text.slice(1)}`;

function idMode(
	placeholder: string,
	keyPattern: string,
	errorMessage: string,
	displayName = 'By ID',
): INodePropertyMode {
	return {
		displayName,
		name: 'id',
		type: 'string' as const,
		placeholder,
		validation: [{ type: 'regex', properties: { regex: `^\\s*${keyPattern}\\s*$`, errorMessage } }],
	};
}

function urlMode(
	page: string,
	keyPattern: string,
	placeholder: string,
	label: string,
): INodePropertyMode {
	const regex = webUrlPattern(page, keyPattern);
	return {
		displayName: 'By URL',
		name: 'url',
		type: 'string' as const,
		placeholder,
		extractValue: { type: 'regex', regex },
		validation: [
			{ type: 'regex', properties: { regex, errorMessage: `Not a LeafLink ${label} URL` } },
		],
	};
}

function listMode(label: string, searchListMethod: string): INodePropertyMode {
	return {
		displayName: 'From List',
		name: 'list',
		type: 'list' as const,
		placeholder: `Select ${withArticle(label)}...`,
		typeOptions: { searchListMethod, searchable: true },
	};
}

export interface IdLocatorOptions {
	/** parameter name, e.g. 'contactId' */
	name: string;
	/** e.g. 'Contact' */
	displayName: string;
	description?: string;
	/** listSearch method for the "From List" mode; without it the locator has the ID mode only */
	searchListMethod?: string;
	/** the web app's page for this record, e.g. 'products' in /c/<company>/products/<id>/, for a "By URL" mode */
	urlPage?: string;
	urlPlaceholder?: string;
	/** "e.g. 501" */
	placeholder?: string;
}

/** A locator for a record keyed by LeafLink's integer ID. */
export function idLocator(options: IdLocatorOptions): INodeProperties {
	const { searchListMethod, urlPage } = options;
	const label = options.displayName.toLowerCase();
	return {
		displayName: options.displayName,
		name: options.name,
		type: 'resourceLocator',
		default: { mode: searchListMethod ? 'list' : 'id', value: '' },
		required: true,
		description: options.description ?? `The ${label}, by its LeafLink ID`,
		modes: [
			...(searchListMethod ? [listMode(label, searchListMethod)] : []),
			idMode(options.placeholder ?? 'e.g. 1042', ID_PATTERN, 'A LeafLink ID is a whole number'),
			...(urlPage
				? [
						urlMode(
							urlPage,
							ID_PATTERN,
							options.urlPlaceholder ??
								`e.g. https://app.leaflink.com/c/my-company/${urlPage}/1042/`,
							label,
						),
					]
				: []),
		],
	};
}

/** A locator for a record keyed by a UUID (orders, reports): its "number". */
export function uuidLocator(options: {
	name: string;
	displayName: string;
	description: string;
	searchListMethod: string;
	placeholder: string;
	urlPage?: string;
	urlPlaceholder?: string;
}): INodeProperties {
	const label = options.displayName.toLowerCase();
	return {
		displayName: options.displayName,
		name: options.name,
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		description: options.description,
		modes: [
			listMode(label, options.searchListMethod),
			idMode(
				options.placeholder,
				UUID_PATTERN,
				`${capitalized(withArticle(label))} number is a UUID`,
				'By Number',
			),
			...(options.urlPage
				? [urlMode(options.urlPage, UUID_PATTERN, options.urlPlaceholder ?? '', label)]
				: []),
		],
	};
}

/** What a locator holds, as the user gave it: the mode and the value (an expression already resolved). */
export function locatorInput(
	ctx: IExecuteFunctions,
	itemIndex: number,
	name: string,
): { mode: string; value: unknown } {
	// null, not undefined, as the fallback: a locator hidden by displayOptions is simply not set
	const raw = ctx.getNodeParameter(name, itemIndex, null) as unknown;
	if (raw !== null && typeof raw === 'object' && '__rl' in raw) {
		const { mode, value } = raw as { mode?: unknown; value?: unknown };
		return { mode: String(mode ?? 'id'), value };
	}
	return { mode: 'id', value: raw };
}

function isUuidLocator(locator: INodeProperties): boolean {
	return JSON.stringify(locator.modes ?? []).includes(UUID_PATTERN.replace(/\\/g, '\\\\'));
}

/**
 * The key a locator holds, in exactly its form: a LeafLink ID (or order number) in the ID and list modes, and a
 * LeafLink web-app URL of the record's page in the URL mode. Anything else, or anything around the key, is refused.
 */
export function locatorKey(
	ctx: IExecuteFunctions,
	itemIndex: number,
	locator: INodeProperties,
	input: { mode: string; value: unknown } = locatorInput(ctx, itemIndex, locator.name),
): string {
	const label = locator.displayName;
	const { mode, value } = input;
	const kind = kindOf(value);
	if (kind)
		fail(
			ctx,
			itemIndex,
			`${label} must be ${isUuidLocator(locator) ? 'an order number' : 'an ID'}, not ${kind}`,
			'The expression gives more than one value; pick the one you mean, e.g. {{ $json.id }}.',
		);
	if (isBlank(value))
		fail(
			ctx,
			itemIndex,
			`${label} is required`,
			`Pick ${label.toLowerCase()} from the list or give its ${isUuidLocator(locator) ? 'number' : 'ID'}.`,
		);
	const text = String(value).trim();
	const modes = locator.modes ?? [];
	if (mode === 'url') {
		const url = modes.find((m) => m.name === 'url');
		const regex = url?.extractValue?.regex;
		const match = regex ? new RegExp(regex).exec(text) : null;
		if (!match) {
			fail(
				ctx,
				itemIndex,
				`${label} must be a LeafLink ${label.toLowerCase()} URL, not "${text}"`,
				url?.placeholder
					? `Paste the address of the ${label.toLowerCase()}'s page, ${url.placeholder}.`
					: `Give the ${label.toLowerCase()} by ID.`,
			);
		}
		return match[1];
	}
	if (isUuidLocator(locator)) return toUuid(ctx, itemIndex, text, label);
	return String(toId(ctx, itemIndex, text, label));
}

/** The integer ID a locator holds, validated. */
export function locatorId(
	ctx: IExecuteFunctions,
	itemIndex: number,
	locator: INodeProperties,
): number {
	return Number(locatorKey(ctx, itemIndex, locator));
}

/** The order an operation acts on: picked from a searchable list, by number, or from a LeafLink URL. */
export const orderLocator = uuidLocator({
	displayName: 'Order',
	name: 'orderNumber',
	description: 'The order, addressed by its LeafLink number (a UUID)',
	searchListMethod: 'searchOrders',
	placeholder: 'e.g. 3f0e2b1c-8a4d-4e6f-9b2a-1c2d3e4f5a6b',
	urlPage: 'orders',
	urlPlaceholder:
		'e.g. https://app.leaflink.com/c/my-company/orders/3f0e2b1c-8a4d-4e6f-9b2a-1c2d3e4f5a6b/',
});

/** The order's number (a lower-case UUID), whatever mode the locator is in. */
export function orderNumberOf(ctx: IExecuteFunctions, itemIndex: number): string {
	return toUuid(ctx, itemIndex, locatorKey(ctx, itemIndex, orderLocator), 'Order');
}

export function orderPath(ctx: IExecuteFunctions, itemIndex: number): string {
	return `/orders-received/${orderNumberOf(ctx, itemIndex)}/`;
}

/** The product an operation acts on: from a searchable list, by ID, or from a LeafLink product URL. */
export const productLocator = idLocator({
	name: 'productId',
	displayName: 'Product',
	searchListMethod: 'searchProducts',
	urlPage: 'products',
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
	urlPage: 'batches',
	urlPlaceholder: 'e.g. https://app.leaflink.com/c/my-company/batches/301/',
	placeholder: 'e.g. 301',
});

export function batchIdOf(ctx: IExecuteFunctions, itemIndex: number): number {
	return locatorId(ctx, itemIndex, batchLocator);
}
