import type { IDataObject, INodeExecutionData, IPollFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { toEpochMs } from '../helpers/naverDate';
import { fetchNumberedPages, springPage } from '../transport/pages';
import type { FeedCursor } from './cursor';
import type { DatedSource } from './description';
import { DAY_MS, pollSource, readPollSettings } from './source';

/** One record of a list the trigger reads by registration time: an inquiry, a question. */
export interface Registration {
	/** When it was registered (epoch ms). */
	ms: number;
	/** What tells it apart from every other record of its list: its number. */
	identity: string;
	/** Whether this node emits it ("Only Unanswered" skips the answered ones). */
	wanted: boolean;
	json: IDataObject;
}

/** A stretch of registration times read with one series of page requests; both ends included. */
export interface RegistrationWindow {
	fromMs: number;
	toMs: number;
}

export interface RegistrationList {
	/** Consecutive windows that cover [fromMs, toMs], oldest first. */
	windows(fromMs: number, toMs: number): RegistrationWindow[];
	/** Every record Naver lists for the window, in whatever order, possibly with repeats. */
	fetch(this: IPollFunctions, window: RegistrationWindow): Promise<Registration[]>;
}

/**
 * A backlog (backfill, n8n off for a while) is read a week at a time, so a poll that runs out of
 * time has still moved past whole weeks and the next one continues after them.
 */
export const REGISTRATION_WINDOW_MS = 7 * DAY_MS;

/** Registration time of a record, or a clear error naming the record. */
export function registeredAt(
	this: IPollFunctions,
	value: unknown,
	field: string,
	what: string,
): number {
	try {
		return toEpochMs(value, field);
	} catch (error) {
		throw new NodeOperationError(this.getNode(), error as Error, {
			description: `Naver sent ${what} without a readable ${field}.`,
		});
	}
}

/** The records of one window, each once, oldest first (ties in a fixed order). */
async function windowRecords(
	this: IPollFunctions,
	list: RegistrationList,
	window: RegistrationWindow,
): Promise<Registration[]> {
	const byIdentity = new Map<string, Registration>();
	// A record listed again on a later page (the list shifted while it was paged) counts once.
	for (const record of await list.fetch.call(this, window)) byIdentity.set(record.identity, record);
	return [...byIdentity.values()].sort(
		(a, b) => a.ms - b.ms || (a.identity < b.identity ? -1 : a.identity > b.identity ? 1 : 0),
	);
}

/**
 * Reads a list from the cursor up to `untilMs` (both inclusive), window by window.
 *
 * Naver documents no order for the inquiry list and the Q&A list, so a window is read to its last
 * page and sorted here before anything of it is emitted; the cursor then moves as on the change
 * feed: by registration time, with the numbers already handled at the cursor's moment. Records
 * outside the window (before the cursor, after `untilMs`) are left to the poll they belong to.
 * The server's `answered` filter is never used: a record answered while the pages are read would
 * leave the filtered list and shift a later one onto a page already read, where it would be
 * skipped. Without it, records only join the list, which can repeat one across pages (counted
 * once) but never hide one; "Only Unanswered" is applied to each record as it was read.
 *
 * It stops at `maxPerPoll` records or, between windows, when the time budget is spent; the cursor
 * then points at the last record handled, so the next poll continues exactly there.
 */
export async function readRegistrationsSince(
	this: IPollFunctions,
	list: RegistrationList,
	cursor: FeedCursor,
	untilMs: number,
	limits: { maxPerPoll: number; deadlineMs: number },
): Promise<{ registrations: Registration[]; next: FeedCursor }> {
	const handledAtCursor = new Set(cursor.identities);
	const registrations: Registration[] = [];
	let position: FeedCursor = { positionMs: cursor.positionMs, identities: [...cursor.identities] };

	const windows = list.windows(cursor.positionMs, untilMs);
	for (const [index, window] of windows.entries()) {
		for (const record of await windowRecords.call(this, list, window)) {
			if (record.ms < window.fromMs || record.ms > window.toMs) continue;
			if (record.ms === cursor.positionMs && handledAtCursor.has(record.identity)) continue;
			if (registrations.length >= limits.maxPerPoll) {
				return { registrations, next: position };
			}
			if (record.ms !== position.positionMs) {
				position = { positionMs: record.ms, identities: [] };
			}
			position.identities.push(record.identity);
			if (record.wanted) registrations.push(record);
		}
		// The whole window is handled: the cursor moves to its end (keeping the numbers at exactly
		// that moment, since the next read includes it).
		if (position.positionMs !== window.toMs) {
			position = { positionMs: window.toMs, identities: [] };
		}
		if (index < windows.length - 1 && Date.now() > limits.deadlineMs) break;
	}
	return { registrations, next: position };
}

/**
 * "Fetch Test Event": the newest record this node would emit, looked for in the last day, then
 * the last week, then the last 30 days, so fields can be mapped. The cursor is neither read nor
 * moved.
 */
export async function sampleLatestRegistration(
	this: IPollFunctions,
	list: RegistrationList,
	noun: string,
): Promise<INodeExecutionData[][]> {
	const now = Date.now();
	const ranges = [
		{ fromMs: now - DAY_MS, toMs: now },
		{ fromMs: now - 7 * DAY_MS, toMs: now - DAY_MS - 1 },
		{ fromMs: now - 30 * DAY_MS, toMs: now - 7 * DAY_MS - 1 },
	];
	for (const range of ranges) {
		let latest: Registration | undefined;
		for (const window of list.windows(range.fromMs, range.toMs)) {
			for (const record of await windowRecords.call(this, list, window)) {
				if (record.ms < window.fromMs || record.ms > window.toMs || !record.wanted) continue;
				if (!latest || record.ms >= latest.ms) latest = record;
			}
		}
		if (latest) return [[{ json: latest.json }]];
	}
	throw new NodeOperationError(this.getNode(), `No ${noun} in the last 30 days`, {
		description: `Fetch Test Event shows the latest real ${noun}. Wait for one, or turn off Only Unanswered; the active trigger is not affected.`,
	});
}

/**
 * Every record of one window of a registration list, read page by page, as registrations: when
 * each was registered (`date`), what identifies it (`id`), and whether it is wanted (not when only
 * unanswered ones are, and it is answered). `noun` names a record in an error.
 */
export async function fetchRegistrations(
	this: IPollFunctions,
	list: { path: string; qs: IDataObject; listField: 'content' | 'contents' },
	fields: { date: string; id: string; noun: string },
	onlyUnanswered: boolean,
): Promise<Registration[]> {
	const records = await fetchNumberedPages.call(this, {
		request: (page) => ({ method: 'GET', path: list.path, qs: { ...list.qs, page } }),
		read: springPage(list.listField),
		limit: Number.POSITIVE_INFINITY,
		itemIndex: 0,
	});
	return records.map((record) => ({
		ms: registeredAt.call(
			this,
			record[fields.date],
			fields.date,
			`${fields.noun} ${String(record[fields.id])}`,
		),
		identity: String(record[fields.id]),
		wanted: !(onlyUnanswered && record.answered === true),
		json: record,
	}));
}

/**
 * One poll of a registration source (new customer inquiries, new product questions): in manual
 * mode the newest record as a sample, otherwise every record registered since the cursor, each
 * once, Naver's record as it is.
 */
export async function pollRegistrations(
	this: IPollFunctions,
	source: DatedSource,
	list: RegistrationList,
	noun: string,
): Promise<INodeExecutionData[][] | null> {
	if (this.getMode() === 'manual') {
		return await sampleLatestRegistration.call(this, list, noun);
	}
	const settings = readPollSettings.call(this);
	return await pollSource.call(
		this,
		source,
		settings,
		async function (this: IPollFunctions, cursor, untilMs, limits) {
			const read = await readRegistrationsSince.call(this, list, cursor, untilMs, {
				maxPerPoll: settings.maxPerPoll,
				deadlineMs: limits.deadlineMs,
			});
			return { items: read.registrations.map(({ json }) => ({ json })), next: read.next };
		},
	);
}
