import type { IDataObject, IExecuteFunctions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { formatNaverDate } from '../../helpers/naverDate';
import type { RowValues } from '../endpointTable';

/**
 * The rules Naver's API데이터솔루션 pages state for a report's dates, checked before any request,
 * the tidy rows of the one answer that is not a list (오늘 보고서), and the error a store without
 * the subscription is shown.
 */

const DAY_MS = 86_400_000;

const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY_MS;
const dateOfDay = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** The date `months` calendar months before `date` (the same day, or the month's last). */
export function monthsBefore(date: string, months: number): string {
	const [year, month, day] = date.split('-').map(Number);
	const index = year * 12 + (month - 1) - months;
	const lastDay = new Date(Date.UTC(Math.floor(index / 12), (index % 12) + 1, 0)).getUTCDate();
	return dateOfDay(Date.UTC(Math.floor(index / 12), index % 12, Math.min(day, lastDay)) / DAY_MS);
}

/** Whether the days from `start` to `end` hold a Monday. */
export function holdsMonday(start: string, end: string): boolean {
	for (let day = dayNumber(start); day <= dayNumber(end) && day < dayNumber(start) + 7; day++) {
		// 1970-01-01 was a Thursday: day 4 (mod 7) is a Monday.
		if (((day % 7) + 7) % 7 === 4) return true;
	}
	return false;
}

function refuse(this: IExecuteFunctions, itemIndex: number, message: string, description: string) {
	return new NodeOperationError(this.getNode(), message, { itemIndex, description });
}

/**
 * Both ends of a range in order. The pages do not state it; a start after the end is no range,
 * so it is refused rather than sent.
 */
export function checkRangeOrder(this: IExecuteFunctions, values: RowValues, itemIndex: number) {
	const { startDate, endDate } = values.query as { startDate: string; endDate: string };
	if (startDate > endDate) {
		throw refuse.call(
			this,
			itemIndex,
			`Start Date (${startDate}) is after End Date (${endDate})`,
			'Pick a start date on or before the end date.',
		);
	}
}

/**
 * The customer-data pages (고객 현황, 재구매 통계): startDate "string<yyyy-MM-dd> 조회 시작일. 최대
 * 18개월 전.", endDate "조회 종료일. 최소 1일 전." – days in Korean time (Naver's).
 */
export function checkCustomerDataRange(
	this: IExecuteFunctions,
	values: RowValues,
	itemIndex: number,
) {
	checkRangeOrder.call(this, values, itemIndex);
	const { startDate, endDate } = values.query as { startDate: string; endDate: string };
	const today = formatNaverDate(Date.now());
	const yesterday = dateOfDay(dayNumber(today) - 1);
	const earliest = monthsBefore(today, 18);
	if (endDate > yesterday) {
		throw refuse.call(
			this,
			itemIndex,
			`End Date must be yesterday (${yesterday}, Korean time) or earlier, not ${endDate}`,
			"Naver's reference: the end date is at least one day ago (최소 1일 전).",
		);
	}
	if (startDate < earliest) {
		throw refuse.call(
			this,
			itemIndex,
			`Start Date must be ${earliest} or later (18 months ago at most), not ${startDate}`,
			"Naver's reference: the start date is at most 18 months ago (최대 18개월 전).",
		);
	}
}

/**
 * 재구매 통계: "매주 월요일에 지난주 데이터가 생성됩니다. API 호출 시 반드시 월요일이 포함되어 있어야
 * 데이터가 정상적으로 호출됩니다."
 */
export function checkRepurchaseRange(
	this: IExecuteFunctions,
	values: RowValues,
	itemIndex: number,
) {
	checkCustomerDataRange.call(this, values, itemIndex);
	const { startDate, endDate } = values.query as { startDate: string; endDate: string };
	if (!holdsMonday(startDate, endDate)) {
		throw refuse.call(
			this,
			itemIndex,
			`The range ${startDate} to ${endDate} holds no Monday`,
			"Naver makes last week's repurchase figures every Monday and answers them only for a range that holds a Monday (매주 월요일에 지난주 데이터가 생성됩니다): widen the range to include one.",
		);
	}
}

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
];

/**
 * Every column of the 23 reports that Naver's reference types as a number (integer or number), by
 * its plain name: a figure sent as text there becomes a number. The names are the same across
 * the reports; text columns (hour "09", productId, dates) stay text.
 */
export const STATISTICS_NUMBER_COLUMNS: ReadonlySet<string> = new Set([
	'accountNo',
	'cost',
	'deliveryCompletedCount',
	'deliveryCompletedDueSuccessCount',
	'deliveryCompletedWithin48HoursCount',
	'deliveryCost',
	'detailPv',
	'dispatchedCount',
	'dispatchedDueSuccessCount',
	'femalePurchaseStats_ratio',
	'interestStats_interestCustomer',
	'interestStats_interestCustomerFluctuation',
	'interestStats_notificationCustomer',
	'interestStats_notificationCustomerFluctuation',
	'loungeStats_incrementCount',
	'loungeStats_joinCount',
	'loungeStats_leaveCount',
	'loungeStats_level1Count',
	'loungeStats_level2Count',
	'loungeStats_level3Count',
	'loungeStats_level4Count',
	'loungeStats_level5Count',
	'loungeStats_totalCount',
	'malePurchaseStats_ratio',
	'metric',
	'normalGrade_gold',
	'normalGrade_silver',
	'normalGrade_vip',
	'normalGrade_vvip',
	'numInteraction',
	'numInteractions',
	'numPurchases',
	'numPurchasesOnMobile',
	'numUsers',
	'obligationDeliveryCompletedCount',
	'orderCouponDiscountAmount',
	'payAmount',
	'payAmountOnMobile',
	'productCouponDiscountAmount',
	'productQuantity',
	'productQuantityOnMobile',
	'purchaseAmount',
	'purchaseAmountRatio',
	'purchaseCustomerCount',
	'purchaseCustomerRatio',
	'purchaseStats_customerCount',
	'purchaseStats_existCustomerCount',
	'purchaseStats_existCustomerRatio',
	'purchaseStats_newCustomerCount',
	'purchaseStats_newCustomerRatio',
	'purchaseStats_purchaseCount',
	'purchaseStats_refundCount',
	'pv',
	'rate',
	'refundNumPurchases',
	'refundPayAmount',
	'refundProductQuantity',
	'repurchaseAmount',
	'repurchaseAmountRatio',
	'repurchaseCustomerCount',
	'repurchaseCustomerRatio',
	'subscriptionPayAmount',
	'timeOnPage',
	'totalDeliveryTime',
	...AGE_GROUPS.flatMap((age) =>
		['malePurchaseStats', 'femalePurchaseStats'].map(
			(gender) => `agePurchaseStats_${age}_${gender}_ratio`,
		),
	),
]);

const isObject = (value: unknown): value is IDataObject =>
	value !== null && typeof value === 'object' && !Array.isArray(value);

/** The four breakdowns of 오늘 보고서: their list, the figure they break down and by what. */
const TODAY_BREAKDOWNS = [
	{ list: 'payAmountByHour', measure: 'payAmount', breakdown: 'hour' },
	{ list: 'payAmountByProduct', measure: 'payAmount', breakdown: 'product' },
	{ list: 'numInteractionsByHour', measure: 'numInteractions', breakdown: 'hour' },
	{ list: 'numInteractionsByChannel', measure: 'numInteractions', breakdown: 'channel' },
] as const;

/**
 * 오늘 보고서 ("오늘 스토어의 거래 정보를 실시간으로 제공합니다"): one row per figure of a breakdown
 * (`breakdown` hour, product or channel, its `dimension`, `metric` and `rate`), after the day's
 * two totals (`breakdown` total, no rate). Every row has the same columns and today's date in
 * Korean time, the day the report is about, so rows read on different days stay apart.
 */
export function todayReportRows(body: unknown): IDataObject[] {
	if (!isObject(body)) return [];
	const date = formatNaverDate(Date.now());
	const totals: IDataObject[] = [
		{ measure: 'payAmount', value: body.payAmount },
		// The page names the total numInteraction (singular), the breakdowns numInteractions.
		{ measure: 'numInteractions', value: body.numInteraction },
	]
		.filter(({ value }) => value !== undefined)
		.map(({ measure, value }) => ({
			date,
			measure,
			breakdown: 'total',
			dimension: 'total',
			metric: value as number,
			rate: null,
		}));
	const breakdowns = TODAY_BREAKDOWNS.flatMap(({ list, measure, breakdown }) => {
		const entries = body[list];
		return (Array.isArray(entries) ? entries.filter(isObject) : []).map((entry) => ({
			date,
			measure,
			breakdown,
			dimension: entry.dimension,
			metric: entry.metric,
			rate: entry.rate ?? null,
		}));
	});
	return [...totals, ...breakdowns];
}

/**
 * A refusal that may mean the store cannot read these reports. Every page is "[브랜드스토어
 * 전용]" and the category pages say "커머스솔루션마켓에서 API데이터솔루션 구독 후 이용가능합니다.
 * 솔루션을 추가하지 않고 API 호출 시 응답결과가 제한됩니다." They do not say which status or code
 * such a store gets: the statuses about permission each family documents are taken to mean it
 * (bizdata-stats 403, customer-data 401, which n8n sees only after a fresh token was refused too).
 */
export function explainNoSubscription(statuses: string[]) {
	return (error: unknown): unknown => {
		const failure = error as {
			httpCode?: unknown;
			message?: string;
			description?: unknown;
			context?: { naver?: { code?: unknown } };
		};
		if (!(error instanceof Error) || !statuses.includes(String(failure.httpCode))) return error;
		// Naver's gateway refusals (GW.AUTHN, GW.IP_NOT_ALLOWED…) have their own cause and hint.
		if (String(failure.context?.naver?.code ?? '').startsWith('GW.')) return error;
		const naverSaid = typeof failure.description === 'string' ? failure.description : '';
		failure.description = [
			"This store may lack the API데이터솔루션 subscription (add it in Naver's 커머스솔루션마켓, Commerce Solution Market) or may not be a brand store (브랜드스토어): Naver's statistics are for subscribed brand stores only.",
			naverSaid,
		]
			.filter((line) => line !== '')
			.join('\n');
		error.message = `Naver refused the report: this store may lack the API데이터솔루션 subscription (커머스솔루션마켓) or may not be a brand store (${error.message})`;
		return error;
	};
}
