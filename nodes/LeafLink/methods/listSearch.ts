import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { LeafLinkClient } from '../transport';
import { amountOf } from '../shared/money';

/**
 * Every searchable list of the node's resource locators ("From List" mode), by the method name a field gives in
 * `searchListMethod`. One page of a LeafLink list per call; the next page's offset is the pagination token.
 */

type SearchMethod = (
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
) => Promise<INodeListSearchResult>;
type Labeler = (record: IDataObject) => string;

const SEARCH_PAGE = 50;

interface SearchOptions {
	/** the list's own text filter, when the spec gives it one; without it the page is narrowed here */
	textFilter?: string;
	/** query sent with every page (e.g. an ordering, or the few fields the label needs) */
	query?: IDataObject;
	/** query sent when nothing is typed, instead of `query` */
	unfilteredQuery?: IDataObject;
	value?: (record: IDataObject) => string;
}

/** One page of a LeafLink list as search results. */
async function searchPage(
	ctx: ILoadOptionsFunctions,
	path: string,
	qs: IDataObject,
	paginationToken: string | undefined,
	label: Labeler,
	value: (record: IDataObject) => string,
): Promise<INodeListSearchResult> {
	const client = new LeafLinkClient(ctx);
	const offset = paginationToken ? Number(paginationToken) : 0;
	const page = await client.request<{ results?: IDataObject[]; next?: string | null }>(
		'GET',
		path,
		{
			qs: { ...(qs as Record<string, string>), limit: SEARCH_PAGE, offset },
			operation: 'Search',
		},
	);
	return {
		results: (page.results ?? []).map((r) => ({ name: label(r), value: value(r) })),
		paginationToken: page.next ? String(offset + SEARCH_PAGE) : undefined,
	};
}

/** A searchable list over a LeafLink list endpoint. */
function searchBy(path: string, label: Labeler, options: SearchOptions = {}): SearchMethod {
	const value = options.value ?? ((r: IDataObject) => String(r.id));
	return async function (this: ILoadOptionsFunctions, filter?: string, paginationToken?: string) {
		const typed = filter?.trim() ? filter : undefined;
		const qs: IDataObject =
			typed && options.textFilter
				? { ...options.query, [options.textFilter]: typed }
				: { ...(typed ? options.query : (options.unfilteredQuery ?? options.query)) };
		const result = await searchPage(this, path, qs, paginationToken, label, value);
		if (typed && !options.textFilter) {
			const needle = typed.toLowerCase();
			result.results = result.results.filter(
				(r) => r.name.toLowerCase().includes(needle) || String(r.value) === typed.trim(),
			);
		}
		return result;
	};
}

const named: Labeler = (r) => String(r.name ?? r.id);
const tail = (value: unknown) => String(value ?? '').slice(-8);
const day = (value: unknown) => String(value ?? '').slice(0, 10);

export const listSearch: Record<string, SearchMethod> = {
	searchActivityEntries: searchBy(
		'/activity-entries/',
		(a) => {
			const text = String(a.entry ?? '');
			return `${String(a.type ?? 'entry')} · ${day(a.date ?? a.created_on)} · ${text.length > 60 ? `${text.slice(0, 57)}...` : text}`;
		},
		{ textFilter: 'search' },
	),
	searchBatches: searchBy(
		'/batches/',
		(b) =>
			`${String(b.production_batch_number ?? b.id)}${b.batch_date ? ` · ${String(b.batch_date)}` : ''}`,
	),
	searchBrands: searchBy('/brands/', named),
	searchCompanies: searchBy('/companies/', named),
	searchCompanyStaff: searchBy('/company-staff/', (s) => {
		const name = s.display_name ?? s.username ?? s.email ?? s.id;
		return `${String(name)}${s.email && s.email !== name ? ` · ${String(s.email)}` : ''}`;
	}),
	// the spec filters contacts by first or last name prefix; the first name is what people type first
	searchContacts: searchBy(
		'/contacts/',
		(c) =>
			`${[c.first_name, c.last_name].filter(Boolean).join(' ') || String(c.id)}${c.email ? ` · ${String(c.email)}` : ''}`,
		{ textFilter: 'first_name__startswith' },
	),
	searchCredits: searchBy(
		'/credits/',
		(c) => {
			const customer = c.customer as IDataObject | undefined;
			const amount = (c.amount as IDataObject | undefined)?.amount ?? c.amount;
			return `#${String(c.id)} · ${String(customer?.display_name ?? '')} · ${String(amount ?? '')} · ${String(c.status_display ?? c.status ?? '')}`;
		},
		{ query: { ordering: '-id' } },
	),
	searchCustomerStatuses: searchBy('/customer-statuses/', (s) => String(s.state ?? s.id), {
		textFilter: 'search',
		unfilteredQuery: { ordering: 'order' },
	}),
	searchCustomerTiers: searchBy('/customer-tiers/', (t) => String(t.rank ?? t.id)),
	// the spec offers name__startswith (no contains), which is how people type a customer's name anyway
	searchCustomers: searchBy(
		'/customers/',
		(c) => `${String(c.name ?? c.id)}${c.nickname ? ` (${String(c.nickname)})` : ''}`,
		{
			textFilter: 'name__startswith',
		},
	),
	searchFacilities: searchBy('/inventory/facilities/', named),
	searchLicenseTypes: searchBy('/license-types/', (t) => String(t.display_type ?? t.type ?? t.id)),
	searchLicenses: searchBy(
		'/licenses/',
		(l) => `${String(l.number ?? l.id)}${l.display_type ? ` · ${String(l.display_type)}` : ''}`,
	),
	searchLineItems: searchBy(
		'/line-items/',
		(l) => {
			const frozen = ((l.frozen_data as IDataObject | undefined)?.product ?? {}) as IDataObject;
			return `#${String(l.id)} · ${String(frozen.name ?? `product ${String(l.product)}`)} × ${String(amountOf(l.quantity) ?? '')} · order ${tail(l.order)}`;
		},
		{ textFilter: 'product__name' },
	),
	searchOrderEventLogs: searchBy(
		'/order-event-logs/',
		(e) =>
			`${String(e.event_type ?? 'event')} · ${tail(e.order)} · ${String(e.author_name ?? e.by ?? '')} · ${day(e.created_on)}`,
	),
	searchOrderSalesReps: searchBy(
		'/order-sales-reps/',
		(a) => `#${String(a.id)} · order ${tail(a.order)} · rep ${String(a.rep ?? '')}`,
	),
	// newest first, filtered by LeafLink's order_id search (the order number or the seller's number)
	searchOrders: searchBy(
		'/orders-received/',
		(o) => {
			const customer = o.customer as IDataObject | undefined;
			const who = customer?.display_name ?? customer?.name ?? '';
			return `${String(o.short_id ?? o.number)} · ${String(o.status ?? '')}${who ? ` · ${String(who)}` : ''}${o.external_id_seller ? ` · ${String(o.external_id_seller)}` : ''}`;
		},
		{
			textFilter: 'order_id',
			query: { fields_include: 'number,short_id,status,customer,external_id_seller,created_on' },
			value: (o) => String(o.number),
		},
	),
	searchPayments: searchBy(
		'/order-payments/',
		(p) =>
			`#${String(p.id)} · ${String(amountOf(p.total) ?? '')} · ${String(p.payment_type ?? '')} · ${day(p.payment_date)} · order ${tail(p.order)}`,
	),
	searchProductCategories: searchBy('/product-categories/', named),
	searchProductLines: searchBy('/product-lines/', named),
	searchProductSubcategories: searchBy('/product-subcategories/', named),
	searchProducts: searchBy(
		'/products/',
		(p) => `${String(p.name ?? p.display_name ?? p.id)}${p.sku ? ` (${String(p.sku)})` : ''}`,
		{
			textFilter: 'search',
		},
	),
	searchPromoCodes: searchBy(
		'/promocodes/',
		(p) =>
			`${String(p.code ?? p.id)}${p.discount_amount ? ` · ${String(p.discount_amount)}%` : ''}`,
		{
			textFilter: 'code',
		},
	),
	searchReports: searchBy(
		'/reports/',
		(r) =>
			`${String(r.report_type ?? 'report')} · ${String(r.status ?? '')} · ${String(r.request_time ?? r.number)}`,
		{ value: (r) => String(r.number) },
	),
	searchRetailerInventory: searchBy(
		'/retailer-inventory/',
		(r) =>
			`${String(r.name ?? r.id)}${r.sku ? ` · ${String(r.sku)}` : ''}${r.quantity !== undefined ? ` · ${String(r.quantity)}` : ''}`,
	),
	searchStrains: searchBy('/strains/', named),
};
