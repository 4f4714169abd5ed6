import type { IDataObject, INodeExecutionData, IPollFunctions } from 'n8n-workflow';

import { forgetOtherCursors, sameCursor, writeCursor, type FeedCursor } from './cursor';
import {
	DEFAULT_MAX_CHANGES_PER_POLL,
	DEFAULT_SAFETY_LAG_SECONDS,
	type DatedSource,
} from './description';
import { sourceStart } from './start';

export const HOUR_MS = 60 * 60 * 1000;
export const DAY_MS = 24 * HOUR_MS;
/** n8n 2.x abandons a poll after its budget; older versions have no budget, so assume theirs. */
const DEFAULT_POLL_BUDGET_MS = 5 * 60 * 1000;

/** The options every source shares. */
export interface PollSettings {
	backfillHours: number;
	safetyLagMs: number;
	maxPerPoll: number;
}

export function readPollSettings(this: IPollFunctions): PollSettings {
	const options = this.getNodeParameter('options', {}) as IDataObject;
	const number = (value: unknown, fallback: number, min: number) => {
		const parsed = Number(value ?? fallback);
		return Number.isFinite(parsed) ? Math.max(min, parsed) : fallback;
	};
	return {
		backfillHours: number(options.backfillHours, 0, 0),
		safetyLagMs: number(options.safetyLagSeconds, DEFAULT_SAFETY_LAG_SECONDS, 0) * 1000,
		maxPerPoll: Math.floor(number(options.maxChangesPerPoll, DEFAULT_MAX_CHANGES_PER_POLL, 1)),
	};
}

/** What one read of a source found: the items to emit, and the cursor after them. */
export interface SourceRead {
	items: INodeExecutionData[];
	next: FeedCursor;
}

/**
 * Reads a source from `cursor` up to `untilMs` (both inclusive). It may stop early (the per-poll
 * cap, the time budget at `deadlineMs`); `next` then points at the last event handled, so the next
 * poll continues exactly there.
 */
export type SourceReader = (
	this: IPollFunctions,
	cursor: FeedCursor,
	untilMs: number,
	limits: { deadlineMs: number },
) => Promise<SourceRead>;

/**
 * One poll of an active workflow, the same for every source. The cursor is read from the node's
 * static data and written back only after every request of the poll succeeded, right before the
 * items are returned: a poll that throws leaves it untouched (n8n then shows the error and the
 * next poll repeats the same window), and n8n persists it with the execution it starts, or on its
 * own when nothing is new.
 */
export async function pollSource(
	this: IPollFunctions,
	source: DatedSource,
	settings: PollSettings,
	read: SourceReader,
): Promise<INodeExecutionData[][] | null> {
	const staticData = this.getWorkflowStaticData('node');
	const startedMs = Date.now();
	// Naver may list an event a little after its date (its lists are filled asynchronously).
	// Reading only up to now minus a safety lag means a window is read once it can no longer grow,
	// so the cursor can move past it for good. The alternative, re-reading an overlap and
	// deduplicating by identity, needs every identity of the overlap in static data (thousands in a
	// burst) and still loses what arrives later than the overlap; the lag keeps the static data to
	// the events of one timestamp and costs only a delay of `safetyLagMs`.
	const untilMs = startedMs - settings.safetyLagMs;

	const start = sourceStart.call(
		this,
		source,
		staticData,
		startedMs - settings.backfillHours * HOUR_MS,
	);
	forgetOtherCursors(staticData, source);
	if (start.kind === 'new' && settings.backfillHours <= 0) {
		// First activation: start at this moment rather than flood the workflow with history.
		writeCursor(staticData, source, start.cursor);
		return null;
	}
	const cursor = start.cursor;
	if (untilMs < cursor.positionMs) {
		if (start.kind !== 'saved') writeCursor(staticData, source, cursor);
		return null;
	}

	const budgetMs =
		typeof this.getPollBudgetMs === 'function' ? this.getPollBudgetMs() : DEFAULT_POLL_BUDGET_MS;
	// Half the budget for reading leaves the other half for follow-up requests (details).
	const result = await read.call(this, cursor, untilMs, { deadlineMs: startedMs + budgetMs / 2 });

	if (start.kind !== 'saved' || !sameCursor(result.next, cursor)) {
		writeCursor(staticData, source, result.next);
	}
	return result.items.length > 0 ? [result.items] : null;
}
