import type { IDataObject, IPollFunctions } from 'n8n-workflow';

import { formatNaverDateTime } from '../helpers/naverDate';
import { readCursor, type FeedCursor } from './cursor';
import type { DatedSource, TriggerSource } from './description';

/** Key of the trigger's activation records in the workflow's global static data. */
const START_KEY = 'naverCommerceTriggerStart';

/** Where a source's reading begins, and whether that position is already saved. */
export type SourceStart =
	/** The node's saved cursor. */
	| { kind: 'saved'; cursor: FeedCursor }
	/** The moment recorded when the trigger was activated; no cursor has been saved since. */
	| { kind: 'recorded'; cursor: FeedCursor }
	/** Neither: this poll is the first for this source, and `cursor` is where it starts. */
	| { kind: 'new'; cursor: FeedCursor };

/**
 * The position a poll reads from.
 *
 * The first poll of a source (n8n's activation poll) decides where the trigger starts. It writes
 * that start to the node's static data, but with n8n's durable poll cursors
 * (N8N_POLLER_DURABLE_CURSORS_ENABLED) the node's static data is committed only with an execution
 * or after a scheduled poll: what the activation poll wrote is dropped when it emits nothing, so
 * the first scheduled poll would find no position, start again at its own moment and lose every
 * event in between. So the start is also recorded in the workflow's global static data, which n8n
 * saves after activating the workflow in both cursor modes; a poll without a cursor continues
 * from it.
 *
 * The record names the node (its ID and name) and the source, so it is ignored by another node
 * that reuses the name, after a rename (whose node static data n8n keeps under the old name), and
 * for a source the node did not watch when it was activated: those start afresh, as before.
 */
export function sourceStart(
	this: IPollFunctions,
	source: DatedSource,
	nodeStaticData: IDataObject,
	newStartMs: number,
): SourceStart {
	const saved = readCursor(nodeStaticData, source);
	if (saved) return { kind: 'saved', cursor: saved };

	const record = readStartRecord.call(this, source);
	if (record && typeof record.startMs === 'number' && Number.isFinite(record.startMs)) {
		return { kind: 'recorded', cursor: { positionMs: record.startMs, identities: [] } };
	}
	writeStartRecord.call(this, source, {
		startMs: newStartMs,
		startDate: formatNaverDateTime(newStartMs),
	});
	return { kind: 'new', cursor: { positionMs: newStartMs, identities: [] } };
}

/** The key of this node's record: its ID, or its name for a node saved without one. */
function nodeKeyOf(this: IPollFunctions): string {
	const node = this.getNode();
	return node.id || node.name;
}

/**
 * This node's activation record for `source` in the workflow's global static data: undefined when
 * there is none, or when it was written by another node of that name, under another name, or for
 * another source.
 */
export function readStartRecord(
	this: IPollFunctions,
	source: TriggerSource,
): IDataObject | undefined {
	const global = this.getWorkflowStaticData('global');
	const records = (global[START_KEY] ?? {}) as IDataObject;
	const record = records[nodeKeyOf.call(this)] as IDataObject | undefined;
	if (!record || typeof record !== 'object') return undefined;
	return record.nodeName === this.getNode().name && record.source === source ? record : undefined;
}

/** Records where this node starts watching `source` (what that is depends on the source). */
export function writeStartRecord(
	this: IPollFunctions,
	source: TriggerSource,
	start: IDataObject,
): void {
	const global = this.getWorkflowStaticData('global');
	const records = (global[START_KEY] ?? {}) as IDataObject;
	// A new object, so n8n's observable static data marks the workflow's static data as changed.
	global[START_KEY] = {
		...records,
		[nodeKeyOf.call(this)]: { nodeName: this.getNode().name, source, ...start },
	};
}

/** Removes this node's activation record, once the node's own static data holds its position. */
export function forgetStartRecord(this: IPollFunctions): void {
	const global = this.getWorkflowStaticData('global');
	const records = global[START_KEY] as IDataObject | undefined;
	const nodeKey = nodeKeyOf.call(this);
	if (!records || typeof records !== 'object' || !(nodeKey in records)) return;
	global[START_KEY] = Object.fromEntries(
		Object.entries(records).filter(([key]) => key !== nodeKey),
	) as IDataObject;
}
