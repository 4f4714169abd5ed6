import type { IDataObject, INodeExecutionData, IPollFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { toEpochMs } from '../helpers/naverDate';
import {
	changedProductOrderPages,
	type ProductOrderChange,
} from '../transport/changedProductOrders';
import { fetchProductOrderDetails } from '../transport/productOrderDetails';
import { changeIdentity, readCursor, sameCursor, writeCursor, type ChangeCursor } from './cursor';
import { DEFAULT_MAX_CHANGES_PER_POLL, DEFAULT_SAFETY_LAG_SECONDS } from './description';

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;
/** n8n 2.x abandons a poll after its budget; older versions have no budget, so assume theirs. */
const DEFAULT_POLL_BUDGET_MS = 5 * 60 * 1000;

interface TriggerSettings {
	events: string[];
	output: 'changes' | 'details';
	backfillHours: number;
	safetyLagMs: number;
	maxChangesPerPoll: number;
}

function readSettings(this: IPollFunctions): TriggerSettings {
	const events = this.getNodeParameter('events', []) as string[];
	if (events.length === 0) {
		throw new NodeOperationError(this.getNode(), 'Choose at least one event', {
			description: 'The trigger needs to know which product order changes start the workflow.',
		});
	}
	const options = this.getNodeParameter('options', {}) as IDataObject;
	const number = (value: unknown, fallback: number, min: number) => {
		const parsed = Number(value ?? fallback);
		return Number.isFinite(parsed) ? Math.max(min, parsed) : fallback;
	};
	return {
		events,
		output: this.getNodeParameter('output', 'changes') === 'details' ? 'details' : 'changes',
		backfillHours: number(options.backfillHours, 0, 0),
		safetyLagMs: number(options.safetyLagSeconds, DEFAULT_SAFETY_LAG_SECONDS, 0) * 1000,
		maxChangesPerPoll: Math.floor(
			number(options.maxChangesPerPoll, DEFAULT_MAX_CHANGES_PER_POLL, 1),
		),
	};
}

/**
 * One poll of an active workflow. The cursor is read from the node's static data and written back
 * only after every request of the poll succeeded, right before the items are returned: a poll
 * that throws leaves it untouched (n8n then shows the error and the next poll repeats the same
 * window), and n8n persists it with the execution it starts, or on its own when nothing is new.
 */
export async function pollChanges(this: IPollFunctions): Promise<INodeExecutionData[][] | null> {
	const settings = readSettings.call(this);
	if (this.getMode() === 'manual') return await sampleChanges.call(this, settings);

	const staticData = this.getWorkflowStaticData('node');
	const startedMs = Date.now();
	// Naver may list a change a little after its lastChangedDate (its feed is filled
	// asynchronously). Reading only up to now minus a safety lag means a window is read once it can
	// no longer grow, so the cursor can move past it for good. The alternative, re-reading an
	// overlap and deduplicating by identity, needs every identity of the overlap in static data
	// (thousands in a burst) and still loses what arrives later than the overlap; the lag keeps the
	// static data to the changes of one timestamp and costs only a delay of `safetyLagMs`.
	const untilMs = startedMs - settings.safetyLagMs;

	const saved = readCursor(staticData);
	if (!saved && settings.backfillHours <= 0) {
		// First activation: start at this moment rather than flood the workflow with history.
		writeCursor(staticData, { lastChangedMs: startedMs, identities: [] });
		return null;
	}
	const cursor = saved ?? {
		lastChangedMs: startedMs - settings.backfillHours * HOUR_MS,
		identities: [],
	};
	if (untilMs < cursor.lastChangedMs) return null;

	const budgetMs =
		typeof this.getPollBudgetMs === 'function' ? this.getPollBudgetMs() : DEFAULT_POLL_BUDGET_MS;
	// Half the budget for reading the feed leaves the other half for the details requests.
	const read = await readChangesSince.call(this, cursor, untilMs, settings, {
		deadlineMs: startedMs + budgetMs / 2,
	});
	const items =
		settings.output === 'details'
			? await withDetails.call(this, read.changes)
			: read.changes.map((change) => ({ json: change }));

	if (!saved || !sameCursor(read.next, cursor)) writeCursor(staticData, read.next);
	return items.length > 0 ? [items] : null;
}

interface ReadResult {
	/** The new changes of the selected types, oldest first. */
	changes: ProductOrderChange[];
	/** The cursor after them. */
	next: ChangeCursor;
}

/**
 * Reads the feed from the cursor up to `untilMs` (both inclusive), 24-hour windows and `more`
 * pages handled by the transport. It stops early when `maxChangesPerPoll` changes are collected
 * or the time budget is spent; the cursor then points at the last change read, so the next poll
 * continues exactly there.
 */
async function readChangesSince(
	this: IPollFunctions,
	cursor: ChangeCursor,
	untilMs: number,
	settings: Pick<TriggerSettings, 'events' | 'maxChangesPerPoll'>,
	limits: { deadlineMs: number },
): Promise<ReadResult> {
	const wanted = new Set(settings.events);
	const handledAtCursor = new Set(cursor.identities);
	const changes: ProductOrderChange[] = [];
	// The position of the last change read (of any type), with every identity read at its moment.
	let position: ChangeCursor = {
		lastChangedMs: cursor.lastChangedMs,
		identities: [...cursor.identities],
	};
	let complete = true;

	const pages = changedProductOrderPages.call(this, {
		fromMs: cursor.lastChangedMs,
		toMs: untilMs,
		// One event: Naver filters. Several: one pass over the whole feed, filtered here, costs fewer
		// requests than one pass per event.
		lastChangedType: wanted.size === 1 ? settings.events[0] : undefined,
	});
	reading: for await (const page of pages) {
		for (const change of page.changes) {
			const changedMs = changedAt.call(this, change);
			const identity = changeIdentity(change, changedMs);
			// Beyond the window asked for (Naver should never send it): a later poll reads it, after
			// the lag; emitting it now and moving the cursor to untilMs would repeat it.
			if (changedMs > untilMs) break reading;
			if (changedMs === cursor.lastChangedMs && handledAtCursor.has(identity)) continue;
			if (changedMs < position.lastChangedMs) {
				// The feed is sorted; anything else would make the cursor unsafe, so say so.
				throw new NodeOperationError(
					this.getNode(),
					'Naver returned changes out of order; the poll was not applied',
					{
						description: `Change ${change.productOrderId} at ${change.lastChangedDate} came after a later one. The next poll repeats the same window.`,
					},
				);
			}
			if (changes.length >= settings.maxChangesPerPoll) {
				complete = false;
				break reading;
			}
			if (changedMs !== position.lastChangedMs) {
				position = { lastChangedMs: changedMs, identities: [] };
			}
			position.identities.push(identity);
			if (wanted.has(change.lastChangedType)) changes.push(change);
		}
		if (Date.now() > limits.deadlineMs) {
			complete = false;
			break;
		}
	}

	// Having read everything up to untilMs, the cursor moves there: every change before it is
	// handled (identities at exactly untilMs are kept, since the next read includes that moment).
	const next: ChangeCursor = !complete
		? position
		: {
				lastChangedMs: untilMs,
				identities: position.lastChangedMs === untilMs ? position.identities : [],
			};
	return { changes, next };
}

function changedAt(this: IPollFunctions, change: ProductOrderChange): number {
	try {
		return toEpochMs(change.lastChangedDate, 'lastChangedDate');
	} catch (error) {
		throw new NodeOperationError(this.getNode(), error as Error, {
			description: `Naver sent a change of product order ${change.productOrderId} without a readable lastChangedDate.`,
		});
	}
}

/**
 * Each change as its product order's current details, with the change itself under `lastChange`.
 * A product order Naver no longer returns still yields its change, so no event is dropped.
 */
async function withDetails(
	this: IPollFunctions,
	changes: ProductOrderChange[],
): Promise<INodeExecutionData[]> {
	if (changes.length === 0) return [];
	const ids = [...new Set(changes.map((change) => change.productOrderId))];
	const details = await fetchProductOrderDetails.call(this, ids);
	const byId = new Map(
		details.map((entry) => [String(entry.productOrder?.productOrderId ?? ''), entry]),
	);
	return changes.map((change) => ({
		json: { ...(byId.get(change.productOrderId) ?? {}), lastChange: change },
	}));
}

/**
 * "Fetch Test Event": the latest change of each selected event, looked for in the last hour, then
 * the last day, then the last week, so fields can be mapped. The cursor is neither read nor moved.
 */
async function sampleChanges(
	this: IPollFunctions,
	settings: TriggerSettings,
): Promise<INodeExecutionData[][]> {
	const now = Date.now();
	const wanted = new Set(settings.events);
	const ranges = [
		{ fromMs: now - HOUR_MS, toMs: now },
		{ fromMs: now - DAY_MS, toMs: now - HOUR_MS - 1 },
		{ fromMs: now - 7 * DAY_MS, toMs: now - DAY_MS - 1 },
	];
	for (const range of ranges) {
		const latestByType = new Map<string, ProductOrderChange>();
		const pages = changedProductOrderPages.call(this, {
			...range,
			lastChangedType: wanted.size === 1 ? settings.events[0] : undefined,
		});
		for await (const page of pages) {
			for (const change of page.changes) {
				// The feed is oldest first, so the last one seen of a type is its latest.
				if (wanted.has(change.lastChangedType)) latestByType.set(change.lastChangedType, change);
			}
		}
		if (latestByType.size === 0) continue;
		const latest = [...latestByType.values()].sort(
			(a, b) => changedAt.call(this, b) - changedAt.call(this, a),
		);
		const items =
			settings.output === 'details'
				? await withDetails.call(this, latest)
				: latest.map((change) => ({ json: change }));
		return [items];
	}
	throw new NodeOperationError(
		this.getNode(),
		'No change of the selected events in the last 7 days',
		{
			description:
				'Fetch Test Event shows the latest real change. Pick more events or wait for an order to change; the active trigger is not affected.',
		},
	);
}
