/* eslint-disable @n8n/community-nodes/require-node-api-error -- Node-side code (tests, emulator, tooling), not run inside n8n */
/**
 * The seller's shipping set-up and stock units, as Naver's reference pages describe them:
 *
 * - 오늘출발 (this-day dispatch, seller API group): the cut-off time, the weekly day off and the
 *   seller's days off, read and set. "토요일, 일요일은 휴무 요일로 설정할 수 없습니다";
 * - the logistics companies the seller is linked with (물류사 연동 정보) and the seller's
 *   warehouses (판매자 창고) with the couriers and delivery types set up for each;
 * - SKUs (네이버 풀필먼트 재고 단위): a paged search (the page and size in the body, at most 500 a
 *   page and 100,000 rows in all), one SKU, and the channel products and options linked to one.
 *
 * The SKUs are those of the seeded orders shipped from the fulfillment centre (their skuMappings:
 * NS + the product order's last eight digits, linked to the order's product and option) and
 * SKUs of seeded catalogue products, with a free gift linked to many products.
 *
 * Errors: the seller group's `{code, message, timestamp, traceId}` for 오늘출발; the logistics
 * pages' `{code: invalid_input | not_found, message, invalidInputs, timestamp, traceId}` (the pages
 * describe these codes in words; the contract reads them as 400, 404 and 500).
 */
import { formatKst } from '../kst';
import type { RouteModule } from '../server';
import type { Store } from '../store';
import {
	ApiError,
	EMPTY_SUCCESS,
	isObject,
	omit,
	queryInteger,
	routeTable,
	type InvalidInput,
	type Json,
	type RouteCall,
} from './collections';
import { PRODUCT_COUNT } from './products';

const DAY_MS = 24 * 3_600_000;
/** query-paged-list and product-mappings: "최대 조회 가능 개수는 10만 건을 초과할 수 없습니다". */
export const SKU_MAX_ROWS = 100_000;
export const SKU_MAX_SIZE = 500;
export const SKU_MAPPING_DEFAULT_SIZE = 50;

export interface ThisDayDispatch {
	basisHour: number;
	basisMinute: number;
	holidayOfTheWeek?: string;
	sellerHolidays?: string[];
	reason?: string;
}

export const LOGISTICS_COMPANIES = [
	{
		logisticsCompanyId: 'EMU-FF',
		logisticsCompanyName: '에뮬레이터 풀필먼트',
		deliveryTypes: 'ARRIVAL_GUARANTEE',
	},
	{
		logisticsCompanyId: 'NFA-CJ0001',
		logisticsCompanyName: 'CJ대한통운 풀필먼트',
		deliveryTypes: 'TODAY',
	},
	{
		logisticsCompanyId: 'NFA-FS0001',
		logisticsCompanyName: '파스토 풀필먼트',
		deliveryTypes: 'NORMAL',
	},
	{
		logisticsCompanyId: 'DLV-CJGLS',
		logisticsCompanyName: 'CJ대한통운',
		deliveryTypes: 'SELLER_GUARANTEE',
	},
	{
		logisticsCompanyId: 'DLV-HANJIN',
		logisticsCompanyName: '한진택배',
		deliveryTypes: 'HOPE_SELLER_GUARANTEE',
	},
];

export const OUTBOUND_LOCATIONS = [
	{
		outboundLocationId: 'OL2025000101',
		outboundLocationName: '성남 분당 출고지',
		mappings: [
			{ allianceId: 'CJGLS', allianceName: 'CJ대한통운', deliveryType: 'SELLER_GUARANTEE' },
			{ allianceId: 'HANJIN', allianceName: '한진택배', deliveryType: 'HOPE_SELLER_GUARANTEE' },
		],
	},
	{
		outboundLocationId: 'OL2025000102',
		outboundLocationName: '이천 물류창고',
		mappings: [
			{ allianceId: 'CJGLS', allianceName: 'CJ대한통운', deliveryType: 'SELLER_GUARANTEE' },
		],
	},
	{ outboundLocationId: 'OL2025000103', outboundLocationName: '제주 산지 출고지', mappings: [] },
];

export interface Sku {
	nsId: string;
	nsBarcode: string;
	nsName: string;
	storageTemperature: 'DRY' | 'WET' | 'FROZEN';
	shelfLifeManagement: boolean;
	lotNoManagement: boolean;
	/** Sizes in cm and weight in kg: the pages say `number`, the contract `integer` (see report). */
	pieceWidth: number;
	pieceLength: number;
	pieceHeight: number;
	pieceWeight: number;
	nsType: 'MAIN' | 'FREEBIE';
	linkedAlliances: Array<{ allianceId: string; allianceLinkedYmdt: string }>;
	registrationMs: number;
	modificationMs: number;
	mappings: Array<{ channelProductId: string; optionId?: string; pickingQuantityPerOrder: number }>;
}

const FOOD = /감귤|현미|참기름/;

/** A SKU's physical details by what it is (the emulator's choice of sizes). */
function skuDetails(name: string, index: number) {
	const food = FOOD.test(name);
	return {
		storageTemperature: (name.includes('감귤')
			? 'WET'
			: index % 17 === 5
				? 'FROZEN'
				: 'DRY') as Sku['storageTemperature'],
		shelfLifeManagement: food,
		lotNoManagement: food || index % 5 === 0,
		pieceWidth: 10 + (index % 5) * 5,
		pieceLength: 15 + (index % 4) * 5,
		pieceHeight: 5 + (index % 3) * 10,
		pieceWeight: 1 + (index % 4),
	};
}

const PRODUCT_NAMES = [
	'제주 감귤 5kg',
	'무선 블루투스 이어폰',
	'유기농 현미 10kg',
	'스테인리스 텀블러 500ml',
	'면 100% 반팔 티셔츠',
	'캠핑 접이식 의자',
	'국산 참기름 300ml',
	'LED 스탠드',
];

function seedSkus(store: Store, nowMs: number): Sku[] {
	const skus = new Map<string, Sku>();
	const ymdt = (ms: number) => formatKst(ms);
	// The fulfillment orders' SKUs, as their skuMappings name them.
	for (const order of store.productOrders.filter((entry) => entry.fulfillment)) {
		const nsId = `NS${order.productOrderId.slice(-8)}`;
		if (skus.has(nsId)) continue;
		const optionIndex = Number(order.productOrderId.slice(-2)) % 3;
		const registrationMs = order.paymentMs - 90 * DAY_MS;
		skus.set(nsId, {
			nsId,
			nsBarcode: `880${order.productOrderId.slice(-10)}`,
			nsName: order.productName,
			...skuDetails(order.productName, skus.size),
			nsType: 'MAIN',
			linkedAlliances: [
				{ allianceId: 'EMU-FF', allianceLinkedYmdt: ymdt(registrationMs + DAY_MS) },
			],
			registrationMs,
			modificationMs: order.paymentMs - 10 * DAY_MS,
			mappings: [
				{
					channelProductId: `11${order.productOrderId.slice(-8)}`,
					optionId: `30000000${optionIndex}`,
					pickingQuantityPerOrder: 1,
				},
			],
		});
	}
	// SKUs of the seeded catalogue's products (every ninth), linked to the Smart Store channel
	// product and, for a product with options, to each of its first three options.
	for (let index = 0; index < PRODUCT_COUNT; index += 9) {
		const name = PRODUCT_NAMES[index % PRODUCT_NAMES.length];
		const registrationMs = nowMs - (PRODUCT_COUNT - index) * 3 * 3_600_000;
		const channelProductId = String(11_000_000_000 + index * 11);
		skus.set(`NSP${String(index).padStart(7, '0')}`, {
			nsId: `NSP${String(index).padStart(7, '0')}`,
			nsBarcode: `8809${String(100_000_000 + index).padStart(9, '0')}`,
			nsName: `${name} #${index + 1}`,
			...skuDetails(name, index),
			nsType: 'MAIN',
			linkedAlliances:
				index % 2 === 0
					? [{ allianceId: 'EMU-FF', allianceLinkedYmdt: ymdt(registrationMs + DAY_MS) }]
					: [],
			registrationMs,
			modificationMs: Math.min(nowMs - DAY_MS, registrationMs + (index % 30) * DAY_MS),
			mappings:
				index % 3 === 0
					? [0, 1, 2].map((k) => ({
							channelProductId,
							optionId: String(30_000_000_000 + index * 16 + k),
							pickingQuantityPerOrder: 1,
						}))
					: [{ channelProductId, pickingQuantityPerOrder: index % 4 === 1 ? 2 : 1 }],
		});
	}
	// A free gift sent with many products (사은품), one per order.
	const giftRegistered = nowMs - 200 * DAY_MS;
	skus.set('NSGIFT0001', {
		nsId: 'NSGIFT0001',
		nsBarcode: 'GIFT-ECOBAG-001',
		nsName: '사은품 에코백',
		...skuDetails('사은품 에코백', 1),
		nsType: 'FREEBIE',
		linkedAlliances: [{ allianceId: 'EMU-FF', allianceLinkedYmdt: ymdt(giftRegistered + DAY_MS) }],
		registrationMs: giftRegistered,
		modificationMs: nowMs - 2 * DAY_MS,
		mappings: Array.from({ length: 130 }, (_, k) => ({
			channelProductId: String(11_000_000_000 + k * 2 * 11),
			pickingQuantityPerOrder: 1,
		})),
	});
	return [...skus.values()];
}

function skuRecord(sku: Sku): Json {
	return {
		...omit(sku as unknown as Json, 'registrationMs', 'modificationMs', 'mappings'),
		registrationYmdt: formatKst(sku.registrationMs),
		modificationYmdt: formatKst(sku.modificationMs),
	};
}

function skuSummary(sku: Sku): Json {
	return {
		nsId: sku.nsId,
		nsName: sku.nsName,
		nsBarcode: sku.nsBarcode,
		storageTemperature: sku.storageTemperature,
		shelfLifeManagement: sku.shelfLifeManagement,
		lotNoManagement: sku.lotNoManagement,
		nsMappingCount: sku.mappings.length,
		registrationYmdt: formatKst(sku.registrationMs),
		modificationYmdt: formatKst(sku.modificationMs),
	};
}

export interface LogisticsState {
	thisDayDispatch: ThisDayDispatch;
	/** Built on first use from the store's orders and the seeded catalogue. */
	skus?: Sku[];
	reset(): void;
}

const STATES = new WeakMap<Store, LogisticsState>();

export function logisticsStateOf(store: Store): LogisticsState {
	const state = STATES.get(store);
	if (!state) throw new Error('This store has no logistics routes');
	return state;
}

/** 오늘출발 as the store has it: orders paid by 14:30 leave the same day, Mondays off. */
function seedThisDayDispatch(nowMs: number): ThisDayDispatch {
	const day = (days: number) => formatKst(nowMs + days * DAY_MS).slice(0, 10);
	return {
		basisHour: 14,
		basisMinute: 30,
		holidayOfTheWeek: 'MONDAY',
		// The page gives no format for a day off; the emulator writes 'yyyy-MM-dd'.
		sellerHolidays: [day(12), day(13)],
		reason: '택배사 집하 시간에 맞춰 오늘출발 마감 시간을 설정합니다.',
	};
}

/** A refusal of the logistics pages: `invalid_input` with the inputs at fault. */
const invalidInput = (inputs: InvalidInput[]) =>
	new ApiError(400, 'invalid_input', '유효하지 않은 입력입니다.', inputs);

const SEARCH_KEYWORD_TYPES = ['NS_ID', 'BARCODE'];
const PERIOD_TYPES = ['SKU_REG_DAY', 'SKU_MOD_DAY'];
const ORDER_TYPES = ['MODIFICATION', 'REGISTRATION'];

/** POST query-paged-list: the search, its period and order, and the page, all in the body. */
function searchSkus(skus: Sku[], body: Json): Json {
	const inputs: InvalidInput[] = [];
	const add = (name: string, message: string) => inputs.push({ name, type: 'Invalid', message });
	// The pages name the codes of these three in words only ("NS_ID 선택 시", "SKU_REG_DAY 선택 시",
	// "MODIFICATION(SKU 수정일순), REGISTRATION(SKU 등록일순)").
	const choice = (name: string, allowed: string[]) => {
		const value = body[name];
		if (value === undefined || value === null) return undefined;
		if (typeof value !== 'string' || !allowed.includes(value)) {
			add(name, `${allowed.join(', ')} 중 하나여야 합니다.`);
			return undefined;
		}
		return value;
	};
	const keywordType = choice('searchKeywordType', SEARCH_KEYWORD_TYPES);
	const periodType = choice('periodType', PERIOD_TYPES);
	const orderType = choice('orderType', ORDER_TYPES) ?? 'MODIFICATION';
	const nsIds = Array.isArray(body.nsIds) ? (body.nsIds as string[]) : undefined;
	const barcodes = Array.isArray(body.nsBarcodes) ? (body.nsBarcodes as string[]) : undefined;
	if (keywordType === 'NS_ID' && !nsIds?.length)
		add('nsIds', 'NS_ID로 검색하려면 SKU ID를 입력해 주세요.');
	if (keywordType === 'BARCODE' && !barcodes?.length)
		add('nsBarcodes', 'BARCODE로 검색하려면 바코드를 입력해 주세요.');
	const fromDate = body.fromDate as string | undefined;
	const toDate = body.toDate as string | undefined;
	// The page does not say what Naver does with dates but no period type, or a period that ends
	// before it starts: the emulator refuses both, so that a test sees such a request reach it.
	if ((fromDate || toDate) && !periodType)
		add('periodType', '검색 기간을 입력하면 검색 기간 유형은 필수입니다.');
	if (fromDate && toDate && fromDate > toDate)
		add('fromDate', '검색 기간 시작일은 종료일보다 늦을 수 없습니다.');
	const page = typeof body.page === 'number' ? body.page : 1;
	// No default size on the page (the product-mappings page says 50): the emulator's choice.
	const size = typeof body.size === 'number' ? body.size : 100;
	if (!Number.isInteger(page) || page < 1 || page > SKU_MAX_ROWS)
		add('page', '페이지 번호는 1 이상 100000 이하여야 합니다.');
	if (!Number.isInteger(size) || size < 1 || size > SKU_MAX_SIZE)
		add('size', '페이지 크기는 1 이상 500 이하여야 합니다.');
	if (page * size > SKU_MAX_ROWS)
		add('page', '최대 조회 가능 개수는 10만 건을 초과할 수 없습니다.');
	if (inputs.length > 0) throw invalidInput(inputs);

	const day = (ms: number) => formatKst(ms).slice(0, 10);
	const matching = skus
		.filter((sku) => !nsIds?.length || nsIds.includes(sku.nsId))
		.filter((sku) => !barcodes?.length || barcodes.includes(sku.nsBarcode))
		.filter((sku) => {
			if (!periodType) return true;
			const date = day(periodType === 'SKU_REG_DAY' ? sku.registrationMs : sku.modificationMs);
			return (!fromDate || date >= fromDate) && (!toDate || date <= toDate);
		})
		// Latest first; ties by SKU ID, so pages never overlap.
		.sort(
			(a, b) =>
				(orderType === 'REGISTRATION'
					? b.registrationMs - a.registrationMs
					: b.modificationMs - a.modificationMs) || a.nsId.localeCompare(b.nsId),
		);
	const totalPages = Math.ceil(matching.length / size);
	return {
		content: matching.slice((page - 1) * size, page * size).map(skuSummary),
		totalPages,
		totalElements: matching.length,
		page,
		size,
		sort: orderType,
		first: page === 1,
		last: page >= totalPages,
	};
}

export const logisticsRoutes: RouteModule = ({ store, now }) => {
	const seededAt = now();
	const state: LogisticsState = {
		thisDayDispatch: seedThisDayDispatch(seededAt),
		reset() {
			this.thisDayDispatch = seedThisDayDispatch(seededAt);
			this.skus = undefined;
		},
	};
	STATES.set(store, state);
	const skus = () => (state.skus ??= seedSkus(store, seededAt));
	const findSku = (nsId: string) => {
		const sku = skus().find((entry) => entry.nsId === nsId);
		if (!sku) throw new ApiError(404, 'not_found', `SKU(${nsId})가 존재하지 않습니다.`);
		return sku;
	};

	return routeTable(
		[
			{
				method: 'GET',
				path: '/v1/seller/this-day-dispatch',
				name: 'logistics.thisDayDispatch',
				action: () => ({ sellerId: store.account.accountId, ...state.thisDayDispatch }),
			},
			{
				method: 'POST',
				path: '/v1/seller/this-day-dispatch',
				name: 'logistics.thisDayDispatchSet',
				action: ({ body }: RouteCall) => {
					// The page answers these with 400 GENERAL_ERROR.
					const refuse = (message: string) => new ApiError(400, 'GENERAL_ERROR', message);
					const hour = body.basisHour as number;
					const minute = body.basisMinute as number;
					// An hour of the day and a minute of the hour: what the fields are, in the page's words.
					if (hour < 0 || hour > 23) throw refuse('당일 배송 설정 시간(시)은 0~23이어야 합니다.');
					if (minute < 0 || minute > 59) throw refuse('당일 배송 설정 시간(분)은 0~59여야 합니다.');
					if (body.holidayOfTheWeek === 'SATURDAY' || body.holidayOfTheWeek === 'SUNDAY') {
						throw refuse('토요일, 일요일은 휴무 요일로 설정할 수 없습니다.');
					}
					state.thisDayDispatch = {
						basisHour: hour,
						basisMinute: minute,
						...(typeof body.holidayOfTheWeek === 'string'
							? { holidayOfTheWeek: body.holidayOfTheWeek }
							: {}),
						...(Array.isArray(body.sellerHolidays)
							? { sellerHolidays: body.sellerHolidays as string[] }
							: {}),
						...(typeof body.reason === 'string' ? { reason: body.reason } : {}),
					};
					// The page documents success with no body.
					return EMPTY_SUCCESS;
				},
			},
			{
				method: 'GET',
				path: '/v1/logistics/logistics-companies',
				name: 'logistics.companies',
				action: () => ({ logisticsCompanies: LOGISTICS_COMPANIES }),
			},
			{
				method: 'GET',
				path: '/v1/logistics/outbound-locations',
				name: 'logistics.outboundLocations',
				action: () => OUTBOUND_LOCATIONS,
			},
			{
				method: 'POST',
				path: '/v1/logistics/products/sellers/me/skus/query-paged-list',
				name: 'logistics.skuSearch',
				action: ({ body }: RouteCall) => searchSkus(skus(), isObject(body) ? body : {}),
			},
			{
				method: 'GET',
				path: '/v1/logistics/products/sellers/me/skus/{nsId}',
				name: 'logistics.sku',
				action: ({ params }: RouteCall) => skuRecord(findSku(params.nsId)),
			},
			{
				method: 'GET',
				path: '/v1/logistics/products/sellers/me/skus/{nsId}/product-mappings',
				name: 'logistics.skuMappings',
				action: ({ params, query }: RouteCall) => {
					const sku = findSku(params.nsId);
					const inputs: InvalidInput[] = [];
					let page = 1;
					let size = SKU_MAPPING_DEFAULT_SIZE;
					try {
						page = queryInteger(query, 'page', 1, { min: 1 });
						// "페이지 크기 (1-500)".
						size = queryInteger(query, 'size', SKU_MAPPING_DEFAULT_SIZE, {
							min: 1,
							max: SKU_MAX_SIZE,
						});
					} catch (error) {
						if (!(error instanceof ApiError)) throw error;
						inputs.push(...(error.invalidInputs ?? []));
					}
					if (inputs.length === 0 && page * size > SKU_MAX_ROWS) {
						inputs.push({
							name: 'page',
							type: 'Invalid',
							message: '최대 조회 가능 개수는 10만 건을 초과할 수 없습니다.',
						});
					}
					if (inputs.length > 0) throw invalidInput(inputs);
					const totalPages = Math.ceil(sku.mappings.length / size);
					return {
						nsId: sku.nsId,
						content: sku.mappings.slice((page - 1) * size, page * size),
						totalPages,
						totalElements: sku.mappings.length,
						page,
						size,
						first: page === 1,
						last: page >= totalPages,
					};
				},
			},
		],
		now,
	);
};
