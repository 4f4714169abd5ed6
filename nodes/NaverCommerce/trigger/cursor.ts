import type { IDataObject } from 'n8n-workflow';

import { formatNaverDateTime } from '../helpers/naverDate';
import type { ProductOrderChange } from '../transport/changedProductOrders';
import type { DatedSource, TriggerSource } from './description';

/**
 * Where the trigger stands in one of Naver's lists, kept in the node's static data.
 *
 * Each source is read in order of one date (a product order's lastChangedDate, an inquiry's
 * registration, a question's creation) and Naver's bounds include both ends, so a position is a
 * moment plus the events at exactly that moment that were already handled:
 * - every event dated before `positionMs` has been handled;
 * - of the events dated exactly `positionMs`, those in `identities` have been handled.
 * The next poll reads from `positionMs` (inclusive) and skips those identities, so events that
 * share a timestamp across a page or poll boundary are neither lost nor emitted twice.
 */
export interface FeedCursor {
	positionMs: number;
	identities: string[];
}

interface CursorSlot {
	/** Key in the node's static data. */
	key: string;
	/** Field names inside it, which say what the moment is to people reading the static data. */
	msField: string;
	dateField: string;
}

/**
 * One slot per source. Product order changes keep the key and fields the trigger has always
 * saved (`cursor.lastChangedMs`), so active workflows continue where they are.
 */
const CURSOR_SLOTS: Record<DatedSource, CursorSlot> = {
	productOrderChange: { key: 'cursor', msField: 'lastChangedMs', dateField: 'lastChangedDate' },
	customerInquiry: {
		key: 'customerInquiryCursor',
		msField: 'lastRegisteredMs',
		dateField: 'lastRegisteredDate',
	},
	productQuestion: {
		key: 'productQuestionCursor',
		msField: 'lastCreatedMs',
		dateField: 'lastCreatedDate',
	},
};

/** Key of the sent-back products the trigger knows (sentBackProducts.ts) in the node's static data. */
export const SENT_BACK_STATE_KEY = 'sentBackProducts';

/** Where each source keeps its position in the node's static data. */
const STATE_KEYS: Record<TriggerSource, string> = {
	productOrderChange: CURSOR_SLOTS.productOrderChange.key,
	customerInquiry: CURSOR_SLOTS.customerInquiry.key,
	productQuestion: CURSOR_SLOTS.productQuestion.key,
	productSentBack: SENT_BACK_STATE_KEY,
};

/**
 * One change, told apart from every other: a product order appears in the feed once per change,
 * so the same product order with another type or date is a new change.
 */
export function changeIdentity(change: ProductOrderChange, changedMs: number): string {
	return `${change.productOrderId}|${change.lastChangedType}|${changedMs}`;
}

/** The saved cursor of a source, or undefined when it has none (or someone edited it into nonsense). */
export function readCursor(staticData: IDataObject, source: DatedSource): FeedCursor | undefined {
	const slot = CURSOR_SLOTS[source];
	const saved = staticData[slot.key] as IDataObject | undefined;
	if (!saved || typeof saved !== 'object') return undefined;
	const positionMs = saved[slot.msField];
	const identities = saved.identities;
	if (typeof positionMs !== 'number' || !Number.isFinite(positionMs)) return undefined;
	if (!Array.isArray(identities) || identities.some((id) => typeof id !== 'string')) {
		return undefined;
	}
	return { positionMs, identities: [...(identities as string[])] };
}

/**
 * Stores the cursor as a new plain object, which marks n8n's observable static data as changed
 * so n8n persists it. The KST date is only there for people reading the static data.
 */
export function writeCursor(
	staticData: IDataObject,
	source: DatedSource,
	cursor: FeedCursor,
): void {
	const slot = CURSOR_SLOTS[source];
	staticData[slot.key] = {
		[slot.msField]: cursor.positionMs,
		[slot.dateField]: formatNaverDateTime(cursor.positionMs),
		identities: [...cursor.identities],
	};
}

/**
 * Forgets the positions of the sources this node no longer watches. A node switched from orders to
 * inquiries and back then starts the orders again at that activation, instead of replaying every
 * change of the months in between.
 */
export function forgetOtherCursors(staticData: IDataObject, source: TriggerSource): void {
	for (const [other, key] of Object.entries(STATE_KEYS)) {
		if (other !== source && staticData[key] !== undefined) delete staticData[key];
	}
}

export function sameCursor(a: FeedCursor, b: FeedCursor): boolean {
	return (
		a.positionMs === b.positionMs &&
		a.identities.length === b.identities.length &&
		a.identities.every((id, index) => id === b.identities[index])
	);
}
