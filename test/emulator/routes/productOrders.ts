import { formatKst, parseNaverDateTime } from '../kst';
import type { HttpReply, RouteModule } from '../server';
import { changeRecord, productOrderDetails, type Store } from '../store';

const DAY_MS = 24 * 60 * 60 * 1000;

function badRequest(code: string, message: string): HttpReply {
	return { status: 400, body: { code, message } };
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

	// Other routes (claims, dispatch, generated change streams) move orders in time: sort on read.
	const ordered = [...store.productOrders].sort(
		(a, b) => a.lastChangedMs - b.lastChangedMs || a.productOrderId.localeCompare(b.productOrderId),
	);
	const matching = ordered.filter(
		(order) =>
			order.lastChangedMs >= from &&
			order.lastChangedMs <= to &&
			(!type || order.lastChangedType === type) &&
			// moreSequence names the first product order of the next page among those sharing moreFrom.
			!(moreSequence && order.lastChangedMs === from && order.productOrderId < moreSequence),
	);
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
	const wanted = new Set(ids.map(String));
	return {
		status: 200,
		body: store.productOrders
			.filter((order) => wanted.has(order.productOrderId))
			.map(productOrderDetails),
	};
}

/** Product orders (주문): the change feed and details by ID. */
export const productOrderRoutes: RouteModule = ({ store }) => [
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
];
