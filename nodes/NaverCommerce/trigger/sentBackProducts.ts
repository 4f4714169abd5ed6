import type { IDataObject, INodeExecutionData, IPollFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { formatNaverDateTime } from '../helpers/naverDate';
import { naverCommerceRequest } from '../transport';
import { fetchNumberedPages, springPage } from '../transport/pages';
import { forgetOtherCursors, SENT_BACK_STATE_KEY } from './cursor';
import { forgetStartRecord, readStartRecord, writeStartRecord } from './start';
import { readPollSettings } from './source';

const SENT_BACK_PATH = '/v1/product-inspections/channel-products';
/** The list takes a page size of 10, 50 or 100 only ("10, 50, 100만 입력 가능"). */
const LIST_PAGE_SIZE = 100;
const SAMPLE_PAGE_SIZE = 10;

/**
 * What the trigger knows of one sent-back product: whether a restore was requested when the list
 * was last read (restorationRequestAvailable false: "이미 복원 요청하여 검수 진행 중"), and whether
 * the last poll missed it.
 */
interface KnownProduct {
	restoreRequested: boolean;
	missing: boolean;
}

/** The products the trigger knows, by channel product number. */
type KnownProducts = Map<string, KnownProduct>;

/**
 * How the known products are stored: three lists of channel product numbers, sorted, so that a
 * poll that changes nothing writes the same JSON (n8n then stores nothing).
 */
interface StoredKnownProducts extends IDataObject {
	/** Listed, open to a restore request. */
	open: string[];
	/** Listed, a restore requested and being inspected again. */
	restoreRequested: string[];
	/** Of the two above, those the last poll did not find listed. */
	missing: string[];
}

const byNumber = (a: string, b: string) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);

function storeKnown(known: KnownProducts): StoredKnownProducts {
	const stored: StoredKnownProducts = { open: [], restoreRequested: [], missing: [] };
	for (const [channelProductNo, product] of known) {
		(product.restoreRequested ? stored.restoreRequested : stored.open).push(channelProductNo);
		if (product.missing) stored.missing.push(channelProductNo);
	}
	stored.open.sort(byNumber);
	stored.restoreRequested.sort(byNumber);
	stored.missing.sort(byNumber);
	return stored;
}

const isNumberList = (value: unknown): value is string[] =>
	Array.isArray(value) && value.every((entry) => typeof entry === 'string');

/** The stored products, or undefined when there are none (or someone edited them into nonsense). */
function readKnown(value: unknown): KnownProducts | undefined {
	if (!value || typeof value !== 'object') return undefined;
	const { open, restoreRequested, missing } = value as IDataObject;
	if (!isNumberList(open) || !isNumberList(restoreRequested) || !isNumberList(missing)) {
		return undefined;
	}
	const missingSet = new Set(missing);
	const known: KnownProducts = new Map();
	for (const channelProductNo of open) {
		known.set(channelProductNo, {
			restoreRequested: false,
			missing: missingSet.has(channelProductNo),
		});
	}
	for (const channelProductNo of restoreRequested) {
		known.set(channelProductNo, {
			restoreRequested: true,
			missing: missingSet.has(channelProductNo),
		});
	}
	return known;
}

/** One product of the list as Naver sent it, with the number it is known by. */
interface SentBackProduct {
	channelProductNo: string;
	restoreRequested: boolean;
	json: IDataObject;
}

function sentBackProduct(this: IPollFunctions, record: IDataObject): SentBackProduct {
	const number = record.channelProductNo;
	if ((typeof number !== 'number' && typeof number !== 'string') || String(number) === '') {
		throw new NodeOperationError(this.getNode(), 'Naver listed a product without its number', {
			description: `GET ${SENT_BACK_PATH} answered an entry without channelProductNo: ${JSON.stringify(record).slice(0, 200)}`,
		});
	}
	return {
		channelProductNo: String(number),
		restoreRequested: record.restorationRequestAvailable === false,
		json: record,
	};
}

/**
 * Every product the list holds now, each once, in Naver's order. The page documents no order and
 * the list changes while it is paged: a product sent back meanwhile can repeat one on the next
 * page (counted once); a product that leaves can shift one onto a page already read, which this
 * read then misses (see KnownProduct.missing for why that emits nothing twice).
 */
async function readSentBackList(this: IPollFunctions): Promise<SentBackProduct[]> {
	const records = await fetchNumberedPages.call(this, {
		request: (page) => ({
			method: 'GET',
			path: SENT_BACK_PATH,
			qs: { page, size: LIST_PAGE_SIZE },
		}),
		read: springPage('contents'),
		limit: Number.POSITIVE_INFINITY,
		itemIndex: 0,
	});
	const products = new Map<string, SentBackProduct>();
	for (const record of records) {
		const product = sentBackProduct.call(this, record);
		if (!products.has(product.channelProductNo)) products.set(product.channelProductNo, product);
	}
	return [...products.values()];
}

/** Whether a product the trigger knows (and the last poll found) is absent from the read. */
function someAbsent(known: KnownProducts, listed: SentBackProduct[]): boolean {
	const numbers = new Set(listed.map((product) => product.channelProductNo));
	return [...known].some(([number, product]) => !product.missing && !numbers.has(number));
}

/**
 * Two reads of the list one after the other as one: every product either listed, as the later
 * read shows it (its restore flag may have changed), in the later read's order. One that only the
 * first listed is kept: if it left, the next poll misses it.
 */
function mergeReads(first: SentBackProduct[], later: SentBackProduct[]): SentBackProduct[] {
	const numbers = new Set(later.map((product) => product.channelProductNo));
	return [...later, ...first.filter((product) => !numbers.has(product.channelProductNo))];
}

/** Everything listed now, known from here on without being emitted. */
function knownFromList(listed: SentBackProduct[]): KnownProducts {
	return new Map(
		listed.map((product) => [
			product.channelProductNo,
			{ restoreRequested: product.restoreRequested, missing: false },
		]),
	);
}

/**
 * Compares what Naver lists now with what the trigger knows, and returns the products to emit (at
 * most `maxPerPoll`, in Naver's order) and what the trigger knows after them.
 *
 * A product is sent back (one item) when it is listed and
 * - the trigger does not know it: new on the list, or back on it after it left;
 * - or the trigger last saw a restore requested for it (restorationRequestAvailable false) and now
 *   sees it open to a request again while still listed: the inspection that followed the request
 *   sent it back once more (with its new reason). A refusal is seen only if one poll saw the
 *   request pending and the next sees the product open: a request refused before any poll saw it,
 *   or requested again before any poll saw it open, is not told apart from what came before.
 *
 * A product not listed is forgotten only when two polls in a row miss it. One read of several
 * pages can miss a product that is still there (one that left shifted it onto a page already
 * read); forgetting it then would emit it a second time at the next poll. So a poll whose read of
 * several pages lacks a known product reads the list once more (the shifted product is then on
 * the page it moved to), and even a product both reads miss is only marked missing. The cost: a
 * product that leaves and comes back before the next poll is not emitted again.
 *
 * A product beyond `maxPerPoll` is left as it was, so the next poll emits it. What is kept is the
 * list itself plus the products one poll missed: bounded by Naver's list, never growing with time.
 */
export function compareSentBack(
	known: KnownProducts,
	listed: SentBackProduct[],
	maxPerPoll: number,
): { emit: IDataObject[]; next: KnownProducts } {
	const emit: IDataObject[] = [];
	const next: KnownProducts = new Map();
	for (const product of listed) {
		const before = known.get(product.channelProductNo);
		const sentBack = !before || (before.restoreRequested && !product.restoreRequested);
		if (sentBack && emit.length >= maxPerPoll) {
			if (before) next.set(product.channelProductNo, { ...before, missing: false });
			continue;
		}
		if (sentBack) emit.push(product.json);
		next.set(product.channelProductNo, {
			restoreRequested: product.restoreRequested,
			missing: false,
		});
	}
	for (const [channelProductNo, before] of known) {
		if (!next.has(channelProductNo) && !before.missing) {
			next.set(channelProductNo, { ...before, missing: true });
		}
	}
	return { emit, next };
}

/** Stores the known products as a new object, so n8n's observable static data sees the change. */
function writeKnown(staticData: IDataObject, known: KnownProducts): void {
	const stored = storeKnown(known);
	if (JSON.stringify(stored) !== JSON.stringify(staticData[SENT_BACK_STATE_KEY])) {
		staticData[SENT_BACK_STATE_KEY] = stored;
	}
}

/**
 * "Fetch Test Event": the first product of the list, so fields can be mapped. Nothing is stored.
 */
async function sampleSentBack(this: IPollFunctions): Promise<INodeExecutionData[][]> {
	const response = await naverCommerceRequest.call(
		this,
		{ method: 'GET', path: SENT_BACK_PATH, qs: { page: 1, size: SAMPLE_PAGE_SIZE } },
		0,
	);
	const [first] = springPage('contents')(response.body ?? {}, 1).entries;
	if (!first) {
		throw new NodeOperationError(this.getNode(), 'No product is sent back by inspection now', {
			description:
				'Fetch Test Event shows a product of Naver’s list of products sent back for correction, and the list is empty. Each item has channelProductNo, reason, action and restorationRequestAvailable; the active trigger is not affected.',
		});
	}
	return [[{ json: first }]];
}

/**
 * Trigger On "Product Sent Back by Inspection" (상품 검수, 수정 요청 상품): one item per product
 * Naver's inspection sent back for correction since the last poll, Naver's record as it is
 * (channelProductNo, reason, action, restorationRequestAvailable), ready for Product Inspection →
 * Request Restore or Channel Product → Get.
 *
 * The list has no dates, so the trigger reads all of it at each poll and compares it with the
 * products it knows (compareSentBack). The first activation knows what is listed then and emits
 * none of it (Backfill does not apply: nothing says when a product was sent back). What it knows
 * is written only after every page was read: a failed poll changes nothing and emits nothing.
 *
 * With n8n's durable poll cursors the node's static data written by the activation poll is dropped
 * when it emits nothing (see start.ts), so what the activation found is also recorded in the
 * workflow's global static data, and the first scheduled poll compares with that. Once the node's
 * own static data holds the products, the record is removed.
 */
export async function pollSentBackProducts(
	this: IPollFunctions,
): Promise<INodeExecutionData[][] | null> {
	if (this.getMode() === 'manual') return await sampleSentBack.call(this);
	const { maxPerPoll } = readPollSettings.call(this);
	const staticData = this.getWorkflowStaticData('node');
	forgetOtherCursors(staticData, 'productSentBack');

	const saved = readKnown(staticData[SENT_BACK_STATE_KEY]);
	const recorded = saved
		? undefined
		: readKnown(readStartRecord.call(this, 'productSentBack')?.known);
	let listed = await readSentBackList.call(this);
	const known = saved ?? recorded;
	if (known && listed.length >= LIST_PAGE_SIZE && someAbsent(known, listed)) {
		// A known product is absent from a read of several pages: it left, or it shifted onto a
		// page already read. A second read finds a shifted one on the page it moved to.
		listed = mergeReads(listed, await readSentBackList.call(this));
	}

	if (!known) {
		const baseline = knownFromList(listed);
		writeKnown(staticData, baseline);
		writeStartRecord.call(this, 'productSentBack', {
			startDate: formatNaverDateTime(Date.now()),
			known: storeKnown(baseline),
		});
		return null;
	}
	if (saved) forgetStartRecord.call(this);

	const { emit, next } = compareSentBack(known, listed, maxPerPoll);
	writeKnown(staticData, next);
	return emit.length > 0 ? [emit.map((json) => ({ json }))] : null;
}
