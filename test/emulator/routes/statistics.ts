/**
 * API데이터솔루션 (brand-store statistics): the 20 bizdata-stats reports of a channel and the 3
 * customer-data reports, all answered from one data set per store (statisticsData.ts), as
 * Naver's reference pages describe them.
 *
 * What the pages say, and what the emulator does with it:
 *
 * - every page: "[브랜드스토어 전용]"; the category pages: "커머스솔루션마켓에서 API데이터솔루션
 *   구독 후 이용가능합니다. 솔루션을 추가하지 않고 API 호출 시 응답결과가 제한됩니다." The pages
 *   do not say how the answer is limited. The emulator refuses a store without the subscription
 *   (statisticsStateOf(store).subscribed = false): the bizdata pages with their documented 403
 *   and E403A01, the one 403 code of the codes they list (E400S00 … E500S99, whose meanings they
 *   do not give); the customer-data pages document no 403, so with their 401 (the one status of
 *   theirs about permission), the body they document (code, message, debugMessage,
 *   invalidInputs, timestamp, traceId). Codes and messages are the emulator's choice;
 * - "최대 18개월 전 데이터부터 제공됩니다" (the categories): no day older than 18 months has data;
 * - customer-data: startDate "string<yyyy-MM-dd> … 조회 시작일. 최대 18개월 전.", endDate "조회
 *   종료일. 최소 1일 전." A date out of these bounds or in another format is refused with the
 *   pages' 400 where the contract keeps it. A contract made before the converter read these
 *   pages' "Bad request" and "Not found" (it read "Bad Request") lacks their 400 and 404; with
 *   such a contract the emulator answers the days inside the bounds instead, since an answer
 *   the contract does not document would be the emulator's defect;
 * - bizdata: the pages name no date format or range limit. The emulator reads yyyy-MM-dd (the
 *   customer-data pages' format) and refuses another, or a start after the end, with 400
 *   E400S00, the first 400 code listed (the pages do not say which code means what). Days
 *   serve up to yesterday; today is the realtime report's (오늘 보고서);
 * - top N, as each page states it (상위 N개), by the metric it names;
 * - 재구매 통계: "매주 월요일에 지난주 데이터가 생성됩니다. API 호출 시 반드시 월요일이 포함되어
 *   있어야 데이터가 정상적으로 호출됩니다": one weekly record a Monday in the range, for the week
 *   before it; a range without a Monday answers none;
 * - 고객 현황 isNotProvided: "집계 고객 수가 10건 미만인 경우 미제공".
 *
 * Which figures agree (same store, same days):
 * - payAmount and numPurchases of a day: sales/hourly (its hours), marketing/all/daily (its
 *   channels: the store has ten, so the top-10 cut drops none), marketing/hourly/simple,
 *   marketing/all/detail, sales/product/detail, sales/delivery/detail (its delivery types),
 *   sales/product-marketing/detail, customer-data purchaseCount;
 * - numInteractions: all/daily, all/detail, hourly/simple, website/daily = website/detail, the
 *   search channels' search/detail = all/detail's rows of those channels;
 * - pv: all/detail = shopping/page (its pages) while under 1000 pages; a product's page pv =
 *   shopping/product's detailPv; productQuantity of shopping/product = sales/product/detail's.
 * Cut by top N, so they add up to less: marketing/custom/simple and search/keyword (top 10),
 * hourly/detail (top 100), shopping/product (top 20), keyword-by-product (5 keywords of 10
 * products), product-marketing/category (15 categories), realtime payAmountByProduct (top 10).
 *
 * Values the pages leave open, the emulator's choice: deviceCategory 'mobile' | 'pc'; hour
 * '00'…'23'; dayOfWeek 'MONDAY'…; dates yyyy-MM-dd; ratios and rates in percent (0–100, two
 * decimals); timeOnPage summed over the views (ms); the repurchase report's purchase ratios are
 * 100 (the whole) and the repurchase ratios the returning customers' share.
 */
import { findEndpoint } from '../../contract/contract';
import { formatKst } from '../kst';
import type { RouteModule } from '../server';
import type { Store } from '../store';
import {
	Answer,
	ApiError,
	routeTable,
	type InvalidInput,
	type Json,
	type RouteCall,
	type RouteSpec,
} from './collections';
import {
	CUSTOM_TAGS,
	DELIVERY_TYPES,
	KEYWORDS,
	MARKETING_CHANNELS,
	MONTHS_KEPT,
	STATISTICS_PRODUCTS,
	dateOfDay,
	dayNumber,
	dayOfWeek,
	hourText,
	kstDate,
	monthsBefore,
	readDate,
	statisticsData,
	textHash,
	type Device,
	type HourCell,
	type Payment,
	type StatisticsData,
	type StatisticsDay,
	type SubCell,
} from './statisticsData';

const BIZDATA = '/v1/bizdata-stats/channels/{channelNo}';

/** The top N each page states ("상위 N개"). */
export const TOP_N = {
	allDaily: 10,
	allDetail: 1000,
	customDetail: 1000,
	customSimple: 10,
	hourlyDetail: 100,
	searchDetail: 1000,
	searchKeyword: 10,
	websiteDetail: 1000,
	realtimeProducts: 10,
	categoryChannels: 50,
	categories: 15,
	productMarketing: 1000,
	productSearch: 1000,
	keywordsPerProduct: 5,
	keywordProducts: 10,
	productUnits: 1000,
	pages: 1000,
	productActions: 20,
} as const;

/** sales/product/detail's sort values and the row field each sorts by. */
const PRODUCT_SORT: Record<string, string> = {
	numPurchase: 'numPurchases',
	payAmount: 'payAmount',
	productQuantity: 'productQuantity',
	refundNumPurchase: 'refundNumPurchases',
	refundPayAmount: 'refundPayAmount',
	refundProductQuantity: 'refundProductQuantity',
};

export interface StatisticsState {
	/** The store has the API데이터솔루션 subscription (true unless a test takes it away). */
	subscribed: boolean;
	readonly data: StatisticsData;
	/** The customer-data pages' account number of the store (재구매 통계 accountNo). */
	readonly accountNo: number;
	reset(): void;
}

const STATES = new WeakMap<Store, StatisticsState>();

export function statisticsStateOf(store: Store): StatisticsState {
	const state = STATES.get(store);
	if (!state) throw new Error('This store has no statistics routes');
	return state;
}

const percent = (part: number, whole: number): number =>
	whole > 0 ? Math.round((part / whole) * 10_000) / 100 : 0;

const sum = <T>(items: T[], value: (item: T) => number): number =>
	items.reduce((total, item) => total + value(item), 0);

/** The first `count` rows by a metric, largest first (ties in the order given). */
function top(rows: Json[], metric: string, count: number): Json[] {
	return [...rows].sort((a, b) => Number(b[metric]) - Number(a[metric])).slice(0, count);
}

// --- grouping the data set ---------------------------------------------------------------------

/** Where a visit or payment falls: the fields the hour cells, keyword cells and payments share. */
interface Place {
	channel: number;
	device: Device;
	hour?: number;
	keyword?: number;
	tag?: number;
}

interface Totals {
	dims: Json;
	numInteractions: number;
	numUsers: number;
	pv: number;
	cost: number;
	numPurchases: number;
	payAmount: number;
}

/**
 * Visits and payments grouped by the dimensions `dims` gives a place on a date (undefined leaves
 * it out), the visits read from the hour cells or the keyword/tag cells. A range of 18 months is
 * some 300,000 places: no copies of them, and keys joined rather than serialised.
 */
function groupTraffic(
	days: StatisticsDay[],
	cells: 'hour' | 'sub',
	dims: (place: Place, date: string) => Json | undefined,
): Totals[] {
	const groups = new Map<string, Totals>();
	const at = (place: Place, date: string) => {
		const found = dims(place, date);
		if (!found) return undefined;
		const key = Object.values(found).join('\u0001');
		let group = groups.get(key);
		if (!group) {
			group = {
				dims: found,
				numInteractions: 0,
				numUsers: 0,
				pv: 0,
				cost: 0,
				numPurchases: 0,
				payAmount: 0,
			};
			groups.set(key, group);
		}
		return group;
	};
	for (const day of days) {
		const visits: Array<HourCell | SubCell> = cells === 'hour' ? day.hourCells : day.subCells;
		for (const cell of visits) {
			const group = at(cell, day.date);
			if (!group) continue;
			group.numInteractions += cell.numInteractions;
			group.numUsers += cell.numUsers;
			group.pv += cell.pv;
			group.cost += 'cost' in cell ? cell.cost : 0;
		}
		for (const payment of day.payments) {
			const group = at(payment, day.date);
			if (!group) continue;
			group.numPurchases += 1;
			group.payAmount += payment.payAmount;
		}
	}
	return [...groups.values()];
}

function rowsOf(groups: Totals[], metrics: Array<keyof Omit<Totals, 'dims'>>): Json[] {
	return groups.map((group) => ({
		...group.dims,
		...Object.fromEntries(metrics.map((metric) => [metric, group[metric]])),
	}));
}

const channelDims = (channel: number) => {
	const { channelGroup, channelName, channelDetail } = MARKETING_CHANNELS[channel];
	return { channelGroup, channelName, channelDetail };
};

const productDims = (product: number) => {
	const { productId, productName, largeCategory, middleCategory, smallCategory, detailCategory } =
		STATISTICS_PRODUCTS[product];
	return { productId, productName, largeCategory, middleCategory, smallCategory, detailCategory };
};

/** Payments grouped by the dimensions `dims` gives each (undefined leaves one out). */
function groupPayments(
	days: StatisticsDay[],
	dims: (payment: Payment, date: string) => Json | undefined,
) {
	const groups = new Map<string, { dims: Json; payments: Payment[] }>();
	for (const day of days) {
		for (const payment of day.payments) {
			const found = dims(payment, day.date);
			if (!found) continue;
			const key = JSON.stringify(found);
			const group = groups.get(key) ?? { dims: found, payments: [] };
			group.payments.push(payment);
			groups.set(key, group);
		}
	}
	return [...groups.values()];
}

const mobile = (payment: Payment) => payment.device === 'mobile';
const refunded = (payment: Payment) => payment.refunded;

// --- buyers (고객 현황) ------------------------------------------------------------------------

const AGE_GROUPS = [
	'teenage',
	'early20s',
	'late20s',
	'early30s',
	'late30s',
	'early40s',
	'late40s',
	'early50s',
	'late50s',
	'senior',
] as const;
const AGE_WEIGHTS = [2, 8, 14, 18, 17, 14, 11, 7, 5, 4];

/** A buyer's gender and age group, fixed by the buyer's ID. */
function profileOf(buyer: string): { female: boolean; age: (typeof AGE_GROUPS)[number] } {
	const hash = textHash(buyer);
	let target = (hash >>> 8) % 100;
	let age = 0;
	while (target >= AGE_WEIGHTS[age]) target -= AGE_WEIGHTS[age++];
	return { female: hash % 100 < 64, age: AGE_GROUPS[age] };
}

// --- the module --------------------------------------------------------------------------------

export const statisticsRoutes: RouteModule = ({ store, now, seed }) => {
	const channelNos = () => store.channels.map((channel) => String(channel.channelNo));
	const storeName = store.account.accountId;
	const accountNo = 510_000_000 + (textHash(store.account.accountUid) % 90_000_000);
	const state: StatisticsState = {
		subscribed: true,
		data: statisticsData(
			(seed ^ textHash(`${storeName}|${channelNos().join(',')}`)) >>> 0,
			storeName,
		),
		accountNo,
		reset() {
			this.subscribed = true;
		},
	};
	STATES.set(store, state);
	const data = state.data;

	const today = () => kstDate(now());
	const yesterday = () => dateOfDay(dayNumber(today()) - 1);
	/** The first day with data: "최대 18개월 전 데이터부터 제공됩니다". */
	const firstKept = () => monthsBefore(today(), MONTHS_KEPT);
	const daysBetween = (from: string, to: string): StatisticsDay[] => {
		const days: StatisticsDay[] = [];
		for (let day = dayNumber(from); day <= dayNumber(to); day++)
			days.push(data.day(dateOfDay(day)));
		return days;
	};

	// --- bizdata-stats ---------------------------------------------------------------------------

	const bizdataRefusal = (name: string, message: string) =>
		new ApiError(400, 'E400S00', `${name}: ${message}`);

	/** The subscription, the channel and the dates of a bizdata report: the days it covers. */
	const bizdataDays = ({ params, query }: RouteCall): StatisticsDay[] => {
		bizdataAccess(params.channelNo);
		const dates = ['startDate', 'endDate'].map((name) => {
			const date = readDate(query.get(name) ?? undefined);
			if (!date) throw bizdataRefusal(name, 'yyyy-MM-dd 형식의 날짜를 입력해 주세요.');
			return date;
		});
		const [start, end] = dates;
		// The pages are silent on a reversed range; the emulator refuses it.
		if (start > end) throw bizdataRefusal('startDate', '조회 시작일이 종료일보다 늦습니다.');
		const from = start < firstKept() ? firstKept() : start;
		const to = end > yesterday() ? yesterday() : end;
		return from <= to ? daysBetween(from, to) : [];
	};

	const bizdataAccess = (channelNo: string) => {
		if (!state.subscribed) {
			throw new ApiError(
				403,
				'E403A01',
				'API데이터솔루션을 구독한 브랜드스토어만 이용할 수 있습니다.',
			);
		}
		// The pages do not say what another store's channel gets; the emulator refuses it alike.
		if (!channelNos().includes(channelNo)) {
			throw new ApiError(403, 'E403A01', `조회 권한이 없는 채널입니다: ${channelNo}`);
		}
	};

	const marketing = (
		name: string,
		path: string,
		action: (days: StatisticsDay[], call: RouteCall) => Json,
	): RouteSpec => ({
		method: 'GET',
		path: `${BIZDATA}${path}`,
		name: `statistics.${name}`,
		action: (call) => action(bizdataDays(call), call),
	});

	const website = (channel: number) => MARKETING_CHANNELS[channel].kind === 'website';
	const search = (channel: number) => MARKETING_CHANNELS[channel].kind === 'search';
	const device = (place: { device: Device }) => ({ deviceCategory: place.device });
	const TRAFFIC = ['numInteractions', 'numPurchases', 'numUsers', 'payAmount', 'pv'] as const;
	const BRIEF = ['numInteractions', 'numPurchases', 'payAmount'] as const;

	const bizdataRoutes: RouteSpec[] = [
		marketing('marketingAllDaily', '/marketing/all/daily', (days) => ({
			// "유입이 발생한 마케팅 채널의 일별 성과를 상위 10개": the top 10 channels of each day.
			rows: days.flatMap((day) =>
				top(
					rowsOf(
						groupTraffic([day], 'hour', (place, date) => ({
							channelName: MARKETING_CHANNELS[place.channel].channelName,
							date,
						})),
						['numInteractions', 'payAmount'],
					).filter((row) => Number(row.numInteractions) > 0),
					'numInteractions',
					TOP_N.allDaily,
				),
			),
		})),
		marketing('marketingAllDetail', '/marketing/all/detail', (days) => ({
			rows: top(
				rowsOf(
					groupTraffic(days, 'hour', (place) => ({
						...channelDims(place.channel),
						...device(place),
					})),
					['cost', ...TRAFFIC],
				).filter((row) => Number(row.numInteractions) > 0),
				'numInteractions',
				TOP_N.allDetail,
			),
		})),
		marketing('marketingCustomDetail', '/marketing/custom/detail', (days) => ({
			rows: top(
				rowsOf(
					groupTraffic(days, 'sub', (place) => {
						if (place.tag === undefined) return undefined;
						const { ntSource, ntMedium, ntDetail, ntKeyword } = CUSTOM_TAGS[place.tag];
						return { ntDetail, ntKeyword, ntMedium, ntSource, ...device(place) };
					}),
					[...TRAFFIC],
				),
				'numInteractions',
				TOP_N.customDetail,
			),
		})),
		marketing('marketingCustomSimple', '/marketing/custom/simple', (days) => ({
			rows: top(
				rowsOf(
					groupTraffic(days, 'sub', (place) =>
						place.tag === undefined
							? undefined
							: {
									ntMedium: CUSTOM_TAGS[place.tag].ntMedium,
									ntSource: CUSTOM_TAGS[place.tag].ntSource,
								},
					),
					[...BRIEF],
				),
				'numInteractions',
				TOP_N.customSimple,
			),
		})),
		marketing('marketingHourlyDetail', '/marketing/hourly/detail', (days) => ({
			rows: top(
				rowsOf(
					groupTraffic(days, 'hour', (place, date) => ({
						...channelDims(place.channel),
						dayOfWeek: dayOfWeek(date),
						...device(place),
						hour: hourText(place.hour!),
					})),
					[...TRAFFIC],
				).filter((row) => Number(row.numInteractions) > 0),
				'numInteractions',
				TOP_N.hourlyDetail,
			),
		})),
		marketing('marketingHourlySimple', '/marketing/hourly/simple', (days) => ({
			rows: rowsOf(
				groupTraffic(days, 'hour', (place) => ({ hour: hourText(place.hour!) })),
				[...BRIEF],
			).sort((a, b) => String(a.hour).localeCompare(String(b.hour))),
		})),
		marketing('marketingSearchDetail', '/marketing/search/detail', (days) => ({
			rows: top(
				rowsOf(
					groupTraffic(days, 'sub', (place) =>
						place.keyword === undefined
							? undefined
							: {
									channelGroup: MARKETING_CHANNELS[place.channel].channelGroup,
									channelName: MARKETING_CHANNELS[place.channel].channelName,
									...device(place),
									refKeyword: KEYWORDS[place.keyword],
								},
					),
					[...TRAFFIC],
				).filter((row) => Number(row.numInteractions) > 0),
				'numInteractions',
				TOP_N.searchDetail,
			),
		})),
		marketing('marketingSearchKeyword', '/marketing/search/keyword', (days) => ({
			rows: top(
				rowsOf(
					groupTraffic(days, 'sub', (place) =>
						place.keyword === undefined ? undefined : { refKeyword: KEYWORDS[place.keyword] },
					),
					[...BRIEF],
				),
				'numInteractions',
				TOP_N.searchKeyword,
			),
		})),
		marketing('marketingWebsiteDaily', '/marketing/website/daily', (days) => ({
			rows: rowsOf(
				groupTraffic(days, 'hour', (place, date) =>
					website(place.channel) ? { date } : undefined,
				),
				['numInteractions'],
			),
		})),
		marketing('marketingWebsiteDetail', '/marketing/website/detail', (days) => ({
			rows: top(
				rowsOf(
					groupTraffic(days, 'hour', (place) =>
						website(place.channel)
							? { ...device(place), refDomain: MARKETING_CHANNELS[place.channel].refDomain }
							: undefined,
					),
					[...TRAFFIC],
				).filter((row) => Number(row.numInteractions) > 0),
				'numInteractions',
				TOP_N.websiteDetail,
			),
		})),
		{
			method: 'GET',
			path: `${BIZDATA}/realtime/daily`,
			name: 'statistics.realtimeDaily',
			// "오늘 스토어의 거래 정보를 실시간으로 제공합니다(1시간 단위)": today's hours up to the
			// current one (KST), each whole.
			action: ({ params }) => {
				bizdataAccess(params.channelNo);
				const hour = Number(formatKst(now()).slice(11, 13));
				const day = data.day(today());
				const cells = day.hourCells.filter((cell) => cell.hour <= hour);
				const payments = day.payments.filter((payment) => payment.hour <= hour);
				const visits = sum(cells, (cell) => cell.numInteractions);
				const paid = sum(payments, (payment) => payment.payAmount);
				const measure = (dimension: string, metric: number, whole: number) => ({
					dimension,
					metric,
					rate: percent(metric, whole),
				});
				const hours = Array.from({ length: hour + 1 }, (_, index) => index);
				const byProduct = STATISTICS_PRODUCTS.map((product, index) =>
					measure(
						product.productName,
						sum(
							payments.filter((payment) => payment.product === index),
							(payment) => payment.payAmount,
						),
						paid,
					),
				).filter((row) => row.metric > 0);
				return {
					numInteraction: visits,
					numInteractionsByChannel: MARKETING_CHANNELS.map((channel, index) =>
						measure(
							channel.channelName,
							sum(
								cells.filter((cell) => cell.channel === index),
								(cell) => cell.numInteractions,
							),
							visits,
						),
					).sort((a, b) => b.metric - a.metric),
					numInteractionsByHour: hours.map((each) =>
						measure(
							hourText(each),
							sum(
								cells.filter((cell) => cell.hour === each),
								(cell) => cell.numInteractions,
							),
							visits,
						),
					),
					payAmount: paid,
					payAmountByHour: hours.map((each) =>
						measure(
							hourText(each),
							sum(
								payments.filter((payment) => payment.hour === each),
								(payment) => payment.payAmount,
							),
							paid,
						),
					),
					// "상품별 결제 금액 상위 10"
					payAmountByProduct: top(byProduct, 'metric', TOP_N.realtimeProducts),
				};
			},
		},
		marketing('salesDelivery', '/sales/delivery/detail', (days) => {
			const nowMs = now();
			const happened = (ms: number | undefined) => ms !== undefined && ms <= nowMs;
			return {
				deliveryReport: groupPayments(days, (payment, date) => ({
					date,
					deliveryType: payment.deliveryType,
				}))
					.sort(
						(a, b) =>
							String(a.dims.date).localeCompare(String(b.dims.date)) ||
							DELIVERY_TYPES.indexOf(a.dims.deliveryType as (typeof DELIVERY_TYPES)[number]) -
								DELIVERY_TYPES.indexOf(b.dims.deliveryType as (typeof DELIVERY_TYPES)[number]),
					)
					.map(({ dims, payments }) => {
						const dispatched = payments.filter((payment) => happened(payment.dispatchedMs));
						const delivered = payments.filter((payment) => happened(payment.deliveredMs));
						return {
							date: dims.date,
							deliveryCompletedCount: delivered.length,
							deliveryCompletedDueSuccessCount: delivered.filter(
								(payment) => payment.deliveredMs! <= payment.deliveryDueMs,
							).length,
							deliveryCompletedWithin48HoursCount: delivered.filter(
								(payment) => payment.deliveredMs! - payment.paidMs <= 48 * 3_600_000,
							).length,
							deliveryType: dims.deliveryType,
							dispatchedCount: dispatched.length,
							dispatchedDueSuccessCount: dispatched.filter(
								(payment) => payment.dispatchedMs! <= payment.dispatchDueMs,
							).length,
							numPurchases: payments.length,
							// 의무 배송: the arrival-guaranteed payments delivered (the page does not
							// define it; the emulator's reading).
							obligationDeliveryCompletedCount: delivered.filter(
								(payment) => payment.deliveryType === 'ARRIVAL_GUARANTEE',
							).length,
							payAmount: sum(payments, (payment) => payment.payAmount),
							totalDeliveryTime: sum(delivered, (payment) => payment.deliveredMs! - payment.paidMs),
						};
					}),
			};
		}),
		marketing('salesHourly', '/sales/hourly/detail', (days) => ({
			rows: groupPayments(days, (payment, date) => ({ date, hour: hourText(payment.hour) })).map(
				({ dims, payments }) => {
					const returned = payments.filter(refunded);
					return {
						date: dims.date,
						deliveryCost: sum(payments, (payment) => payment.deliveryCost),
						hour: dims.hour,
						numPurchases: payments.length,
						numPurchasesOnMobile: payments.filter(mobile).length,
						numUsers: new Set(payments.map((payment) => payment.buyer)).size,
						payAmount: sum(payments, (payment) => payment.payAmount),
						payAmountOnMobile: sum(payments.filter(mobile), (payment) => payment.payAmount),
						productQuantity: sum(payments, (payment) => payment.quantity),
						refundNumPurchases: returned.length,
						refundPayAmount: sum(returned, (payment) => payment.payAmount),
						refundProductQuantity: sum(returned, (payment) => payment.quantity),
						subscriptionPayAmount: sum(
							payments.filter((payment) => payment.subscription),
							(payment) => payment.payAmount,
						),
					};
				},
			),
		})),
		marketing('salesProductMarketingCategory', '/sales/product-marketing/category', (days) => {
			// "카테고리(소)별로 최대 50개의 마케팅 채널별 결제 데이터를 결제액 기준 상위 15개 카테고리"
			const byCategory = groupPayments(days, (payment) => ({
				smallCategory: STATISTICS_PRODUCTS[payment.product].smallCategory,
			}))
				.map((group) => ({
					...group,
					payAmount: sum(group.payments, (payment) => payment.payAmount),
				}))
				.sort((a, b) => b.payAmount - a.payAmount)
				.slice(0, TOP_N.categories);
			return {
				rows: byCategory.flatMap(({ dims, payments }) => {
					const byChannel = new Map<number, number>();
					for (const payment of payments) {
						byChannel.set(
							payment.channel,
							(byChannel.get(payment.channel) ?? 0) + payment.payAmount,
						);
					}
					return top(
						[...byChannel].map(([channel, payAmount]) => ({
							channelName: MARKETING_CHANNELS[channel].channelName,
							payAmount,
							smallCategory: dims.smallCategory,
						})),
						'payAmount',
						TOP_N.categoryChannels,
					);
				}),
			};
		}),
		marketing('salesProductMarketing', '/sales/product-marketing/detail', (days) => ({
			rows: top(
				groupPayments(days, (payment) => ({
					...channelDims(payment.channel),
					...productDims(payment.product),
				})).map(({ dims, payments }) => ({
					...dims,
					numPurchases: payments.length,
					payAmount: sum(payments, (payment) => payment.payAmount),
				})),
				'payAmount',
				TOP_N.productMarketing,
			),
		})),
		marketing('salesProductSearch', '/sales/product-search/detail', (days) => ({
			rows: top(
				groupPayments(days, (payment) =>
					payment.keyword === undefined || !search(payment.channel)
						? undefined
						: {
								channelGroup: MARKETING_CHANNELS[payment.channel].channelGroup,
								channelName: MARKETING_CHANNELS[payment.channel].channelName,
								...productDims(payment.product),
								refKeyword: KEYWORDS[payment.keyword],
							},
				).map(({ dims, payments }) => ({
					...dims,
					numPurchases: payments.length,
					payAmount: sum(payments, (payment) => payment.payAmount),
				})),
				'payAmount',
				TOP_N.productSearch,
			),
		})),
		marketing('salesKeywordByProduct', '/sales/product-search/keyword-by-product', (days) => {
			// "상품별로 판매에 영향을 주는 주요 키워드 데이터 최대 5개를 결제액 기준 상위 10개 상품"
			const searched = (payment: Payment) => payment.keyword !== undefined;
			const products = top(
				groupPayments(days, (payment) =>
					searched(payment) ? { product: payment.product } : undefined,
				).map(({ dims, payments }) => ({
					product: dims.product,
					payAmount: sum(payments, (payment) => payment.payAmount),
				})),
				'payAmount',
				TOP_N.keywordProducts,
			);
			return {
				rows: products.flatMap(({ product }) =>
					top(
						groupPayments(days, (payment) =>
							searched(payment) && payment.product === product
								? { refKeyword: KEYWORDS[payment.keyword!] }
								: undefined,
						).map(({ dims, payments }) => ({
							payAmount: sum(payments, (payment) => payment.payAmount),
							productName: STATISTICS_PRODUCTS[product as number].productName,
							refKeyword: dims.refKeyword,
						})),
						'payAmount',
						TOP_N.keywordsPerProduct,
					),
				),
			};
		}),
		marketing('salesProduct', '/sales/product/detail', (days, { query }) => {
			// "결제액 기준" by default; sort names a metric in the singular, the rows in the plural.
			const sort = PRODUCT_SORT[query.get('sort') ?? 'payAmount'] ?? 'payAmount';
			return {
				productUnitReport: top(
					groupPayments(days, (payment) => productDims(payment.product)).map(
						({ dims, payments }) => {
							const returned = payments.filter(refunded);
							return {
								...dims,
								numPurchases: payments.length,
								orderCouponDiscountAmount: sum(
									payments,
									(payment) => payment.orderCouponDiscountAmount,
								),
								payAmount: sum(payments, (payment) => payment.payAmount),
								payAmountOnMobile: sum(payments.filter(mobile), (payment) => payment.payAmount),
								productCouponDiscountAmount: sum(
									payments,
									(payment) => payment.productCouponDiscountAmount,
								),
								productQuantity: sum(payments, (payment) => payment.quantity),
								productQuantityOnMobile: sum(
									payments.filter(mobile),
									(payment) => payment.quantity,
								),
								refundNumPurchases: returned.length,
								refundPayAmount: sum(returned, (payment) => payment.payAmount),
								refundProductQuantity: sum(returned, (payment) => payment.quantity),
							};
						},
					),
					sort,
					TOP_N.productUnits,
				),
			};
		}),
		marketing('shoppingPage', '/shopping/page/detail', (days) => {
			const pages = new Map<string, { url: string; pv: number; timeOnPage: number }>();
			for (const page of days.flatMap((day) => day.pages)) {
				const known = pages.get(page.url) ?? { url: page.url, pv: 0, timeOnPage: 0 };
				known.pv += page.pv;
				known.timeOnPage += page.timeOnPage;
				pages.set(page.url, known);
			}
			return {
				rows: top(
					[...pages.values()].map(({ url, pv, timeOnPage }) => ({ pv, timeOnPage, url })),
					'pv',
					TOP_N.pages,
				),
			};
		}),
		marketing('shoppingProduct', '/shopping/product/detail', (days) => ({
			rows: top(
				STATISTICS_PRODUCTS.map((product, index) => ({
					detailPv: sum(
						days.flatMap((day) => day.pages),
						(page) => (page.url === `${data.storeUrl}/products/${product.productId}` ? page.pv : 0),
					),
					productId: product.productId,
					productName: product.productName,
					productQuantity: sum(
						days.flatMap((day) => day.payments.filter((payment) => payment.product === index)),
						(payment) => payment.quantity,
					),
				})),
				'detailPv',
				TOP_N.productActions,
			),
		})),
	];

	// --- customer-data ---------------------------------------------------------------------------

	/** Whether the contract keeps this status for the page (see the module's comment). */
	const documents = (method: string, path: string, status: number) =>
		Boolean(findEndpoint(method, path)?.endpoint.errors?.[String(status)]);

	/** The customer-data pages' error body: code, message, debugMessage, invalidInputs, … */
	let traces = 0;
	const customerDataError = (
		status: number,
		code: string,
		message: string,
		invalidInputs: InvalidInput[] = [],
	) => {
		traces += 1;
		const traceId = `emu-stats-${traces.toString(36)}^${now()}`;
		return new Answer({
			status,
			body: {
				code,
				message,
				debugMessage: message,
				invalidInputs,
				timestamp: formatKst(now()),
				traceId,
			},
			headers: { 'GNCP-GW-Trace-ID': traceId },
		});
	};

	/**
	 * The days of a customer-data report, or the pages' refusal: "최대 18개월 전", "최소 1일 전",
	 * yyyy-MM-dd. Without the 400 in the contract, the days inside those bounds.
	 */
	const customerDataDays = ({ request, query }: RouteCall): StatisticsDay[] | Answer => {
		if (!state.subscribed) {
			return customerDataError(
				401,
				'UNAUTHORIZED',
				'API데이터솔루션을 구독한 브랜드스토어만 이용할 수 있습니다.',
			);
		}
		const refuses = documents(request.method, request.path, 400);
		const problems: InvalidInput[] = [];
		const dates = ['startDate', 'endDate'].map((name) => {
			const date = readDate(query.get(name) ?? undefined);
			if (!date)
				problems.push({ name, type: 'Pattern', message: `${name}: yyyy-MM-dd 형식이어야 합니다.` });
			return date;
		});
		const [start, end] = dates;
		if (start && start < firstKept()) {
			problems.push({
				name: 'startDate',
				type: 'Range',
				message: `조회 시작일은 최대 ${MONTHS_KEPT}개월 전(${firstKept()})까지입니다.`,
			});
		}
		if (end && end > yesterday()) {
			problems.push({
				name: 'endDate',
				type: 'Range',
				message: `조회 종료일은 최소 1일 전(${yesterday()})이어야 합니다.`,
			});
		}
		if (problems.length > 0 && refuses) {
			return customerDataError(400, 'BAD_REQUEST', '잘못된 요청입니다.', problems);
		}
		if (!start || !end) return [];
		const from = start < firstKept() ? firstKept() : start;
		const to = end > yesterday() ? yesterday() : end;
		return from <= to ? daysBetween(from, to) : [];
	};

	const customerStatus = (day: StatisticsDay): Json => {
		const buyers = [...new Set(day.payments.map((payment) => payment.buyer))];
		const returning = new Set(day.payments.filter((p) => p.returning).map((p) => p.buyer));
		const count = buyers.length;
		// "집계 고객 수가 10건 미만인 경우 미제공": the figures about the day's buyers are zero then.
		const notProvided = count < 10;
		const shown = notProvided ? [] : buyers;
		const profiles = shown.map(profileOf);
		const share = (test: (profile: ReturnType<typeof profileOf>) => boolean) => ({
			ratio: percent(profiles.filter(test).length, profiles.length),
		});
		const base = data.customerBase(day.date);
		const levels = base.lounge.levels;
		const existing = notProvided ? 0 : returning.size;
		return {
			aggregateDate: day.date,
			purchaseStats: {
				customerCount: shown.length,
				newCustomerCount: shown.length - existing,
				existCustomerCount: existing,
				newCustomerRatio: percent(shown.length - existing, shown.length),
				existCustomerRatio: percent(existing, shown.length),
				purchaseCount: notProvided ? 0 : day.payments.length,
				refundCount: notProvided ? 0 : day.payments.filter(refunded).length,
			},
			malePurchaseStats: share((profile) => !profile.female),
			femalePurchaseStats: share((profile) => profile.female),
			agePurchaseStats: Object.fromEntries(
				AGE_GROUPS.map((age) => [
					age,
					{
						malePurchaseStats: share((profile) => profile.age === age && !profile.female),
						femalePurchaseStats: share((profile) => profile.age === age && profile.female),
					},
				]),
			),
			interestStats: {
				interestCustomer: base.interestCustomer,
				interestCustomerFluctuation: base.interestCustomerFluctuation,
				notificationCustomer: base.notificationCustomer,
				notificationCustomerFluctuation: base.notificationCustomerFluctuation,
			},
			normalGrade: { ...base.grades },
			loungeStats: {
				totalCount: sum(levels, (level) => level),
				incrementCount: base.lounge.joinCount - base.lounge.leaveCount,
				joinCount: base.lounge.joinCount,
				leaveCount: base.lounge.leaveCount,
				level1Count: levels[0],
				level2Count: levels[1],
				level3Count: levels[2],
				level4Count: levels[3],
				level5Count: levels[4],
			},
			periodType: 'daily',
			isNotProvided: notProvided,
		};
	};

	/** The week before a Monday (Monday to Sunday), as the Monday's weekly record. */
	const repurchase = (monday: StatisticsDay): Json => {
		const week = Array.from({ length: 7 }, (_, index) =>
			data.day(dateOfDay(dayNumber(monday.date) - 7 + index)),
		);
		const payments = week.flatMap((day) => day.payments);
		const again = payments.filter((payment) => payment.returning);
		const buyers = new Set(payments.map((payment) => payment.buyer)).size;
		const returningBuyers = new Set(again.map((payment) => payment.buyer)).size;
		const amount = sum(payments, (payment) => payment.payAmount);
		const againAmount = sum(again, (payment) => payment.payAmount);
		return {
			aggregateDate: monday.date,
			periodType: 'weekly',
			purchaseAmount: amount,
			purchaseAmountRatio: 100,
			purchaseCustomerCount: buyers,
			purchaseCustomerRatio: 100,
			repurchaseAmount: againAmount,
			repurchaseAmountRatio: percent(againAmount, amount),
			repurchaseCustomerCount: returningBuyers,
			repurchaseCustomerRatio: percent(returningBuyers, buyers),
			accountNo: state.accountNo,
		};
	};

	const customerDataRoutes: RouteSpec[] = [
		{
			method: 'GET',
			path: '/v1/customer-data/customer-status/account/statistics',
			name: 'statistics.customerStatusAccount',
			// The account has one channel here, so the account's figures are the channel's.
			action: (call) => {
				const days = customerDataDays(call);
				return days instanceof Answer ? days : days.map(customerStatus);
			},
		},
		{
			method: 'GET',
			path: '/v1/customer-data/customer-status/channels/{channelNo}/statistics',
			name: 'statistics.customerStatusChannel',
			action: (call) => {
				const days = customerDataDays(call);
				if (days instanceof Answer) return days;
				if (!channelNos().includes(call.params.channelNo)) {
					// The pages document 404 and say nothing of another store's channel: 404 where
					// the contract has it (see the 400 above), else the 401.
					const status = documents(call.request.method, call.request.path, 404) ? 404 : 401;
					return customerDataError(
						status,
						status === 404 ? 'NOT_FOUND' : 'UNAUTHORIZED',
						`조회 권한이 없는 채널입니다: ${call.params.channelNo}`,
					);
				}
				return days.map(customerStatus);
			},
		},
		{
			method: 'GET',
			path: '/v1/customer-data/repurchase/account/statistics',
			name: 'statistics.repurchaseAccount',
			action: (call) => {
				const days = customerDataDays(call);
				if (days instanceof Answer) return days;
				return days.filter((day) => dayOfWeek(day.date) === 'MONDAY').map(repurchase);
			},
		},
	];

	return routeTable([...bizdataRoutes, ...customerDataRoutes], now);
};
