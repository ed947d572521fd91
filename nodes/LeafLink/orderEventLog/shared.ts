import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { searchList } from '../shared/lookups';
import type { RecordTarget } from '../shared/records';
import { idLocator } from '../shared/records';

export const eventLogLocator = idLocator({ name: 'eventLogId', displayName: 'Event Log Entry', searchListMethod: 'searchOrderEventLogs', placeholder: 'e.g. 1401' });

export const eventLogTarget: RecordTarget = { locator: eventLogLocator, path: '/order-event-logs/', label: 'order event log entry' };

export async function searchOrderEventLogs(this: ILoadOptionsFunctions, filter?: string, paginationToken?: string): Promise<INodeListSearchResult> {
	const result = await searchList(this, '/order-event-logs/', {}, paginationToken, (e: IDataObject) =>
		`${String(e.event_type ?? 'event')} · ${String(e.order ?? '').slice(-8)} · ${String(e.author_name ?? e.by ?? '')} · ${String(e.created_on ?? '').slice(0, 10)}`,
	);
	if (filter) result.results = result.results.filter((r) => r.name.toLowerCase().includes(filter.toLowerCase()));
	return result;
}
