import { formatKst, parseNaverDateTime } from '../kst';
import type { HttpReply, RouteContext, RouteModule } from '../server';
import {
	changeRecord,
	HOPE_DELIVERY_GROUP,
	hopeDeliveryOf,
	hopeDeliveryTypeOf,
	productOrderDetails,
	type ProductOrder,
	type Store,
} from '../store';
import { claimOf, COURIER_CODES, isTrackingNumber } from './claims';

const DAY_MS = 24 * 60 * 60 * 1000;

function badRequest(code: string, message: string): HttpReply {
	return { status: 400, body: { code, message } };
}

/** The change feed's order: by time of the last change, then by product order ID. */
function byChange(a: ProductOrder, b: ProductOrder): number {
	return a.lastChangedMs - b.lastChangedMs || a.productOrderId.localeCompare(b.productOrderId);
}

function isInChangeOrder(orders: ProductOrder[]): boolean {
	for (let index = 1; index < orders.length; index++) {
		if (byChange(orders[index - 1], orders[index]) > 0) return false;
	}
	return true;
}

/** The index of the first order changed at `fromMs` or later, in orders sorted by change. */
function firstChangedAtOrAfter(orders: ProductOrder[], fromMs: number): number {
	let low = 0;
	let high = orders.length;
	while (low < high) {
		const middle = (low + high) >>> 1;
		if (orders[middle].lastChangedMs < fromMs) low = middle + 1;
		else high = middle;
	}
	return low;
}

/**
 * Each store's product orders by ID, with their position in `store.productOrders`, so that a
 * request for 30 or 300 IDs does not scan a big store once per ID. Orders are only ever appended
 * (generated change streams): the index catches up with the array's length, and is rebuilt if the
 * array was replaced.
 */
const PRODUCT_ORDER_INDEX = new WeakMap<
	Store,
	{
		orders: ProductOrder[];
		indexed: number;
		byId: Map<string, { order: ProductOrder; position: number }>;
	}
>();

function productOrderIndex(store: Store) {
	let index = PRODUCT_ORDER_INDEX.get(store);
	if (!index || index.orders !== store.productOrders) {
		index = { orders: store.productOrders, indexed: 0, byId: new Map() };
		PRODUCT_ORDER_INDEX.set(store, index);
	}
	for (; index.indexed < store.productOrders.length; index.indexed++) {
		const order = store.productOrders[index.indexed];
		// The first of a duplicated ID wins, as Array.find would pick it.
		if (!index.byId.has(order.productOrderId)) {
			index.byId.set(order.productOrderId, { order, position: index.indexed });
		}
	}
	return index.byId;
}

function lastChangedStatuses(store: Store, query: URLSearchParams): HttpReply {
	const fromText = query.get('lastChangedFrom') ?? undefined;
	if (fromText === undefined) return badRequest('4000', 'lastChangedFrom은 필수입니다.');
	const from = parseNaverDateTime(fromText);
	if (from === undefined) {
		return badRequest(
			'4000',
			'lastChangedFrom 형식이 올바르지 않습니다. (yyyy-MM-ddTHH:mm:ss.SSS+09:00)',
		);
	}
	const toText = query.get('lastChangedTo') ?? undefined;
	const to = toText === undefined ? from + DAY_MS : parseNaverDateTime(toText);
	if (to === undefined) {
		return badRequest(
			'4000',
			'lastChangedTo 형식이 올바르지 않습니다. (yyyy-MM-ddTHH:mm:ss.SSS+09:00)',
		);
	}
	if (to < from) return badRequest('4000', 'lastChangedTo가 lastChangedFrom보다 앞설 수 없습니다.');
	if (to - from > DAY_MS) return badRequest('104139', '조회 가능한 날짜 범위를 초과했습니다.');
	const limitText = query.get('limitCount');
	const limit =
		limitText === null || Number(limitText) > 300 || !(Number(limitText) > 0)
			? 300
			: Math.floor(Number(limitText));
	const type = query.get('lastChangedType');
	const moreSequence = query.get('moreSequence');

	// Other routes (claims, dispatch, generated change streams) move orders in time: sort on read,
	// unless the store is in order already (a big store's pages would otherwise each sort it all).
	const ordered = isInChangeOrder(store.productOrders)
		? store.productOrders
		: [...store.productOrders].sort(byChange);
	// The page and the one after it, from the first change at `from` on (binary search).
	const matching: ProductOrder[] = [];
	for (let index = firstChangedAtOrAfter(ordered, from); index < ordered.length; index++) {
		const order = ordered[index];
		if (order.lastChangedMs > to || matching.length > limit) break;
		if (type && order.lastChangedType !== type) continue;
		// moreSequence names the first product order of the next page among those sharing moreFrom.
		if (moreSequence && order.lastChangedMs === from && order.productOrderId < moreSequence)
			continue;
		matching.push(order);
	}
	const page = matching.slice(0, limit);
	const next = matching[limit];
	return {
		status: 200,
		body: {
			count: page.length,
			lastChangeStatuses: page.map(changeRecord),
			...(next
				? { more: { moreFrom: formatKst(next.lastChangedMs), moreSequence: next.productOrderId } }
				: {}),
		},
	};
}

function queryProductOrders(store: Store, body: unknown): HttpReply {
	const ids = (body as { productOrderIds?: unknown } | undefined)?.productOrderIds;
	if (!Array.isArray(ids) || ids.length === 0) {
		return badRequest('4000', 'productOrderIds는 필수입니다.');
	}
	if (ids.length > 300) {
		return badRequest('4000', 'productOrderIds는 최대 300개까지 요청할 수 있습니다.');
	}
	// In the store's order, as a scan of the store would list them.
	const byId = productOrderIndex(store);
	const found = [...new Set(ids.map(String))]
		.map((id) => byId.get(id))
		.filter((entry) => entry !== undefined)
		.sort((a, b) => a.position - b.position);
	return {
		status: 200,
		body: found.map(({ order }) =>
			productOrderDetails(order, claimOf(store, order.productOrderId)),
		),
	};
}

const BATCH_LIMIT = 30;

interface FailInfo {
	productOrderId: string;
	code: string;
	message: string;
}

/**
 * Runs `apply` for each requested product order and collects Naver's per-item result. A duplicate
 * ID fails with 104131, an unknown one with 100001, as Naver does. The 200 answer lists what was
 * done as `successProductOrderIds` (dispatch, delay), or, for Confirm, as
 * `successProductOrderInfos` objects that also say whether the buyer changed the address.
 */
function perProductOrder(
	store: Store,
	ids: string[],
	apply: (order: ProductOrder, index: number) => FailInfo | undefined,
	successShape: 'ids' | 'infos' = 'ids',
): HttpReply {
	const success: ProductOrder[] = [];
	const fail: FailInfo[] = [];
	const seen = new Set<string>();
	ids.forEach((id, index) => {
		if (seen.has(id)) {
			fail.push({
				productOrderId: id,
				code: '104131',
				message: '상품 주문 번호가 중복되었습니다.',
			});
			return;
		}
		seen.add(id);
		const order = productOrderIndex(store).get(id)?.order;
		const failure = order
			? apply(order, index)
			: { productOrderId: id, code: '100001', message: '상품 주문을 찾을 수 없습니다.' };
		if (failure) fail.push(failure);
		else success.push(order!);
	});
	const done =
		successShape === 'infos'
			? {
					successProductOrderInfos: success.map((order) => ({
						productOrderId: order.productOrderId,
						isReceiverAddressChanged: order.receiverAddressChanged,
					})),
				}
			: { successProductOrderIds: success.map((order) => order.productOrderId) };
	return { status: 200, body: { ...done, failProductOrderInfos: fail } };
}

function isClaimed(order: ProductOrder): boolean {
	return order.productOrderStatus === 'CANCELED' || (order.claimStatus ?? '').endsWith('_REQUEST');
}

function confirm(store: Store, body: unknown): HttpReply {
	const ids = (body as { productOrderIds?: unknown })?.productOrderIds;
	if (!Array.isArray(ids) || ids.length === 0)
		return badRequest('4000', 'productOrderIds는 필수입니다.');
	if (ids.length > BATCH_LIMIT)
		return badRequest('4000', `productOrderIds는 최대 ${BATCH_LIMIT}개까지 요청할 수 있습니다.`);
	return perProductOrder(
		store,
		ids.map(String),
		(order) => {
			const id = order.productOrderId;
			if (order.productOrderStatus !== 'PAYED' || isClaimed(order)) {
				return { productOrderId: id, code: '104442', message: '상품 주문 상태를 확인해 주세요.' };
			}
			if (order.placeOrderStatus === 'OK') {
				return {
					productOrderId: id,
					code: '105306',
					message: '변경을 요청한 상태가 기존과 동일합니다.',
				};
			}
			order.placeOrderStatus = 'OK';
			return undefined;
		},
		'infos',
	);
}

function dispatch(
	context: RouteContext,
	usedTrackingNumbers: Set<string>,
	body: unknown,
): HttpReply {
	const entries = (body as { dispatchProductOrders?: unknown })?.dispatchProductOrders;
	if (!Array.isArray(entries) || entries.length === 0)
		return badRequest('4000', 'dispatchProductOrders는 필수입니다.');
	if (entries.length > BATCH_LIMIT)
		return badRequest(
			'4000',
			`dispatchProductOrders는 최대 ${BATCH_LIMIT}개까지 요청할 수 있습니다.`,
		);
	const list = entries as Array<Record<string, unknown>>;
	return perProductOrder(
		context.store,
		list.map((entry) => String(entry.productOrderId)),
		(order, index) => {
			const entry = list[index];
			const id = order.productOrderId;
			const fail = (code: string, message: string) => ({ productOrderId: id, code, message });
			if (['DELIVERING', 'DELIVERED', 'PURCHASE_DECIDED'].includes(order.productOrderStatus)) {
				return fail('105306', '변경을 요청한 상태가 기존과 동일합니다.');
			}
			if (order.productOrderStatus !== 'PAYED' || isClaimed(order))
				return fail('104442', '상품 주문 상태를 확인해 주세요.');
			const method = String(entry.deliveryMethod ?? '');
			if (method === '') return fail('4000', 'deliveryMethod는 필수입니다.');
			if (method === 'DELIVERY') {
				const courier = String(entry.deliveryCompanyCode ?? '');
				const tracking = String(entry.trackingNumber ?? '');
				if (courier === '') return fail('104118', '택배사를 입력해 주세요.');
				if (!COURIER_CODES.has(courier)) return fail('104119', '택배사 코드를 확인해 주세요.');
				if (tracking === '') return fail('104120', '송장 번호를 입력해 주세요.');
				if (!isTrackingNumber(tracking)) return fail('104122', '유효하지 않은 송장 번호입니다.');
				if (usedTrackingNumbers.has(`${courier}:${tracking}`))
					return fail('104121', '이미 사용된 송장 번호입니다.');
				usedTrackingNumbers.add(`${courier}:${tracking}`);
			}
			if (
				entry.dispatchDate !== undefined &&
				parseNaverDateTime(String(entry.dispatchDate)) === undefined
			) {
				return fail('4000', 'dispatchDate 형식이 올바르지 않습니다.');
			}
			order.productOrderStatus = 'DELIVERING';
			if (order.placeOrderStatus !== 'OK') order.placeOrderMs = context.now();
			order.placeOrderStatus = 'OK';
			order.lastChangedType = 'DISPATCHED';
			order.lastChangedMs = context.now();
			order.delivery = {
				deliveryMethod: method,
				...(entry.deliveryCompanyCode
					? { deliveryCompany: String(entry.deliveryCompanyCode) }
					: {}),
				...(entry.trackingNumber ? { trackingNumber: String(entry.trackingNumber) } : {}),
				sendDate: String(entry.dispatchDate ?? formatKst(context.now())),
			};
			return undefined;
		},
	);
}

const DELAY_REASONS = new Set([
	'PRODUCT_PREPARE',
	'CUSTOMER_REQUEST',
	'CUSTOM_BUILD',
	'RESERVED_DISPATCH',
	'OVERSEA_DELIVERY',
	'ETC',
]);

/**
 * POST {productOrderId}/delay (발송 지연 처리). The page (delay.POST.md) marks none of its three
 * body fields required – the claim pages do mark theirs (cancelReason, returnReason, …), but
 * dispatch.POST.md marks none either, not even productOrderId or deliveryMethod:
 * - dispatchDueDate (string<date-time>) is the delay itself: the emulator still refuses it missing
 *   or unreadable, and answers 104105 (발송 기한 입력 범위 초과) for a due date not after now or more
 *   than 90 days ahead – the page lists the code but states no range; the 90 days are the
 *   emulator's reading;
 * - delayedDispatchReason must be one of the page's six codes (a code missing is refused too, the
 *   emulator's reading, as for the due date). The page writes "250바이트 내외" beside this code
 *   field, as beside every code field of the pay-order pages; no length is enforced;
 * - dispatchDelayedDetailedReason ("발송 지연 상세 사유", string) is not marked required and has no
 *   stated length: a delay without it (or with an empty one) is accepted.
 */
function delayDispatch(context: RouteContext, productOrderId: string, body: unknown): HttpReply {
	const request = (body ?? {}) as Record<string, unknown>;
	const due = parseNaverDateTime(String(request.dispatchDueDate ?? ''));
	if (due === undefined) return badRequest('4000', 'dispatchDueDate 형식이 올바르지 않습니다.');
	if (!DELAY_REASONS.has(String(request.delayedDispatchReason)))
		return badRequest('4000', 'delayedDispatchReason이 올바르지 않습니다.');
	// A string by the contract (checked before any route); kept as sent, or none.
	const detailedReason = request.dispatchDelayedDetailedReason;
	return perProductOrder(context.store, [productOrderId], (order) => {
		if (order.productOrderStatus !== 'PAYED' || isClaimed(order)) {
			return { productOrderId, code: '104442', message: '상품 주문 상태를 확인해 주세요.' };
		}
		if (due <= context.now() || due - context.now() > 90 * DAY_MS) {
			return { productOrderId, code: '104105', message: '발송 기한 입력 범위를 초과했습니다.' };
		}
		order.shippingDueMs = due;
		order.delayedDispatchReason = String(request.delayedDispatchReason);
		order.delayedDispatchDetailedReason =
			typeof detailedReason === 'string' ? detailedReason : undefined;
		return undefined;
	});
}

/** `yyyyMMdd` of a day that exists, as KST midnight in ms; undefined otherwise. */
function parseYmd(text: string): number | undefined {
	const match = /^(\d{4})(\d{2})(\d{2})$/.exec(text);
	if (!match) return undefined;
	const ms = Date.parse(`${match[1]}-${match[2]}-${match[3]}T00:00:00+09:00`);
	return Number.isFinite(ms) && ymdOf(ms) === text ? ms : undefined;
}

function ymdOf(ms: number): string {
	return formatKst(ms).slice(0, 10).replace(/-/g, '');
}

/**
 * POST hope-delivery/change (배송 희망일 변경 처리). The page lists the codes but not the rules
 * behind them; each rule below is the emulator's reading of its code's name:
 * - 4000 names the field (오류 유형.객체명.필드명): hopeDeliveryYmd not yyyymmdd, hopeDeliveryHm not
 *   HHmm, region outside 1~30 characters, changeReason outside 1~300 (the page's length limits);
 * - 104441 the product order was not sold with 희망일배송 or N희망일배송;
 * - 104442 it is no longer paid and waiting for dispatch, or a claim is open (the reference does
 *   not say whether a dispatched order may still move; the emulator reads it as not);
 * - 104443 its confirmation was released (발주 확인 해제, placeOrderStatus CANCEL);
 * - 104450 N희망일배송 given a time or a region;
 * - 104449 the current hope day has come (today or earlier): too late to change it;
 * - 104444 the new day does not exist or is not after today;
 * - 104445 the new day is later than the store's group lets a buyer choose (hopeEndDay days after
 *   payment, hope-delivery-groups.GET.md);
 * - 104138 (변경 실패) a region the store's hope-delivery group does not deliver to;
 * - 104446 day, time and region are all as they are.
 * A change is recorded as the seller API's (changer 판매자 API, as product-orders/query lists who
 * may change it) with its reason, and in the change feed as HOPE_DELIVERY_INFO_CHANGED.
 */
function changeHopeDelivery(
	context: RouteContext,
	productOrderId: string,
	body: unknown,
): HttpReply {
	const request = (body ?? {}) as Record<string, unknown>;
	const text = (name: string) =>
		request[name] === undefined || request[name] === null ? undefined : String(request[name]);
	const ymd = text('hopeDeliveryYmd') ?? '';
	const hm = text('hopeDeliveryHm');
	const region = text('region');
	const reason = text('changeReason') ?? '';
	const invalid: string[] = [];
	if (!/^\d{8}$/.test(ymd)) invalid.push('Pattern.request.hopeDeliveryYmd');
	if (hm !== undefined && !/^([01]\d|2[0-3])[0-5]\d$/.test(hm))
		invalid.push('Pattern.request.hopeDeliveryHm');
	if (region !== undefined && (region.length < 1 || region.length > 30))
		invalid.push('Size.request.region');
	if (reason.trim().length < 1 || reason.length > 300) invalid.push('Size.request.changeReason');
	if (invalid.length > 0) return badRequest('4000', invalid.join(', '));

	return perProductOrder(context.store, [productOrderId], (order) => {
		const fail = (code: string, message: string) => ({ productOrderId, code, message });
		const type = hopeDeliveryTypeOf(order);
		const current = hopeDeliveryOf(order);
		if (!type || !current)
			return fail('104441', '희망일배송 상품 또는 N희망일배송 상품이 아닙니다.');
		if (order.productOrderStatus !== 'PAYED' || isClaimed(order))
			return fail('104442', '상품 주문 상태를 확인해 주세요.');
		if (order.placeOrderStatus === 'CANCEL') return fail('104443', '발주 상태를 확인해 주세요.');
		if (type === 'HOPE_SELLER_GUARANTEE' && (hm !== undefined || region !== undefined))
			return fail('104450', 'N희망일배송 상품은 배송희망시간, 지역을 입력할 수 없습니다.');
		const today = ymdOf(context.now());
		if (current.hopeDeliveryYmd <= today)
			return fail('104449', '배송 희망일 변경 가능 기간이 아닙니다.');
		if (parseYmd(ymd) === undefined || ymd <= today)
			return fail('104444', '배송 희망일 날짜가 유효하지 않습니다.');
		if (ymd > ymdOf(order.paymentMs + HOPE_DELIVERY_GROUP.hopeEndDay * DAY_MS))
			return fail('104445', '배송 희망일 변경 가능 날짜를 초과했습니다.');
		const regionRule =
			region === undefined
				? undefined
				: HOPE_DELIVERY_GROUP.regions.find((candidate) => candidate.regionName === region);
		if (region !== undefined && !regionRule)
			return fail('104138', '배송 희망일 변경에 실패했습니다. (배송 지역 확인)');
		if (
			ymd === current.hopeDeliveryYmd &&
			(hm === undefined || hm === current.hopeDeliveryHm) &&
			(region === undefined || region === current.region)
		) {
			return fail('104446', '기존과 동일한 희망일 배송일시입니다.');
		}
		order.hopeDelivery = {
			...current,
			hopeDeliveryYmd: ymd,
			...(hm !== undefined ? { hopeDeliveryHm: hm } : {}),
			...(regionRule
				? {
						region: regionRule.regionName,
						additionalFee: regionRule.expectationDeliveryFee,
					}
				: {}),
			changeReason: reason,
			changer: '판매자 API',
		};
		order.lastChangedType = 'HOPE_DELIVERY_INFO_CHANGED';
		order.lastChangedMs = context.now();
		return undefined;
	});
}

const RANGE_TYPES: Record<string, (order: ProductOrder) => number | undefined> = {
	PAYED_DATETIME: (order) => order.paymentMs,
	ORDERED_DATETIME: (order) => order.paymentMs - 60_000,
	DISPATCHED_DATETIME: (order) => (order.delivery ? order.lastChangedMs : undefined),
	PURCHASE_DECIDED_DATETIME: (order) =>
		order.lastChangedType === 'PURCHASE_DECIDED' ? order.lastChangedMs : undefined,
	CLAIM_REQUESTED_DATETIME: (order) =>
		order.lastChangedType === 'CLAIM_REQUESTED' ? order.lastChangedMs : undefined,
	CLAIM_COMPLETED_DATETIME: (order) =>
		order.lastChangedType === 'CLAIM_COMPLETED' ? order.lastChangedMs : undefined,
	COLLECT_COMPLETED_DATETIME: (order) =>
		order.lastChangedType === 'COLLECT_DONE' ? order.lastChangedMs : undefined,
	GIFT_RECEIVED_DATETIME: (order) =>
		order.lastChangedType === 'GIFT_RECEIVED' ? order.lastChangedMs : undefined,
	HOPE_DELIVERY_INFO_CHANGED_DATETIME: (order) =>
		order.lastChangedType === 'HOPE_DELIVERY_INFO_CHANGED' ? order.lastChangedMs : undefined,
};

/** GET product-orders: conditional search, page by page (page from 1, pageSize up to 300). */
function searchProductOrders(store: Store, query: URLSearchParams): HttpReply {
	const from = parseNaverDateTime(query.get('from') ?? undefined);
	if (from === undefined)
		return badRequest('4000', 'from은 필수이며 yyyy-MM-ddTHH:mm:ss.SSS+09:00 형식이어야 합니다.');
	const toText = query.get('to');
	const to = toText === null ? from + DAY_MS : parseNaverDateTime(toText);
	if (to === undefined || to < from)
		return badRequest('4000', 'to 형식 또는 범위가 올바르지 않습니다.');
	if (to - from > DAY_MS) return badRequest('104139', '조회 가능한 날짜 범위를 초과했습니다.');
	const rangeType = query.get('rangeType') ?? 'PAYED_DATETIME';
	const moment = RANGE_TYPES[rangeType];
	if (!moment) return badRequest('4000', 'rangeType이 올바르지 않습니다.');
	const pageSize = Number(query.get('pageSize') ?? 300);
	const page = Number(query.get('page') ?? 1);
	if (!(pageSize >= 1 && pageSize <= 300))
		return badRequest('4000', 'pageSize는 1~300이어야 합니다.');
	if (!(page >= 1)) return badRequest('4000', 'page는 1 이상이어야 합니다.');
	const statuses = query.getAll('productOrderStatuses');
	const claimStatuses = query.getAll('claimStatuses');
	const placeOrderStatus = query.get('placeOrderStatusType');
	// fulfillment: omitted = both kinds, true = fulfillment products only, false = the others.
	const fulfillment = query.get('fulfillment');
	if (fulfillment !== null && fulfillment !== 'true' && fulfillment !== 'false')
		return badRequest('4000', 'fulfillment는 true 또는 false여야 합니다.');
	const matching = store.productOrders
		.filter((order) => {
			const at = moment(order);
			return (
				at !== undefined &&
				at >= from &&
				at <= to &&
				(statuses.length === 0 || statuses.includes(order.productOrderStatus)) &&
				(claimStatuses.length === 0 || claimStatuses.includes(order.claimStatus ?? '')) &&
				(!placeOrderStatus || order.placeOrderStatus === placeOrderStatus) &&
				(fulfillment === null || String(order.fulfillment ?? false) === fulfillment)
			);
		})
		.sort(
			(a, b) =>
				(moment(a) ?? 0) - (moment(b) ?? 0) || a.productOrderId.localeCompare(b.productOrderId),
		);
	const slice = matching.slice((page - 1) * pageSize, page * pageSize);
	return {
		status: 200,
		body: {
			contents: slice.map((order) => ({
				productOrderId: order.productOrderId,
				content: productOrderDetails(order, claimOf(store, order.productOrderId), 'search'),
			})),
			pagination: { page, size: pageSize, hasNext: page * pageSize < matching.length },
		},
	};
}

function productOrderIdsOfOrder(store: Store, orderId: string): HttpReply {
	const ids = store.productOrders
		.filter((order) => order.orderId === orderId)
		.map((order) => order.productOrderId);
	return ids.length === 0
		? { status: 400, body: { code: '100003', message: '주문을 찾을 수 없습니다.' } }
		: { status: 200, body: ids };
}

/** A request Change Hope Delivery received: the product order of its path and its body. */
export interface HopeDeliveryRequest {
	productOrderId: string;
	body: unknown;
}

const HOPE_DELIVERY_REQUESTS = new WeakMap<Store, HopeDeliveryRequest[]>();

/** What the hope-delivery route of a store's emulator received, for tests to check what was sent. */
export function hopeDeliveryRequestsOf(store: Store): HopeDeliveryRequest[] {
	const requests = HOPE_DELIVERY_REQUESTS.get(store);
	if (!requests) throw new Error('This store has no product order routes');
	return requests;
}

/** Product orders (주문): the change feed and details by ID. */
export const productOrderRoutes: RouteModule = (context) => {
	const { store } = context;
	const usedTrackingNumbers = new Set<string>();
	const hopeDeliveryRequests: HopeDeliveryRequest[] = [];
	HOPE_DELIVERY_REQUESTS.set(store, hopeDeliveryRequests);
	return [
		{
			method: 'GET',
			pattern: /^\/v1\/pay-order\/seller\/product-orders\/last-changed-statuses$/,
			name: 'productOrders.lastChangedStatuses',
			envelope: 'payOrder',
			handler: (request) => lastChangedStatuses(store, request.query),
		},
		{
			method: 'POST',
			pattern: /^\/v1\/pay-order\/seller\/product-orders\/query$/,
			name: 'productOrders.query',
			envelope: 'payOrder',
			handler: (request) => queryProductOrders(store, request.body),
		},
		{
			method: 'GET',
			pattern: /^\/v1\/pay-order\/seller\/product-orders$/,
			name: 'productOrders.search',
			envelope: 'payOrder',
			handler: (request) => searchProductOrders(store, request.query),
		},
		{
			method: 'GET',
			pattern: /^\/v1\/pay-order\/seller\/orders\/([^/]+)\/product-order-ids$/,
			name: 'orders.productOrderIds',
			envelope: 'payOrder',
			handler: (_request, match) => productOrderIdsOfOrder(store, decodeURIComponent(match[1])),
		},
		{
			method: 'POST',
			pattern: /^\/v1\/pay-order\/seller\/product-orders\/confirm$/,
			name: 'productOrders.confirm',
			envelope: 'payOrder',
			handler: (request) => confirm(store, request.body),
		},
		{
			method: 'POST',
			pattern: /^\/v1\/pay-order\/seller\/product-orders\/dispatch$/,
			name: 'productOrders.dispatch',
			envelope: 'payOrder',
			handler: (request) => dispatch(context, usedTrackingNumbers, request.body),
		},
		{
			method: 'POST',
			pattern: /^\/v1\/pay-order\/seller\/product-orders\/([^/]+)\/delay$/,
			name: 'productOrders.delay',
			envelope: 'payOrder',
			handler: (request, match) =>
				delayDispatch(context, decodeURIComponent(match[1]), request.body),
		},
		{
			method: 'POST',
			pattern: /^\/v1\/pay-order\/seller\/product-orders\/([^/]+)\/hope-delivery\/change$/,
			name: 'productOrders.changeHopeDelivery',
			envelope: 'payOrder',
			handler: (request, match) => {
				const productOrderId = decodeURIComponent(match[1]);
				hopeDeliveryRequests.push({ productOrderId, body: request.body });
				return changeHopeDelivery(context, productOrderId, request.body);
			},
		},
	];
};
