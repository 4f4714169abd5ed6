import type { IDataObject } from 'n8n-workflow';

import { formatNaverDateTime } from '../helpers/naverDate';
import type { ProductOrderChange } from '../transport/changedProductOrders';

/**
 * Where the trigger stands in Naver's change feed, kept in the workflow's static data.
 *
 * Naver sorts the feed by (lastChangedDate, productOrderId) and its bounds are inclusive, so a
 * position is a moment plus the changes at exactly that moment that were already handled:
 * - every change dated before `lastChangedMs` has been handled;
 * - of the changes dated exactly `lastChangedMs`, those in `identities` have been handled.
 * The next poll reads from `lastChangedMs` (inclusive) and skips those identities, so changes that
 * share a timestamp across a page or poll boundary are neither lost nor emitted twice.
 */
export interface ChangeCursor {
	lastChangedMs: number;
	identities: string[];
}

const STATIC_DATA_KEY = 'cursor';

/**
 * One change, told apart from every other: a product order appears in the feed once per change,
 * so the same product order with another type or date is a new change.
 */
export function changeIdentity(change: ProductOrderChange, changedMs: number): string {
	return `${change.productOrderId}|${change.lastChangedType}|${changedMs}`;
}

/** The saved cursor, or undefined on first activation (or if someone edited it into nonsense). */
export function readCursor(staticData: IDataObject): ChangeCursor | undefined {
	const saved = staticData[STATIC_DATA_KEY] as IDataObject | undefined;
	if (!saved || typeof saved !== 'object') return undefined;
	const lastChangedMs = saved.lastChangedMs;
	const identities = saved.identities;
	if (typeof lastChangedMs !== 'number' || !Number.isFinite(lastChangedMs)) return undefined;
	if (!Array.isArray(identities) || identities.some((id) => typeof id !== 'string')) {
		return undefined;
	}
	return { lastChangedMs, identities: [...(identities as string[])] };
}

/**
 * Stores the cursor as a new plain object, which marks n8n's observable static data as changed
 * so n8n persists it. The KST date is only there for people reading the static data.
 */
export function writeCursor(staticData: IDataObject, cursor: ChangeCursor): void {
	staticData[STATIC_DATA_KEY] = {
		lastChangedMs: cursor.lastChangedMs,
		lastChangedDate: formatNaverDateTime(cursor.lastChangedMs),
		identities: [...cursor.identities],
	};
}

export function sameCursor(a: ChangeCursor, b: ChangeCursor): boolean {
	return (
		a.lastChangedMs === b.lastChangedMs &&
		a.identities.length === b.identities.length &&
		a.identities.every((id, index) => id === b.identities[index])
	);
}
