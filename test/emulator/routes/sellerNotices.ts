/**
 * The store's notices (공지사항) and their use on channel products, as Naver's reference pages
 * describe them:
 *
 * - list (pages from 1, 10 by default, "페이지당 최대 100건"), read one, create, change, delete;
 * - on a create or change: the type is ORDINARY when left out; importantNotice, wholeNotice and
 *   popup are false when left out; a start time is set to minute 00 and an end time to minute 59
 *   of the hour given ("입력한 시각의 00분/59분으로 설정됩니다"); the display starts at the current
 *   hour when left out; a popup without times runs from the current hour to the same hour a week
 *   later; an important notice's times may be given only when importantNotice is true ("중요
 *   공지사항 여부를 true로 설정 후 입력이 가능"); one notice only is the whole-store notice and one
 *   only the popup ("기존에 설정되어 있던 … 해제됩니다(1건만 등록 가능)");
 * - a notice applied to channel products cannot be deleted ("상품에 연결된 공지사항은 삭제할 수
 *   없습니다");
 * - PUT channel-products/notice/apply applies a notice to channel products, Smart Store or window.
 *
 * Times are answered in KST ("공지사항 조회 시: KST 기준으로 출력됩니다"). Errors carry the traceId
 * the notice pages document; apply is a product API and has none.
 */
import { formatKst } from '../kst';
import type { RouteModule } from '../server';
import type { Store } from '../store';
import {
	ApiError,
	badRequest,
	Collection,
	EMPTY_SUCCESS,
	notFound,
	onMinute,
	pageQuery,
	routeTable,
	springPage,
	type InvalidInput,
	type Json,
	type RouteCall,
} from './collections';
import { productCatalogue } from './products';

/** GET seller-notices: "페이지당 최대 100건까지 조회할 수 있습니다", 10 by default. */
export const NOTICE_MAX_SIZE = 100;
export const NOTICE_DEFAULT_SIZE = 10;
const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

type PostCategoryType = 'ORDINARY' | 'EVENT' | 'DELIVERY' | 'PRODUCT';

export interface SellerNotice extends Json {
	sellerNoticeId: number;
	postCategoryType: PostCategoryType;
	title: string;
	importantNotice: boolean;
	importantNoticeStartDate?: string;
	importantNoticeEndDate?: string;
	wholeNotice: boolean;
	displayStartDate: string;
	displayEndDate?: string;
	popup: boolean;
	popupStartDate?: string;
	popupEndDate?: string;
	detailContents: string;
}

/** The fields the list shows of a notice (SellerNoticeListVo): no popup, no contents. */
const LIST_FIELDS = [
	'sellerNoticeId',
	'postCategoryType',
	'title',
	'importantNotice',
	'importantNoticeStartDate',
	'importantNoticeEndDate',
	'wholeNotice',
	'displayStartDate',
	'displayEndDate',
] as const;

/** "type | title | contents", oldest first. */
const NOTICE_TABLE = `
ORDINARY | 에뮬레이터 스토어 이용 안내 | 에뮬레이터 스토어를 찾아 주셔서 감사합니다. 주문 전 상품 상세 정보를 꼭 확인해 주세요.
DELIVERY | 택배사 물량 증가로 인한 배송 지연 안내 | 택배사 물량 증가로 일부 지역의 배송이 1~2일 지연될 수 있습니다.
EVENT | 신규 회원 10% 할인 쿠폰 증정 이벤트 | 스토어 알림받기 후 첫 구매 시 10% 할인 쿠폰을 드립니다.
PRODUCT | 제주 감귤 수확 일정 안내 | 올해 노지 감귤은 11월 첫째 주부터 순차 발송됩니다.
ORDINARY | 고객센터 운영 시간 안내 | 평일 10:00~17:00 (점심시간 12:00~13:00), 주말 및 공휴일 휴무입니다.
DELIVERY | 설 연휴 배송 일정 안내 | 설 연휴 기간 주문은 연휴 이후 순차적으로 출고됩니다.
EVENT | 리뷰 작성 포인트 2배 적립 | 이번 달 포토 리뷰 작성 시 네이버페이 포인트를 2배로 적립해 드립니다.
PRODUCT | 텀블러 각인 서비스 오픈 | 스테인리스 텀블러 구매 시 원하는 문구를 무료로 각인해 드립니다.
ORDINARY | 교환/반품 접수 방법 안내 | 상품 수령 후 7일 이내 마이페이지에서 교환/반품을 신청해 주세요.
DELIVERY | 제주/도서산간 추가 배송비 안내 | 제주 3,000원, 제주 외 도서산간 5,000원의 추가 배송비가 부과됩니다.
EVENT | 여름 시즌오프 최대 30% 할인 | 여름 상품 시즌오프 할인이 진행됩니다. 재고 소진 시 조기 종료될 수 있습니다.
PRODUCT | 무선 이어폰 펌웨어 업데이트 안내 | 최신 펌웨어로 업데이트하면 연결 안정성이 개선됩니다.
ORDINARY | 개인정보 처리방침 변경 안내 | 개인정보 처리방침이 일부 변경되어 안내드립니다.
DELIVERY | 추석 연휴 택배 마감 안내 | 추석 연휴 전 마지막 출고는 연휴 3일 전 오후 2시 주문 건까지입니다.
EVENT | 구매 금액별 사은품 증정 | 5만원 이상 구매 시 에코백을 함께 보내 드립니다.
PRODUCT | 유기농 현미 신규 입고 안내 | 올해 수확한 유기농 현미가 입고되었습니다.
ORDINARY | 스토어 휴무일 안내 | 매주 일요일은 출고 및 상담이 진행되지 않습니다.
DELIVERY | 오늘출발 마감 시간 변경 안내 | 오늘출발 마감 시간이 오후 3시로 변경됩니다.
EVENT | 스토어 찜 고객 전용 타임세일 | 스토어 찜 고객에게 매주 금요일 타임세일 쿠폰을 드립니다.
PRODUCT | 캠핑 의자 리콜 부품 교체 안내 | 일부 생산분의 다리 고정 부품을 무상으로 교체해 드립니다.
ORDINARY | 상품 문의 답변 안내 | 상품 문의는 영업일 기준 24시간 이내에 답변드립니다.
DELIVERY | 폭설로 인한 강원 지역 배송 지연 | 폭설로 강원 일부 지역의 배송이 지연되고 있습니다.
EVENT | 네이버페이 결제 시 추가 적립 | 네이버페이 결제 시 구매 금액의 2%를 추가로 적립해 드립니다.
`;

/**
 * The seeded notices, one a week from 23 weeks ago: the first is the whole-store notice, an
 * important notice every fourth (for the two weeks after it was posted), the second event the
 * store's popup, and a display end on every third.
 */
function seedNotices(nowMs: number): SellerNotice[] {
	const hour = (ms: number, minute: '00' | '59') => onMinute(formatKst(ms), minute);
	const lines = NOTICE_TABLE.trim().split('\n');
	return lines.map((line, index) => {
		const [type, title, detailContents] = line.split('|').map((cell) => cell.trim());
		const postedMs = nowMs - (lines.length - index) * 7 * DAY_MS;
		const important = index % 4 === 1;
		const popup = index === 6;
		return {
			sellerNoticeId: 53_100_001 + index,
			postCategoryType: type as PostCategoryType,
			title,
			importantNotice: important,
			...(important
				? {
						importantNoticeStartDate: hour(postedMs, '00'),
						importantNoticeEndDate: hour(postedMs + 14 * DAY_MS, '59'),
					}
				: {}),
			wholeNotice: index === 0,
			displayStartDate: hour(postedMs, '00'),
			...(index % 3 === 2 ? { displayEndDate: hour(postedMs + 60 * DAY_MS, '59') } : {}),
			popup,
			...(popup
				? {
						popupStartDate: hour(postedMs, '00'),
						popupEndDate: hour(postedMs + 180 * DAY_MS, '59'),
					}
				: {}),
			detailContents: `<p>${detailContents}</p>`,
		};
	});
}

export interface SellerNoticeState {
	notices: Collection<SellerNotice>;
	/** The notice applied to each channel product, by channel product number. */
	applied: Map<number, number>;
	reset(): void;
}

const STATES = new WeakMap<Store, SellerNoticeState>();

export function sellerNoticeStateOf(store: Store): SellerNoticeState {
	const state = STATES.get(store);
	if (!state) throw new Error('This store has no seller notice routes');
	return state;
}

/**
 * The channel products the seeded delivery-delay notice (53100002) is applied to: the first five
 * seeded Smart Store channel products.
 */
function seedApplied(): Map<number, number> {
	return new Map(
		[0, 1, 2, 3, 4].map((index) => [11_000_000_000 + index * 11, 53_100_002] as [number, number]),
	);
}

/** A notice as the POST or PUT sends it, with the defaults and hours Naver saves. */
function noticeOf(body: Json, nowMs: number): Omit<SellerNotice, 'sellerNoticeId'> {
	const important = body.importantNotice === true;
	if (!important) {
		// "중요 공지사항 여부를 true로 설정 후 입력이 가능 합니다."
		const given = ['importantNoticeStartDate', 'importantNoticeEndDate'].filter(
			(name) => body[name] !== undefined && body[name] !== null,
		);
		if (given.length > 0) {
			throw new ApiError(
				400,
				'BAD_REQUEST',
				'중요 공지사항으로 설정한 경우에만 중요 공지 기간을 입력할 수 있습니다.',
				given.map(
					(name): InvalidInput => ({
						name,
						type: 'Invalid',
						message: '중요 공지사항 여부를 true로 설정 후 입력할 수 있습니다.',
					}),
				),
			);
		}
	}
	const at = (name: string, minute: '00' | '59') =>
		typeof body[name] === 'string' ? { [name]: onMinute(body[name] as string, minute) } : {};
	const popup = body.popup === true;
	const thisHour = onMinute(formatKst(nowMs), '00');
	return {
		postCategoryType: (body.postCategoryType as PostCategoryType | undefined) ?? 'ORDINARY',
		title: String(body.title),
		importantNotice: important,
		...at('importantNoticeStartDate', '00'),
		...at('importantNoticeEndDate', '59'),
		wholeNotice: body.wholeNotice === true,
		displayStartDate: thisHour,
		...at('displayStartDate', '00'),
		...at('displayEndDate', '59'),
		popup,
		...(popup
			? {
					popupStartDate: thisHour,
					popupEndDate: onMinute(formatKst(nowMs + 7 * DAY_MS), '59'),
					...at('popupStartDate', '00'),
					...at('popupEndDate', '59'),
				}
			: {}),
		detailContents: String(body.detailContents),
	};
}

export const sellerNoticeRoutes: RouteModule = ({ store, now }) => {
	const seededAt = now();
	const state: SellerNoticeState = {
		notices: new Collection(() => seedNotices(seededAt), 'sellerNoticeId', 1, 53_100_001),
		applied: seedApplied(),
		reset() {
			this.notices.reset();
			this.applied = seedApplied();
		},
	};
	STATES.set(store, state);
	const notices = () => state.notices;
	const missing = (id: string) => () => notFound(`공지사항(${id})이 존재하지 않습니다.`);
	/** The channel products of the catalogue, Smart Store and window, by number. */
	const channelProducts = () =>
		new Set(
			productCatalogue(store).products.flatMap((product) => [
				product.smartstoreChannelProductNo,
				...(product.windowChannelProductNo ? [product.windowChannelProductNo] : []),
			]),
		);
	/** Saves a notice; the whole-store notice and the popup are one each. */
	const save = (notice: SellerNotice) => {
		for (const other of notices().items) {
			if (other.sellerNoticeId === notice.sellerNoticeId) continue;
			if (notice.wholeNotice) other.wholeNotice = false;
			if (notice.popup && other.popup) {
				other.popup = false;
				delete other.popupStartDate;
				delete other.popupEndDate;
			}
		}
		return { sellerNoticeId: notice.sellerNoticeId };
	};

	return routeTable(
		[
			{
				method: 'GET',
				path: '/v1/contents/seller-notices',
				name: 'sellerNotices.list',
				// Newest first; the page does not say how the list is ordered.
				action: ({ query }: RouteCall) => {
					const { page, size } = pageQuery(query, {
						defaultSize: NOTICE_DEFAULT_SIZE,
						maxSize: NOTICE_MAX_SIZE,
					});
					const newest = [...notices().items]
						.sort((a, b) => b.sellerNoticeId - a.sellerNoticeId)
						.map((notice) =>
							Object.fromEntries(
								LIST_FIELDS.filter((field) => notice[field] !== undefined).map((field) => [
									field,
									notice[field],
								]),
							),
						);
					return springPage(newest, page, size, [{ name: 'sellerNoticeId', direction: 'desc' }]);
				},
			},
			{
				method: 'GET',
				path: '/v1/contents/seller-notices/{sellerNoticeId}',
				name: 'sellerNotices.get',
				action: ({ params }: RouteCall) =>
					notices().get(params.sellerNoticeId, missing(params.sellerNoticeId)),
			},
			{
				method: 'POST',
				path: '/v1/contents/seller-notices',
				name: 'sellerNotices.create',
				action: ({ body }: RouteCall) => save(notices().create(noticeOf(body, now()))),
			},
			{
				method: 'PUT',
				path: '/v1/contents/seller-notices/{sellerNoticeId}',
				name: 'sellerNotices.update',
				action: ({ params, body }: RouteCall) =>
					save(
						notices().replace(
							params.sellerNoticeId,
							noticeOf(body, now()),
							missing(params.sellerNoticeId),
						),
					),
			},
			{
				method: 'DELETE',
				path: '/v1/contents/seller-notices/{sellerNoticeId}',
				name: 'sellerNotices.delete',
				action: ({ params }: RouteCall) => {
					const notice = notices().get(params.sellerNoticeId, missing(params.sellerNoticeId));
					const existing = channelProducts();
					const linked = [...state.applied]
						.filter(
							([channelProductNo, noticeId]) =>
								noticeId === notice.sellerNoticeId && existing.has(channelProductNo),
						)
						.map(([channelProductNo]) => channelProductNo);
					if (linked.length > 0) {
						// "상품에 연결된 공지사항은 삭제할 수 없습니다.", answered with the page's 400 BAD_REQUEST.
						throw new ApiError(
							400,
							'BAD_REQUEST',
							`상품에 연결된 공지사항은 삭제할 수 없습니다. (연결된 채널 상품 ${linked.length}개)`,
						);
					}
					notices().remove(notice.sellerNoticeId, missing(params.sellerNoticeId));
					// The page documents success with no body.
					return EMPTY_SUCCESS;
				},
			},
			{
				method: 'PUT',
				path: '/v1/products/channel-products/notice/apply',
				name: 'sellerNotices.apply',
				action: ({ body }: RouteCall) => {
					const numbers = Array.isArray(body.channelProductNos)
						? (body.channelProductNos as number[])
						: [];
					if (numbers.length === 0) {
						throw badRequest('channelProductNos', 'NotEmpty', '채널 상품번호를 입력해 주세요.');
					}
					const existing = channelProducts();
					const unknown = numbers
						.map((number, index) => ({ number, index }))
						.filter(({ number }) => !existing.has(number));
					if (unknown.length > 0) {
						throw new ApiError(
							404,
							'NOT_FOUND',
							'상품이 존재하지 않습니다.',
							unknown.map(({ number, index }) => ({
								name: `channelProductNos[${index}]`,
								type: 'NotFound',
								message: `채널 상품이 존재하지 않습니다: ${number}`,
							})),
						);
					}
					const noticeId = body.sellerNoticeId as number | undefined;
					if (noticeId !== undefined && noticeId !== null) {
						notices().get(noticeId, missing(String(noticeId)));
					}
					// The page marks sellerNoticeId optional and does not say what leaving it out does:
					// the emulator reads it as applying no notice, taking the products' notice off.
					for (const number of numbers) {
						if (noticeId === undefined || noticeId === null) state.applied.delete(number);
						else state.applied.set(number, noticeId);
					}
					return { code: 'SUCCESS', message: '공지사항이 적용되었습니다.', data: true };
				},
			},
		],
		now,
	);
};
