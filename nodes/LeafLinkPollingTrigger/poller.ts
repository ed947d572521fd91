import type { IDataObject } from 'n8n-workflow';

/**
 * The poller's memory, kept in the workflow's static data (and nowhere else, so several n8n processes in
 * queue mode share it): a cursor on LeafLink's `modified` timestamp, and which version (modified) of each
 * recently changed record was already emitted.
 *
 * Each poll asks for records with `modified >= cursor - overlap`. The overlap catches a record whose change
 * became visible a little after a later one; the memory makes sure re-reading it emits nothing twice. Only
 * versions inside the overlap window can be read again, so older ones are forgotten and the memory stays
 * small (and capped).
 */

export interface PollState {
	/** ISO timestamp: the newest `modified` seen by a successful poll (or when polling started). */
	cursor?: string;
	/** record key -> the `modified` value of the version already emitted */
	seen?: Record<string, string>;
}

/** Hard cap on remembered versions, whatever the overlap window holds. */
export const MAX_SEEN = 5000;

export const DEFAULT_OVERLAP_SECONDS = 120;

export function recordKey(record: IDataObject, keyField: string): string {
	const key = record[keyField];
	return key === undefined || key === null ? '' : String(key);
}

export function modifiedOf(record: IDataObject): string {
	const value = record.modified ?? record.last_edit ?? record.created_on;
	return value === undefined || value === null ? '' : String(value);
}

function toMs(value: string | undefined): number {
	if (!value) return NaN;
	return Date.parse(value);
}

/** What LeafLink is asked for: everything modified since the cursor minus the overlap. */
export function sinceOf(state: PollState, overlapSeconds: number): string | undefined {
	const cursor = toMs(state.cursor);
	if (Number.isNaN(cursor)) return undefined;
	return new Date(cursor - overlapSeconds * 1000).toISOString();
}

export interface PollOutcome {
	/** records to emit, oldest change first */
	emit: IDataObject[];
	/** the state to store once the poll has succeeded */
	next: PollState;
}

/**
 * Given every record LeafLink returned for this poll, picks the versions not emitted before and computes the
 * next state. Pure: the caller stores `next` only after everything succeeded.
 */
export function applyPoll(
	state: PollState,
	records: IDataObject[],
	keyField: string,
	overlapSeconds: number,
): PollOutcome {
	const seen: Record<string, string> = { ...(state.seen ?? {}) };
	let cursorMs = toMs(state.cursor);

	// one version per record: the newest returned (several status queries may return the same record)
	const latest = new Map<string, IDataObject>();
	for (const record of records) {
		const key = recordKey(record, keyField);
		if (!key) continue;
		const existing = latest.get(key);
		if (!existing || (toMs(modifiedOf(record)) || 0) >= (toMs(modifiedOf(existing)) || 0))
			latest.set(key, record);
	}

	const fresh: IDataObject[] = [];
	for (const [key, record] of latest) {
		const modified = modifiedOf(record);
		const ms = toMs(modified);
		if (!Number.isNaN(ms) && (Number.isNaN(cursorMs) || ms > cursorMs)) cursorMs = ms;
		if (seen[key] === modified) continue;
		seen[key] = modified;
		fresh.push(record);
	}
	fresh.sort((a, b) => (toMs(modifiedOf(a)) || 0) - (toMs(modifiedOf(b)) || 0));

	const cursor = Number.isNaN(cursorMs) ? state.cursor : new Date(cursorMs).toISOString();
	return { emit: fresh, next: { cursor, seen: prune(seen, cursor, overlapSeconds) } };
}

/** Forgets versions the next poll cannot read again (older than its window), and caps what is left. */
export function prune(
	seen: Record<string, string>,
	cursor: string | undefined,
	overlapSeconds: number,
): Record<string, string> {
	const since = toMs(sinceOf({ cursor }, overlapSeconds));
	let entries = Object.entries(seen).filter(([, modified]) => {
		const ms = toMs(modified);
		return Number.isNaN(since) || Number.isNaN(ms) || ms >= since;
	});
	if (entries.length > MAX_SEEN) {
		entries = entries.sort((a, b) => (toMs(b[1]) || 0) - (toMs(a[1]) || 0)).slice(0, MAX_SEEN);
	}
	return Object.fromEntries(entries);
}

/** The record changed most recently, for a manual test run. */
export function newest(records: IDataObject[]): IDataObject | undefined {
	let best: IDataObject | undefined;
	for (const record of records) {
		if (!best || (toMs(modifiedOf(record)) || 0) > (toMs(modifiedOf(best)) || 0)) best = record;
	}
	return best;
}
