/**
 * The store's analytics (API데이터솔루션) as one deterministic data set, from which every
 * statistics endpoint answers, so that the same day reads alike wherever it is read.
 *
 * Each day (KST) is seeded from the store and the date and holds:
 *
 * - traffic by marketing channel × device × hour (유입 수, 유입 고객 수, 페이지 수, 광고 비용);
 * - the same traffic by channel × device × "sub": the search keyword of a search channel, the
 *   custom tag (nt_source, nt_medium, nt_detail, nt_keyword) of a tagged channel, none for
 *   direct visits; each (channel, device) holds the same totals in both splits;
 * - the day's payments, one record each (channel, device, hour, keyword or tag, product,
 *   quantity, amount, coupons, refund, delivery type and times, buyer), at least one an hour;
 * - page views split over the store's pages.
 *
 * Every figure of an endpoint is a sum over these records, so within a day: the hours add up to
 * the day, the channels add up to the day, the products add up to the day, and the customer
 * figures count the day's buyers. Where Naver answers only the top N rows (상위 N개), the rows
 * answered add up to less than the day when the cut drops rows (see statistics.ts).
 *
 * Naver counts 유입 고객 수 as distinct users, which need not add up over rows; here each row's
 * users are a share of its visits, so they add up (a simplification the reference does not
 * contradict: it says nothing of how users are counted).
 */
import { formatKst } from '../kst';
import { seededRandom } from '../store';

export const DAY_MS = 24 * 3_600_000;

/** "최대 18개월 전 데이터부터 제공됩니다" (the API데이터솔루션 categories' pages). */
export const MONTHS_KEPT = 18;

export type Device = 'mobile' | 'pc';
export const DEVICES: Device[] = ['mobile', 'pc'];

export interface MarketingChannel {
	channelGroup: string;
	channelName: string;
	channelDetail: string;
	kind: 'search' | 'ad' | 'website' | 'direct';
	/** A website channel's referring domain (웹사이트 채널 API's refDomain). */
	refDomain?: string;
	weight: number;
	/** Won an ad channel pays a visit. */
	costPerVisit?: number;
}

/**
 * The store's ten marketing channels. The reference names no channel or group values; these are
 * the emulator's, after the channels Naver's statistics screens show.
 */
export const MARKETING_CHANNELS: MarketingChannel[] = [
	{
		channelGroup: '검색',
		channelName: '네이버',
		channelDetail: '네이버 통합검색',
		kind: 'search',
		weight: 30,
	},
	{
		channelGroup: '검색',
		channelName: '네이버쇼핑',
		channelDetail: '네이버쇼핑 검색',
		kind: 'search',
		weight: 22,
	},
	{
		channelGroup: '검색',
		channelName: '구글',
		channelDetail: 'google.com',
		kind: 'search',
		weight: 5,
	},
	{
		channelGroup: '검색',
		channelName: '다음',
		channelDetail: 'daum.net',
		kind: 'search',
		weight: 3,
	},
	{
		channelGroup: '광고',
		channelName: '네이버 검색광고',
		channelDetail: '파워링크',
		kind: 'ad',
		weight: 8,
		costPerVisit: 450,
	},
	{
		channelGroup: '광고',
		channelName: '네이버 쇼핑광고',
		channelDetail: '쇼핑검색광고',
		kind: 'ad',
		weight: 6,
		costPerVisit: 320,
	},
	{
		channelGroup: '웹사이트',
		channelName: '네이버 블로그',
		channelDetail: 'blog.naver.com',
		kind: 'website',
		refDomain: 'blog.naver.com',
		weight: 6,
	},
	{
		channelGroup: '웹사이트',
		channelName: '인스타그램',
		channelDetail: 'l.instagram.com',
		kind: 'website',
		refDomain: 'l.instagram.com',
		weight: 7,
	},
	{
		channelGroup: '웹사이트',
		channelName: '유튜브',
		channelDetail: 'youtube.com',
		kind: 'website',
		refDomain: 'youtube.com',
		weight: 4,
	},
	{
		channelGroup: '직접유입',
		channelName: '직접유입',
		channelDetail: '직접유입',
		kind: 'direct',
		weight: 9,
	},
];

/** Search keywords (refKeyword), most searched first. */
export const KEYWORDS = [
	'에뮬레이터',
	'텀블러',
	'스텐 텀블러',
	'머그컵',
	'보온병',
	'캠핑 컵',
	'아이스 텀블러',
	'텀블러 각인',
	'커피 드리퍼',
	'핸드드립 세트',
	'원두 보관통',
	'밀폐용기',
	'유리 밀폐용기',
	'도시락통',
	'스텐 도시락',
	'물병',
	'어린이 물병',
	'빨대 텀블러',
	'대용량 텀블러',
	'차량용 텀블러',
	'선물 세트',
	'집들이 선물',
	'커플 머그',
	'캠핑 식기',
	'접이식 컵',
	'티 인퓨저',
	'콜드브루 보틀',
	'텀블러 세척솔',
	'실리콘 뚜껑',
	'머그컵 세트',
];

/** Custom tags (사용자 정의 채널): nt_source, nt_medium, nt_detail, nt_keyword on links. */
export interface CustomTag {
	/** The index in MARKETING_CHANNELS of the channel whose visits carry the tag. */
	channel: number;
	ntSource: string;
	ntMedium: string;
	ntDetail: string;
	ntKeyword: string;
	weight: number;
}

export const CUSTOM_TAGS: CustomTag[] = [
	{
		channel: 4,
		ntSource: 'naver',
		ntMedium: 'cpc',
		ntDetail: 'powerlink',
		ntKeyword: '에뮬레이터',
		weight: 3,
	},
	{
		channel: 4,
		ntSource: 'naver',
		ntMedium: 'cpc',
		ntDetail: 'powerlink',
		ntKeyword: '텀블러',
		weight: 2,
	},
	{
		channel: 5,
		ntSource: 'naver',
		ntMedium: 'shopping_ad',
		ntDetail: 'shopping_search',
		ntKeyword: '텀블러',
		weight: 2,
	},
	{
		channel: 5,
		ntSource: 'naver',
		ntMedium: 'shopping_ad',
		ntDetail: 'shopping_search',
		ntKeyword: '머그컵',
		weight: 1,
	},
	{
		channel: 6,
		ntSource: 'blog',
		ntMedium: 'referral',
		ntDetail: 'review_post',
		ntKeyword: '리뷰',
		weight: 2,
	},
	{
		channel: 6,
		ntSource: 'blog',
		ntMedium: 'referral',
		ntDetail: 'event_post',
		ntKeyword: '이벤트',
		weight: 1,
	},
	{
		channel: 7,
		ntSource: 'instagram',
		ntMedium: 'social',
		ntDetail: 'story',
		ntKeyword: '신제품',
		weight: 2,
	},
	{
		channel: 7,
		ntSource: 'instagram',
		ntMedium: 'social',
		ntDetail: 'feed',
		ntKeyword: '시즌오프',
		weight: 2,
	},
	{
		channel: 7,
		ntSource: 'instagram',
		ntMedium: 'social',
		ntDetail: 'reels',
		ntKeyword: '브랜드필름',
		weight: 1,
	},
	{
		channel: 8,
		ntSource: 'youtube',
		ntMedium: 'video',
		ntDetail: 'brand_film',
		ntKeyword: '브랜드필름',
		weight: 2,
	},
	{
		channel: 8,
		ntSource: 'youtube',
		ntMedium: 'video',
		ntDetail: 'review',
		ntKeyword: '리뷰',
		weight: 1,
	},
];

export interface StatisticsProduct {
	productId: string;
	productName: string;
	largeCategory: string;
	middleCategory: string;
	smallCategory: string;
	detailCategory: string;
	price: number;
	weight: number;
	/** Sold on subscription (정기구독) too. */
	subscribable: boolean;
}

/** "name | price | large > middle > small > detail | weight | subscribable" */
const PRODUCT_TABLE = `
스테인리스 진공 텀블러 500ml | 24900 | 생활/건강 > 주방용품 > 잔/컵 > 텀블러 | 14 | n
스테인리스 진공 텀블러 750ml | 29900 | 생활/건강 > 주방용품 > 잔/컵 > 텀블러 | 9 | n
아이스 빨대 텀블러 900ml | 27900 | 생활/건강 > 주방용품 > 잔/컵 > 텀블러 | 8 | n
차량용 텀블러 400ml | 21900 | 생활/건강 > 주방용품 > 잔/컵 > 텀블러 | 4 | n
세라믹 머그컵 350ml | 12900 | 생활/건강 > 주방용품 > 잔/컵 > 머그컵 | 10 | n
커플 머그컵 세트 | 23900 | 생활/건강 > 주방용품 > 잔/컵 > 머그컵 | 5 | n
캠핑 스태킹 컵 4P | 19900 | 스포츠/레저 > 캠핑 > 캠핑용 식기 > 컵 | 4 | n
접이식 실리콘 컵 | 8900 | 스포츠/레저 > 캠핑 > 캠핑용 식기 > 컵 | 3 | n
보온병 1L | 34900 | 생활/건강 > 주방용품 > 보온/보냉용품 > 보온병 | 6 | n
어린이 원터치 물병 | 15900 | 생활/건강 > 주방용품 > 물병 > 어린이 물병 | 5 | n
트라이탄 물병 1L | 13900 | 생활/건강 > 주방용품 > 물병 > 물병 | 4 | n
콜드브루 보틀 1L | 18900 | 생활/건강 > 주방용품 > 커피용품 > 콜드브루 용품 | 3 | n
핸드드립 세트 | 45900 | 생활/건강 > 주방용품 > 커피용품 > 드리퍼 | 3 | n
세라믹 커피 드리퍼 | 16900 | 생활/건강 > 주방용품 > 커피용품 > 드리퍼 | 3 | n
원두 보관통 500g | 14900 | 생활/건강 > 주방용품 > 커피용품 > 원두 보관용기 | 2 | n
스페셜티 원두 200g | 15900 | 식품 > 커피 > 원두커피 > 원두 | 6 | y
유리 밀폐용기 4종 | 29900 | 생활/건강 > 주방용품 > 밀폐용기 > 유리 밀폐용기 | 5 | n
스텐 도시락통 2단 | 25900 | 생활/건강 > 주방용품 > 밀폐용기 > 도시락 | 4 | n
티 인퓨저 보틀 | 17900 | 생활/건강 > 주방용품 > 차 용품 > 티 인퓨저 | 2 | n
루이보스 티백 30개입 | 9900 | 식품 > 차 > 허브차 > 루이보스 | 4 | y
텀블러 세척솔 3종 | 6900 | 생활/건강 > 주방용품 > 주방잡화 > 세척솔 | 3 | n
실리콘 텀블러 뚜껑 | 5900 | 생활/건강 > 주방용품 > 주방잡화 > 뚜껑 | 2 | n
텀블러 선물 세트 | 39900 | 생활/건강 > 주방용품 > 잔/컵 > 선물세트 | 4 | n
캠핑 식기 세트 | 59900 | 스포츠/레저 > 캠핑 > 캠핑용 식기 > 식기 세트 | 2 | n
`;

export const STATISTICS_PRODUCTS: StatisticsProduct[] = PRODUCT_TABLE.trim()
	.split('\n')
	.map((line, index) => {
		const [name, price, path, weight, subscribable] = line.split('|').map((cell) => cell.trim());
		const [large, middle, small, detail] = path.split('>').map((cell) => cell.trim());
		return {
			productId: String(9_100_000_001 + index * 17),
			productName: name,
			largeCategory: large,
			middleCategory: middle,
			smallCategory: small,
			detailCategory: detail,
			price: Number(price),
			weight: Number(weight),
			subscribable: subscribable === 'y',
		};
	});

/**
 * Delivery types of the delivery report (배송 유형). The page names none; these are the
 * emulator's, after the delivery kinds the order APIs know (일반, 오늘출발, 도착보장).
 */
export const DELIVERY_TYPES = ['NORMAL', 'TODAY_DISPATCH', 'ARRIVAL_GUARANTEE'] as const;
export type DeliveryType = (typeof DELIVERY_TYPES)[number];

/** Visits by hour of day (KST), relative. */
const HOUR_WEIGHTS = [
	3, 2, 1, 1, 1, 1, 2, 4, 6, 8, 9, 10, 11, 10, 9, 9, 9, 10, 11, 13, 15, 16, 12, 7,
];

export interface HourCell {
	channel: number;
	device: Device;
	hour: number;
	numInteractions: number;
	numUsers: number;
	pv: number;
	cost: number;
}

export interface SubCell {
	channel: number;
	device: Device;
	/** The keyword index (search channels) or custom tag index (tagged channels). */
	keyword?: number;
	tag?: number;
	numInteractions: number;
	numUsers: number;
	pv: number;
}

export interface Payment {
	channel: number;
	device: Device;
	hour: number;
	keyword?: number;
	tag?: number;
	product: number;
	quantity: number;
	productCouponDiscountAmount: number;
	orderCouponDiscountAmount: number;
	/** What the buyer paid for the product, coupons off, delivery not included. */
	payAmount: number;
	deliveryCost: number;
	subscription: boolean;
	refunded: boolean;
	deliveryType: DeliveryType;
	/** When it was paid, dispatched and delivered (ms); undefined for a refunded payment. */
	paidMs: number;
	dispatchedMs?: number;
	deliveredMs?: number;
	dispatchDueMs: number;
	deliveryDueMs: number;
	buyer: string;
	/** A customer who bought before (재구매). */
	returning: boolean;
}

export interface PageCell {
	url: string;
	pv: number;
	/** Summed over the views (ms), so that days add up. */
	timeOnPage: number;
}

export interface StatisticsDay {
	date: string;
	hourCells: HourCell[];
	subCells: SubCell[];
	payments: Payment[];
	pages: PageCell[];
}

/** FNV-1a of a text, for seeds. */
export function textHash(text: string): number {
	let hash = 0x811c9dc5;
	for (let index = 0; index < text.length; index++) {
		hash ^= text.charCodeAt(index);
		hash = Math.imul(hash, 0x01000193);
	}
	return hash >>> 0;
}

// --- dates (KST calendar days) -----------------------------------------------------------------

export const kstDate = (ms: number): string => formatKst(ms).slice(0, 10);

/** Days since 1970-01-01 of a yyyy-MM-dd date. */
export function dayNumber(date: string): number {
	return (
		Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) /
		DAY_MS
	);
}

export const dateOfDay = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** The KST midnight that starts a date (ms). */
export const kstMidnightMs = (date: string): number => dayNumber(date) * DAY_MS - 9 * 3_600_000;

/** A real calendar date in yyyy-MM-dd, or undefined. */
export function readDate(text: string | undefined): string | undefined {
	if (text === undefined || !/^\d{4}-\d{2}-\d{2}$/.test(text)) return undefined;
	return dateOfDay(dayNumber(text)) === text ? text : undefined;
}

/** The date `months` calendar months before `date` (the day kept, or the month's last). */
export function monthsBefore(date: string, months: number): string {
	const [year, month, day] = date.split('-').map(Number);
	const index = year * 12 + (month - 1) - months;
	const lastDay = new Date(Date.UTC(Math.floor(index / 12), (index % 12) + 1, 0)).getUTCDate();
	return dateOfDay(Date.UTC(Math.floor(index / 12), index % 12, Math.min(day, lastDay)) / DAY_MS);
}

export const DAYS_OF_WEEK = [
	'SUNDAY',
	'MONDAY',
	'TUESDAY',
	'WEDNESDAY',
	'THURSDAY',
	'FRIDAY',
	'SATURDAY',
];

/** The day of the week of a date ('MONDAY' …); 1970-01-01 was a Thursday. */
export const dayOfWeek = (date: string): string => DAYS_OF_WEEK[(dayNumber(date) + 4) % 7];

export const hourText = (hour: number): string => String(hour).padStart(2, '0');

// --- splitting whole numbers -------------------------------------------------------------------

/** `total` split by `weights` into whole numbers that add up to it (largest remainder). */
export function splitWhole(total: number, weights: number[]): number[] {
	const sum = weights.reduce((a, b) => a + b, 0);
	if (sum <= 0 || total <= 0) return weights.map(() => 0);
	const exact = weights.map((weight) => (total * weight) / sum);
	const parts = exact.map(Math.floor);
	let left = total - parts.reduce((a, b) => a + b, 0);
	const order = exact
		.map((value, index) => ({ index, remainder: value - Math.floor(value) }))
		.sort((a, b) => b.remainder - a.remainder || a.index - b.index);
	for (const { index } of order) {
		if (left <= 0) break;
		parts[index] += 1;
		left -= 1;
	}
	return parts;
}

function pickWeighted(weights: number[], random: () => number): number {
	const sum = weights.reduce((a, b) => a + b, 0);
	let target = random() * sum;
	for (let index = 0; index < weights.length; index++) {
		target -= weights[index];
		if (target < 0 && weights[index] > 0) return index;
	}
	// Rounding left the target past the end: the last index with a weight.
	let last = weights.length - 1;
	while (last > 0 && weights[last] <= 0) last -= 1;
	return last;
}

/** Zipf-like weights of the keywords, shifted per search channel so their orders differ. */
function keywordWeights(channel: number): number[] {
	return KEYWORDS.map((_, index) => 1 / (1 + ((index + channel * 3) % KEYWORDS.length)));
}

function subsOf(channel: number): { keyword?: number; tag?: number; weight: number }[] {
	const kind = MARKETING_CHANNELS[channel].kind;
	if (kind === 'search') {
		return keywordWeights(channel).map((weight, keyword) => ({ keyword, weight }));
	}
	const tags = CUSTOM_TAGS.map((tag, index) => ({
		tag: index,
		weight: tag.weight,
		of: tag.channel,
	}))
		.filter((tag) => tag.of === channel)
		.map(({ tag, weight }) => ({ tag, weight }));
	return tags.length > 0 ? tags : [{ weight: 1 }];
}

// --- the data set ------------------------------------------------------------------------------

export interface StatisticsData {
	/** The brand store's page address (brand.naver.com/<store>). */
	storeUrl: string;
	day(date: string): StatisticsDay;
	/** Cumulative interest and grade counts of a day (고객 현황). */
	customerBase(date: string): CustomerBase;
}

export interface CustomerBase {
	interestCustomer: number;
	interestCustomerFluctuation: number;
	notificationCustomer: number;
	notificationCustomerFluctuation: number;
	grades: { silver: number; gold: number; vip: number; vvip: number };
	lounge: {
		joinCount: number;
		leaveCount: number;
		levels: [number, number, number, number, number];
	};
}

/** Where the customer base starts counting (interest and grades grow day by day from it). */
const BASE_DAY = dayNumber('2024-01-01');

export function statisticsData(seed: number, storeName: string): StatisticsData {
	const days = new Map<string, StatisticsDay>();
	const bases = new Map<number, CustomerBase>();
	const daySeed = (day: number, stream: number) =>
		(seed ^ Math.imul(day + 1, 0x9e3779b1) ^ Math.imul(stream, 0x85ebca6b)) >>> 0;

	function buildDay(date: string): StatisticsDay {
		const day = dayNumber(date);
		const random = seededRandom(daySeed(day, 1));
		const weekday = new Date(day * DAY_MS).getUTCDay();
		// About 900 visits a day, more at weekends, growing slowly over the years.
		const base =
			900 *
			(weekday === 0 || weekday === 6 ? 1.2 : 1) *
			(1 + ((day % 365) / 365) * 0.3) *
			(0.85 + random() * 0.3);
		const totalWeight = MARKETING_CHANNELS.reduce((sum, channel) => sum + channel.weight, 0);
		const hourWeightSum = HOUR_WEIGHTS.reduce((a, b) => a + b, 0);
		const hourCells: HourCell[] = [];
		MARKETING_CHANNELS.forEach((channel, index) => {
			for (const device of DEVICES) {
				for (let hour = 0; hour < 24; hour++) {
					const expected =
						(base * channel.weight * (device === 'mobile' ? 0.72 : 0.28) * HOUR_WEIGHTS[hour]) /
						(totalWeight * hourWeightSum);
					// Direct mobile visits never stop, so every hour has visits to pay from.
					const floor = channel.kind === 'direct' && device === 'mobile' ? 1 : 0;
					const visits = Math.max(floor, Math.round(expected * (0.6 + random() * 0.8)));
					hourCells.push({
						channel: index,
						device,
						hour,
						numInteractions: visits,
						numUsers: Math.round(visits * 0.82),
						pv: Math.round(visits * (2.2 + random() * 1.6)),
						cost: Math.round(visits * (channel.costPerVisit ?? 0)),
					});
				}
			}
		});
		const subCells: SubCell[] = [];
		MARKETING_CHANNELS.forEach((_, channel) => {
			for (const device of DEVICES) {
				const cells = hourCells.filter(
					(cell) => cell.channel === channel && cell.device === device,
				);
				const subs = subsOf(channel);
				const weights = subs.map((sub) => sub.weight);
				const total = (key: 'numInteractions' | 'numUsers' | 'pv') =>
					splitWhole(
						cells.reduce((sum, cell) => sum + cell[key], 0),
						weights,
					);
				const [visits, users, pv] = [total('numInteractions'), total('numUsers'), total('pv')];
				subs.forEach((sub, index) =>
					subCells.push({
						channel,
						device,
						...(sub.keyword !== undefined ? { keyword: sub.keyword } : {}),
						...(sub.tag !== undefined ? { tag: sub.tag } : {}),
						numInteractions: visits[index],
						numUsers: users[index],
						pv: pv[index],
					}),
				);
			}
		});
		const payments = buildPayments(date, day, hourCells, subCells);
		const pages = buildPages(day, hourCells);
		return { date, hourCells, subCells, payments, pages };
	}

	function buildPayments(
		date: string,
		day: number,
		hourCells: HourCell[],
		subCells: SubCell[],
	): Payment[] {
		const random = seededRandom(daySeed(day, 2));
		const midnight = kstMidnightMs(date);
		const payments: Payment[] = [];
		let newBuyers = 0;
		for (let hour = 0; hour < 24; hour++) {
			const cells = hourCells.filter((cell) => cell.hour === hour);
			const visits = cells.reduce((sum, cell) => sum + cell.numInteractions, 0);
			// About 3 % of visits pay, and at least one payment an hour.
			const count = Math.max(1, Math.round(visits * 0.03 * (0.5 + random())));
			for (let index = 0; index < count; index++) {
				const cell =
					cells[
						pickWeighted(
							cells.map((each) => each.numInteractions),
							random,
						)
					];
				const subs = subCells.filter(
					(sub) => sub.channel === cell.channel && sub.device === cell.device,
				);
				const sub =
					subs[
						pickWeighted(
							subs.map((each) => each.numInteractions + 0.01),
							random,
						)
					];
				const product = pickWeighted(
					STATISTICS_PRODUCTS.map((each) => each.weight),
					random,
				);
				const { price, subscribable } = STATISTICS_PRODUCTS[product];
				const quantity = 1 + Math.floor(random() * random() * 3);
				const productCoupon = random() < 0.25 ? Math.round((price * quantity * 0.1) / 10) * 10 : 0;
				const orderCoupon = random() < 0.15 ? 2000 : 0;
				const payAmount = price * quantity - productCoupon - orderCoupon;
				const refunded = random() < 0.06;
				const deliveryType = DELIVERY_TYPES[pickWeighted([70, 20, 10], random)];
				const paidMs = midnight + hour * 3_600_000 + Math.floor(random() * 3_600_000);
				const dispatchHours = deliveryType === 'NORMAL' ? 6 + random() * 60 : 1 + random() * 20;
				const deliveryHours = 12 + random() * 60;
				const dispatchDueMs = paidMs + (deliveryType === 'NORMAL' ? 72 : 24) * 3_600_000;
				const returning = random() < 0.38;
				const buyer = returning ? `K${Math.floor(random() * 600)}` : `N${day}-${(newBuyers += 1)}`;
				payments.push({
					channel: cell.channel,
					device: cell.device,
					hour,
					...(sub.keyword !== undefined ? { keyword: sub.keyword } : {}),
					...(sub.tag !== undefined ? { tag: sub.tag } : {}),
					product,
					quantity,
					productCouponDiscountAmount: productCoupon,
					orderCouponDiscountAmount: orderCoupon,
					payAmount,
					deliveryCost: payAmount >= 30_000 ? 0 : 3000,
					subscription: subscribable && random() < 0.4,
					refunded,
					deliveryType,
					paidMs,
					...(refunded
						? {}
						: {
								dispatchedMs: paidMs + dispatchHours * 3_600_000,
								deliveredMs: paidMs + (dispatchHours + deliveryHours) * 3_600_000,
							}),
					dispatchDueMs,
					deliveryDueMs: dispatchDueMs + 48 * 3_600_000,
					buyer,
					returning,
				});
			}
		}
		return payments;
	}

	function buildPages(day: number, hourCells: HourCell[]): PageCell[] {
		const random = seededRandom(daySeed(day, 3));
		const pv = hourCells.reduce((sum, cell) => sum + cell.pv, 0);
		const pages = [
			{ url: `${storeUrl}`, weight: 30, seconds: 25 },
			{ url: `${storeUrl}/category/ALL`, weight: 8, seconds: 35 },
			{ url: `${storeUrl}/search`, weight: 5, seconds: 20 },
			{ url: `${storeUrl}/notice`, weight: 1, seconds: 30 },
			{ url: `${storeUrl}/best`, weight: 6, seconds: 30 },
			...STATISTICS_PRODUCTS.map((product) => ({
				url: productPageUrl(product.productId),
				weight: product.weight * 2,
				seconds: 60,
			})),
		];
		const views = splitWhole(
			pv,
			pages.map((page) => page.weight),
		);
		return pages.map((page, index) => ({
			url: page.url,
			pv: views[index],
			timeOnPage: Math.round(views[index] * page.seconds * (0.7 + random() * 0.6) * 1000),
		}));
	}

	const storeUrl = `https://brand.naver.com/${storeName}`;
	const productPageUrl = (productId: string) => `${storeUrl}/products/${productId}`;

	/** Interest and grades from BASE_DAY on, each day a small random change. */
	function customerBase(date: string): CustomerBase {
		const target = dayNumber(date);
		let known = [...bases.keys()].filter((day) => day <= target).sort((a, b) => b - a)[0];
		let state: CustomerBase =
			known === undefined
				? {
						interestCustomer: 12_000,
						interestCustomerFluctuation: 0,
						notificationCustomer: 5_400,
						notificationCustomerFluctuation: 0,
						grades: { silver: 1_800, gold: 620, vip: 210, vvip: 45 },
						lounge: { joinCount: 0, leaveCount: 0, levels: [3_200, 1_400, 600, 180, 40] },
					}
				: bases.get(known)!;
		for (let day = (known ?? BASE_DAY - 1) + 1; day <= target; day++) {
			const random = seededRandom(daySeed(day, 4));
			const interest = Math.floor(random() * 46) - 6;
			const notification = Math.floor(random() * 26) - 4;
			const joinCount = Math.floor(random() * 30);
			const leaveCount = Math.floor(random() * 8);
			const levels = [...state.lounge.levels] as CustomerBase['lounge']['levels'];
			levels[0] += joinCount - leaveCount;
			const promoted = Math.floor(random() * 4);
			levels[0] -= promoted;
			levels[1] += promoted;
			state = {
				interestCustomer: state.interestCustomer + interest,
				interestCustomerFluctuation: interest,
				notificationCustomer: state.notificationCustomer + notification,
				notificationCustomerFluctuation: notification,
				grades: {
					silver: state.grades.silver + Math.floor(random() * 5),
					gold: state.grades.gold + Math.floor(random() * 3),
					vip: state.grades.vip + (random() < 0.4 ? 1 : 0),
					vvip: state.grades.vvip + (random() < 0.1 ? 1 : 0),
				},
				lounge: { joinCount, leaveCount, levels },
			};
			bases.set(day, state);
			known = day;
		}
		return state;
	}

	return {
		storeUrl,
		day(date: string) {
			const known = days.get(date);
			if (known) return known;
			const built = buildDay(date);
			days.set(date, built);
			return built;
		},
		customerBase,
	};
}
