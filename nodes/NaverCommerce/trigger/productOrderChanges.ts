import type { INodeExecutionData, IPollFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { toEpochMs } from '../helpers/naverDate';
import {
	changedProductOrderPages,
	type ProductOrderChange,
} from '../transport/changedProductOrders';
import { fetchProductOrderDetails } from '../transport/productOrderDetails';
import { changeIdentity, type FeedCursor } from './cursor';
import { DAY_MS, HOUR_MS, pollSource, readPollSettings, type SourceRead } from './source';

interface OrderSettings {
	events: string[];
	output: 'changes' | 'details';
}

function readOrderSettings(this: IPollFunctions): OrderSettings {
	const events = this.getNodeParameter('events', []) as string[];
	if (events.length === 0) {
		throw new NodeOperationError(this.getNode(), 'Choose at least one event', {
			description: 'The trigger needs to know which product order changes start the workflow.',
		});
	}
	return {
		events,
		output: this.getNodeParameter('output', 'changes') === 'details' ? 'details' : 'changes',
	};
}

/** Trigger On "Product Order Change": Naver's change feed (last-changed-statuses). */
export async function pollProductOrderChanges(
	this: IPollFunctions,
): Promise<INodeExecutionData[][] | null> {
	const settings = readOrderSettings.call(this);
	if (this.getMode() === 'manual') return await sampleChanges.call(this, settings);
	const pollSettings = readPollSettings.call(this);
	return await pollSource.call(
		this,
		'productOrderChange',
		pollSettings,
		async function (this: IPollFunctions, cursor, untilMs, limits): Promise<SourceRead> {
			const read = await readChangesSince.call(
				this,
				cursor,
				untilMs,
				{
					events: settings.events,
					maxPerPoll: pollSettings.maxPerPoll,
				},
				limits,
			);
			const items =
				settings.output === 'details'
					? await withDetails.call(this, read.changes)
					: read.changes.map((change) => ({ json: change }));
			return { items, next: read.next };
		},
	);
}

interface ChangesRead {
	/** The new changes of the selected types, oldest first. */
	changes: ProductOrderChange[];
	/** The cursor after them. */
	next: FeedCursor;
}

/**
 * Reads the feed from the cursor up to `untilMs` (both inclusive), 24-hour windows and `more`
 * pages handled by the transport. It stops early when `maxPerPoll` changes are collected or the
 * time budget is spent; the cursor then points at the last change read, so the next poll
 * continues exactly there.
 */
async function readChangesSince(
	this: IPollFunctions,
	cursor: FeedCursor,
	untilMs: number,
	settings: { events: string[]; maxPerPoll: number },
	limits: { deadlineMs: number },
): Promise<ChangesRead> {
	const wanted = new Set(settings.events);
	const handledAtCursor = new Set(cursor.identities);
	const changes: ProductOrderChange[] = [];
	// The position of the last change read (of any type), with every identity read at its moment.
	let position: FeedCursor = {
		positionMs: cursor.positionMs,
		identities: [...cursor.identities],
	};
	let complete = true;

	const pages = changedProductOrderPages.call(this, {
		fromMs: cursor.positionMs,
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
			if (changedMs === cursor.positionMs && handledAtCursor.has(identity)) continue;
			if (changedMs < position.positionMs) {
				// The feed is sorted; anything else would make the cursor unsafe, so say so.
				throw new NodeOperationError(
					this.getNode(),
					'Naver returned changes out of order; the poll was not applied',
					{
						description: `Change ${change.productOrderId} at ${change.lastChangedDate} came after a later one. The next poll repeats the same window.`,
					},
				);
			}
			if (changes.length >= settings.maxPerPoll) {
				complete = false;
				break reading;
			}
			if (changedMs !== position.positionMs) {
				position = { positionMs: changedMs, identities: [] };
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
	const next: FeedCursor = !complete
		? position
		: {
				positionMs: untilMs,
				identities: position.positionMs === untilMs ? position.identities : [],
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
	settings: OrderSettings,
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
