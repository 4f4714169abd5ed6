/**
 * Product inspection (상품 검수): the channel products an inspection sent back for correction (수정
 * 요청 상품) and the seller's request to restore one (복원 요청), as Naver's reference pages
 * describe them:
 *
 * - the list pages from 1 and takes a size of 10, 50 or 100 only ("10, 50, 100만 입력 가능",
 *   100 by default);
 * - restorationRequestAvailable is false for a product whose restoration was already requested and
 *   is being inspected again ("이미 복원 요청하여 검수 진행 중인 상품의 경우 N"): after a restore
 *   request the product stays in the list, marked so. The page does not say what a second request
 *   does; the emulator refuses it (400 BAD_REQUEST), as the field says a request is not available;
 * - a channel product that is not in the list is not found (404 NOT_FOUND).
 *
 * Which products are sent back is the emulator's choice: every third seeded product whose sale is
 * suspended, for the reasons inspections give (exaggerated names, outside contacts in the detail
 * page, images, category, notice, origin). A product deleted since leaves the list.
 *
 * Tests move the list on over time with the exported helpers, as Naver's inspection would:
 * `sendBackProduct` (an inspection sends one more back), `acceptCorrection` (the corrected product
 * passed: it leaves the list) and `refuseRestoration` (the product inspected again after a restore
 * request still needs correcting: listed again as open to a request, with the new finding). The
 * page documents no order; the emulator keeps the list in channel-product-number order, so a
 * product sent back or accepted while the list is paged shifts the pages after it.
 */
import type { RouteModule } from '../server';
import type { Store } from '../store';
import {
	badRequest,
	notFound,
	queryInteger,
	routeTable,
	springPage,
	success,
	type RouteCall,
} from './collections';
import { productCatalogue } from './products';

/** "10, 50, 100만 입력 가능, 기본값은 100". */
export const INSPECTION_SIZES = [10, 50, 100];

const FINDINGS: ReadonlyArray<[reason: string, action: string]> = [
	[
		'상품명에 과장·허위 표현(최고, 최저가, 1위 등)이 포함되어 있습니다.',
		'상품명에서 과장·허위 표현을 삭제해 주세요.',
	],
	[
		'상세페이지에 외부 연락처 또는 외부 URL이 노출되어 있습니다.',
		'상세페이지에서 전화번호, 메신저 ID, 외부 링크를 삭제해 주세요.',
	],
	[
		'대표 이미지에 문구 또는 워터마크가 과도하게 포함되어 있습니다.',
		'문구가 없는 상품 이미지로 대표 이미지를 교체해 주세요.',
	],
	['등록된 카테고리가 상품과 일치하지 않습니다.', '상품에 맞는 카테고리로 수정해 주세요.'],
	[
		'상품정보제공고시의 필수 항목이 누락되었습니다.',
		'상품정보제공고시 항목을 상품 실제 정보로 입력해 주세요.',
	],
	[
		'원산지 표시가 상세페이지 내용과 다릅니다.',
		'원산지 정보를 상세페이지와 동일하게 수정해 주세요.',
	],
];

export interface InspectionRecord {
	channelProductNo: number;
	reason: string;
	action: string;
	restorationRequestAvailable: boolean;
}

export interface InspectionState {
	/** Undefined until first read: built from the product catalogue as seeded. */
	records?: InspectionRecord[];
	reset(): void;
	/** The list as Naver would answer it now: the records of channel products that still exist. */
	listed(): InspectionRecord[];
}

/** One of the findings inspections give, by number (any integer). */
export function inspectionFinding(index: number): { reason: string; action: string } {
	const [reason, action] = FINDINGS[Math.abs(index) % FINDINGS.length];
	return { reason, action };
}

const STATES = new WeakMap<Store, InspectionState>();

export function inspectionStateOf(store: Store): InspectionState {
	const state = STATES.get(store);
	if (!state) throw new Error('This store has no inspection routes');
	return state;
}

export const inspectionRoutes: RouteModule = ({ store, now }) => {
	const state: InspectionState = {
		reset() {
			this.records = undefined;
		},
		listed: () => records(),
	};
	STATES.set(store, state);
	const catalogue = () => productCatalogue(store);
	/** The records of the channel products still in the catalogue. */
	const records = (): InspectionRecord[] => {
		state.records ??= catalogue()
			.products.filter((product) => product.originProduct.statusType === 'SUSPENSION')
			.filter((_product, index) => index % 3 === 0)
			.map((product, index) => ({
				channelProductNo: product.smartstoreChannelProductNo,
				reason: FINDINGS[index % FINDINGS.length][0],
				action: FINDINGS[index % FINDINGS.length][1],
				// Every seventh was already sent for inspection again.
				restorationRequestAvailable: index % 7 !== 6,
			}));
		const existing = new Set(
			catalogue().products.flatMap((product) => [
				product.smartstoreChannelProductNo,
				product.windowChannelProductNo,
			]),
		);
		return state.records.filter((record) => existing.has(record.channelProductNo));
	};

	return routeTable(
		[
			{
				method: 'GET',
				path: '/v1/product-inspections/channel-products',
				name: 'inspections.list',
				action: ({ query }: RouteCall) => {
					const page = queryInteger(query, 'page', 1, { min: 1 });
					const size = queryInteger(query, 'size', 100, { min: 1 });
					if (!INSPECTION_SIZES.includes(size)) {
						throw badRequest('size', 'Invalid', '페이지 크기는 10, 50, 100만 입력할 수 있습니다.');
					}
					// The page documents no sort: the list is in the order of the channel products.
					return springPage(records(), page, size);
				},
			},
			{
				method: 'PUT',
				path: '/v1/product-inspections/channel-product/{channelProductNo}/restore',
				name: 'inspections.restore',
				action: ({ params }: RouteCall) => {
					const record = records().find(
						(entry) => String(entry.channelProductNo) === params.channelProductNo,
					);
					if (!record) {
						throw notFound(`수정 요청 상품이 아닙니다: ${params.channelProductNo}`);
					}
					if (!record.restorationRequestAvailable) {
						throw badRequest(
							'channelProductNo',
							'Invalid',
							'이미 복원 요청하여 검수 진행 중인 상품입니다.',
						);
					}
					record.restorationRequestAvailable = false;
					return success('복원 요청되었습니다.');
				},
			},
		],
		now,
	);
};

/** The channel product numbers a product of the catalogue is sold under. */
function channelProductExists(store: Store, channelProductNo: number): boolean {
	return productCatalogue(store).products.some(
		(product) =>
			product.smartstoreChannelProductNo === channelProductNo ||
			product.windowChannelProductNo === channelProductNo,
	);
}

/** The records, seeded if nobody read the list yet, for a helper to change. */
function recordsToChange(store: Store): InspectionRecord[] {
	const state = inspectionStateOf(store);
	state.listed();
	return state.records!;
}

/** The listed record of a channel product, or an error naming it (a test's mistake). */
function listedRecord(store: Store, channelProductNo: number): InspectionRecord {
	const record = inspectionStateOf(store)
		.listed()
		.find((entry) => entry.channelProductNo === channelProductNo);
	if (!record) throw new Error(`Channel product ${channelProductNo} is not sent back`);
	return record;
}

/**
 * An inspection sends a channel product of the catalogue back for correction: it joins the list
 * in its place by number, open to a restore request. Returns the record as the list shows it.
 */
export function sendBackProduct(
	store: Store,
	channelProductNo: number,
	finding: { reason: string; action: string } = inspectionFinding(channelProductNo),
): InspectionRecord {
	if (!channelProductExists(store, channelProductNo)) {
		throw new Error(`Channel product ${channelProductNo} is not in the catalogue`);
	}
	const records = recordsToChange(store);
	if (records.some((entry) => entry.channelProductNo === channelProductNo)) {
		throw new Error(`Channel product ${channelProductNo} is already sent back`);
	}
	const record: InspectionRecord = {
		channelProductNo,
		reason: finding.reason,
		action: finding.action,
		restorationRequestAvailable: true,
	};
	const after = records.findIndex((entry) => entry.channelProductNo > channelProductNo);
	records.splice(after === -1 ? records.length : after, 0, record);
	return record;
}

/** The corrected product passed its inspection: it leaves the list. */
export function acceptCorrection(store: Store, channelProductNo: number): void {
	const record = listedRecord(store, channelProductNo);
	const records = recordsToChange(store);
	records.splice(records.indexOf(record), 1);
}

/**
 * The product inspected again after a restore request still needs correcting: it stays listed,
 * open to a request again, with the new finding. Refused unless a restore was requested.
 */
export function refuseRestoration(
	store: Store,
	channelProductNo: number,
	finding: { reason: string; action: string } = inspectionFinding(channelProductNo + 1),
): InspectionRecord {
	const record = listedRecord(store, channelProductNo);
	if (record.restorationRequestAvailable) {
		throw new Error(`No restore of channel product ${channelProductNo} was requested`);
	}
	Object.assign(record, { ...finding, restorationRequestAvailable: true });
	return record;
}

/**
 * Channel product numbers of the catalogue that are not sent back now, in catalogue order: what a
 * test can pass to sendBackProduct.
 */
export function productsNotSentBack(store: Store): number[] {
	const listed = new Set(
		inspectionStateOf(store)
			.listed()
			.map((entry) => entry.channelProductNo),
	);
	return productCatalogue(store)
		.products.map((product) => product.smartstoreChannelProductNo)
		.filter((channelProductNo) => !listed.has(channelProductNo));
}
