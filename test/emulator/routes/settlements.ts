import { formatKst } from '../kst';
import type { ApiRequest, HttpReply, RouteModule } from '../server';
import { seededRandom, type Store } from '../store';

/**
 * Settlements (정산, pay-settle): daily totals, per-order records, commission details and the VAT
 * declaration records derived from them (부가세 신고 내역) over the last six months, with Naver's
 * paging (`pageNumber` from 1, `pageSize` up to 1000, both required) and its error envelope
 * `{code: "BAD_REQUEST", message, invalidInputs[{name, message, type}], timestamp}`. Every invalid
 * input is reported at once, as Spring's validation does.
 */

const DAY_MS = 24 * 60 * 60 * 1000;
const PAGE_SIZE_MAX = 1000;
const MERCHANT = { merchantId: 'np_emulator01', merchantName: '에뮬레이터 스토어' };

const PERIOD_TYPES = {
	SETTLE_CASEBYCASE_SETTLE_SCHEDULE_DATE: 'settleExpectDate',
	SETTLE_CASEBYCASE_SETTLE_BASIS_DATE: 'settleBasisDate',
	SETTLE_CASEBYCASE_SETTLE_COMPLETE_DATE: 'settleCompleteDate',
	SETTLE_CASEBYCASE_PAY_DATE: 'payDate',
	SETTLE_CASEBYCASE_TAXRETURN_BASIS_DATE: 'taxReturnDate',
} as const;
const SETTLE_DECISION_TYPES = ['SETTLED', 'UNSETTLED', 'BEFORE_CANCEL'];
const SETTLE_TYPES = [
	'NORMAL_SETTLE_ORIGINAL',
	'NORMAL_SETTLE_AFTER_CANCEL',
	'NORMAL_SETTLE_BEFORE_CANCEL',
	'QUICK_SETTLE_ORIGINAL',
	'QUICK_SETTLE_CANCEL',
	'QUANTITY_CANCEL_DEDUCTION',
	'QUANTITY_CANCEL_RESTORE',
];

/** One settlement record per product order or delivery fee, as settle/case returns it. */
export interface SettlementCase {
	settleBasisDate: string;
	settleExpectDate: string;
	settleCompleteDate: string | null;
	payDate: string;
	taxReturnDate: string;
	orderId: string;
	productOrderId: string;
	productOrderType: 'PROD_ORDER' | 'DELIVERY';
	settleType: string;
	productId: string | null;
	productName: string | null;
	purchaserName: string;
	paySettleAmount: number;
	totalPayCommissionAmount: number;
	freeInstallmentCommissionAmount: number;
	sellingInterlockCommissionAmount: number;
	benefitSettleAmount: number;
	settleExpectAmount: number;
	payMeansType: string;
}

export interface SettlementState {
	cases: SettlementCase[];
	commissions: Array<Record<string, unknown>>;
	daily: Array<Record<string, unknown>>;
	/** VAT declaration records (부가세 신고 내역): one per sale or cancellation, by basis date. */
	vatCases: Array<Record<string, unknown>>;
	/** The same summed per basis date. */
	vatDaily: Array<Record<string, unknown>>;
	/** The query of every request these routes received, for tests to check what was sent. */
	requests: Array<{ route: string; query: Record<string, string> }>;
}

const STATES = new WeakMap<Store, SettlementState>();

/** The settlement data an emulator serves, for tests to compare against. */
export function settlementStateOf(store: Store): SettlementState {
	const state = STATES.get(store);
	if (!state) throw new Error('This store has no settlement routes');
	return state;
}

const PRODUCTS = [
	{ productId: '5012345001', name: '제주 감귤 5kg', price: 19900 },
	{ productId: '5012345002', name: '무선 블루투스 이어폰', price: 39000 },
	{ productId: '5012345003', name: '유기농 현미 10kg', price: 32000 },
	{ productId: '5012345004', name: '스테인리스 텀블러 500ml', price: 15800 },
	{ productId: '5012345005', name: '면 100% 반팔 티셔츠', price: 12900 },
];
/** Unprocessed farm produce is exempt from VAT in Korea (부가가치세법 제26조): tangerines, rice. */
const TAX_EXEMPT_PRODUCT_IDS = new Set(['5012345001', '5012345003']);
const PAY_MEANS = ['PAYMEANS_TYPE_CCARD', 'PAYMEANS_TYPE_NCASH', 'PAYMEANS_TYPE_BANK'];

function kstDate(ms: number): string {
	return formatKst(ms).slice(0, 10);
}

function pad(value: number, width: number): string {
	return String(value).padStart(width, '0');
}

/**
 * Orders paid on each of the last 180 days settle some days later: purchase decided 2–8 days after
 * payment (the basis date), paid out two days after that, completed once that day has come.
 */
export function seedSettlementState(seed: number, nowMs: number): SettlementState {
	const random = seededRandom(seed + 4_001);
	const today = kstDate(nowMs);
	const cases: SettlementCase[] = [];
	let serial = 0;
	for (let daysAgo = 180; daysAgo >= 1; daysAgo--) {
		const payMs = nowMs - daysAgo * DAY_MS;
		const orders = 4 + Math.floor(random() * 6);
		for (let order = 0; order < orders; order++) {
			serial += 1;
			const product = PRODUCTS[Math.floor(random() * PRODUCTS.length)];
			const basisMs = payMs + (2 + Math.floor(random() * 7)) * DAY_MS;
			const expectDate = kstDate(basisMs + 2 * DAY_MS);
			const roll = random();
			const settleType =
				roll < 0.86
					? 'NORMAL_SETTLE_ORIGINAL'
					: roll < 0.92
						? 'NORMAL_SETTLE_BEFORE_CANCEL'
						: roll < 0.96
							? 'QUICK_SETTLE_ORIGINAL'
							: 'NORMAL_SETTLE_AFTER_CANCEL';
			const sign = settleType === 'NORMAL_SETTLE_AFTER_CANCEL' ? -1 : 1;
			const canceledBefore = settleType === 'NORMAL_SETTLE_BEFORE_CANCEL';
			const payDate = kstDate(payMs);
			const orderId = `${payDate.replace(/-/g, '')}${pad(50_000_000 + serial * 7, 8)}`;
			const payMeansType = PAY_MEANS[Math.floor(random() * PAY_MEANS.length)];
			const interlock = random() < 0.5;
			const base = {
				settleBasisDate: kstDate(basisMs),
				settleExpectDate: expectDate,
				settleCompleteDate: !canceledBefore && expectDate <= today ? expectDate : null,
				payDate,
				taxReturnDate: kstDate(basisMs),
				orderId,
				settleType,
				purchaserName: '홍*동',
				payMeansType,
			};
			const amounts = (pay: number, withInterlock: boolean) => {
				if (canceledBefore) {
					return {
						paySettleAmount: 0,
						totalPayCommissionAmount: 0,
						freeInstallmentCommissionAmount: 0,
						sellingInterlockCommissionAmount: 0,
						benefitSettleAmount: 0,
						settleExpectAmount: 0,
					};
				}
				const payCommission = -Math.round(pay * 0.0363) * sign;
				const interlockCommission = withInterlock ? -Math.round(pay * 0.02) * sign : 0;
				return {
					paySettleAmount: pay * sign,
					totalPayCommissionAmount: payCommission,
					freeInstallmentCommissionAmount: 0,
					sellingInterlockCommissionAmount: interlockCommission,
					benefitSettleAmount: 0,
					settleExpectAmount: pay * sign + payCommission + interlockCommission,
				};
			};
			const quantity = 1 + Math.floor(random() * 3);
			cases.push({
				...base,
				productOrderId: `${payDate.replace(/-/g, '')}${pad(60_000_000 + serial * 13, 8)}`,
				productOrderType: 'PROD_ORDER',
				productId: product.productId,
				productName: product.name,
				...amounts(product.price * quantity, interlock),
			});
			if (random() < 0.3) {
				cases.push({
					...base,
					productOrderId: `${payDate.replace(/-/g, '')}${pad(70_000_000 + serial * 13, 8)}`,
					productOrderType: 'DELIVERY',
					productId: null,
					productName: null,
					...amounts(3000, false),
				});
			}
		}
	}

	const commissions: Array<Record<string, unknown>> = [];
	for (const settlement of cases) {
		if (settlement.settleType === 'NORMAL_SETTLE_BEFORE_CANCEL') continue;
		const row = {
			orderNo: settlement.orderId,
			productOrderId: settlement.productOrderId,
			productOrderType: settlement.productOrderType,
			productId: settlement.productId,
			productName: settlement.productName,
			...MERCHANT,
			purchaserName: settlement.purchaserName,
			settleType: settlement.settleType,
			settleBasisDate: settlement.settleBasisDate,
			settleExpectDate: settlement.settleExpectDate,
			settleCompleteDate: settlement.settleCompleteDate,
			taxReturnDate: settlement.taxReturnDate,
			commissionBasisAmount: settlement.paySettleAmount,
			payMeansType: settlement.payMeansType,
		};
		commissions.push({
			...row,
			commissionType: 'PAY_COMMISSION',
			sellingInterlockCommissionType: null,
			commissionAmount: settlement.totalPayCommissionAmount,
		});
		if (settlement.sellingInterlockCommissionAmount !== 0) {
			commissions.push({
				...row,
				commissionType: 'CHNL_COMMISSION',
				sellingInterlockCommissionType: 'NAVER_SHOPPING',
				commissionAmount: settlement.sellingInterlockCommissionAmount,
				maximumSellingInterlockCommissionAmount: Math.round(
					Math.abs(settlement.paySettleAmount) * 0.02,
				),
			});
		}
	}

	// One daily record per payout day, summing what is paid out that day.
	const byDay = new Map<string, SettlementCase[]>();
	for (const settlement of cases) {
		if (settlement.settleType === 'NORMAL_SETTLE_BEFORE_CANCEL') continue;
		const list = byDay.get(settlement.settleExpectDate) ?? [];
		list.push(settlement);
		byDay.set(settlement.settleExpectDate, list);
	}
	const sum = (list: SettlementCase[], pick: (settlement: SettlementCase) => number) =>
		list.reduce((total, settlement) => total + pick(settlement), 0);
	const daily = [...byDay.entries()]
		.sort(([a], [b]) => a.localeCompare(b))
		.map(([expectDate, list]) => {
			const basisDates = list.map((settlement) => settlement.settleBasisDate).sort();
			const settleAmount = sum(list, (settlement) => settlement.settleExpectAmount);
			const quick = sum(list, (settlement) =>
				settlement.settleType.startsWith('QUICK') ? settlement.settleExpectAmount : 0,
			);
			return {
				settleBasisStartDate: basisDates[0],
				settleBasisEndDate: basisDates[basisDates.length - 1],
				settleExpectDate: expectDate,
				settleCompleteDate: expectDate <= today ? expectDate : null,
				settleAmount,
				paySettleAmount: sum(list, (settlement) => settlement.paySettleAmount),
				commissionSettleAmount: sum(
					list,
					(settlement) =>
						settlement.totalPayCommissionAmount + settlement.sellingInterlockCommissionAmount,
				),
				benefitSettleAmount: 0,
				deductionRestoreSettleAmount: 0,
				payHoldbackAmount: 0,
				minusChargeAmount: 0,
				differenceSettleAmount: 0,
				returnCareSettleAmount: 0,
				normalSettleAmount: settleAmount - quick,
				quickSettleAmount: quick,
				preferentialCommissionAmount: 0,
				settlementLimitAmount: 0,
				settleMethodType: 'ACCOUNT',
				bankType: 'KB',
				depositorName: '에뮬레이터',
				accountNo: '123456******',
				...MERCHANT,
			};
		});
	const vatCases = cases
		.filter((settlement) => settlement.settleType !== 'NORMAL_SETTLE_BEFORE_CANCEL')
		.map(vatCaseRecord)
		.sort(
			(a, b) =>
				String(a.settleBasisDate).localeCompare(String(b.settleBasisDate)) ||
				String(a.orderId).localeCompare(String(b.orderId)) ||
				String(a.productOrderId).localeCompare(String(b.productOrderId)),
		);
	return { cases, commissions, daily, vatCases, vatDaily: vatDailyRecords(vatCases), requests: [] };
}

const VAT_AMOUNTS = [
	'totalSalesAmount',
	'taxationSalesAmount',
	'taxExemptionSalesAmount',
	'creditCardAmount',
	'cashInComeDeductionAmount',
	'cashOutGoingEvidenceAmount',
	'cashExclusionIssuanceAmount',
	'otherAmount',
] as const;

/**
 * A sale (or its cancellation after settlement) as vat/case reports it: what the buyer paid, split
 * once by taxation (farm produce is exempt; delivery fees are taxed) and once by the evidence the
 * payment leaves (card, cash receipt for income deduction or business expense, none issued, other).
 * A payment cancelled before settlement was never a sale and is not declared. The split of bank
 * transfers over cash receipt kinds is the emulator's choice, by order number.
 */
function vatCaseRecord(settlement: SettlementCase): Record<string, unknown> {
	const total = settlement.paySettleAmount;
	const exempt =
		settlement.productOrderType === 'PROD_ORDER' &&
		TAX_EXEMPT_PRODUCT_IDS.has(settlement.productId ?? '');
	const evidence =
		settlement.payMeansType === 'PAYMEANS_TYPE_CCARD'
			? 'creditCardAmount'
			: settlement.payMeansType === 'PAYMEANS_TYPE_NCASH'
				? 'otherAmount'
				: ([
						'cashInComeDeductionAmount',
						'cashOutGoingEvidenceAmount',
						'cashExclusionIssuanceAmount',
					][Number(settlement.orderId.slice(-1)) % 3] as (typeof VAT_AMOUNTS)[number]);
	const amounts = Object.fromEntries(VAT_AMOUNTS.map((name) => [name, 0]));
	amounts.totalSalesAmount = total;
	amounts[exempt ? 'taxExemptionSalesAmount' : 'taxationSalesAmount'] = total;
	amounts[evidence] = total;
	return {
		settleBasisDate: settlement.taxReturnDate,
		orderId: settlement.orderId,
		productOrderId: settlement.productOrderId,
		productOrderType: settlement.productOrderType,
		detailType: 'VOUCH_DETAIL_PAYMENT_SETL',
		// The page describes six statuses (수량 취소 정산 공제/환급 too) but lists four values; a
		// payment is published (원주문 매출) or, cancelled after settlement, cancelled (주문 취소).
		status:
			settlement.settleType === 'NORMAL_SETTLE_AFTER_CANCEL' ? 'VOUCH_CANCEL' : 'VOUCH_PUBLICATION',
		productName: settlement.productName,
		...amounts,
		...MERCHANT,
	};
}

/** vat/daily: the case records of each basis date summed, one record per day with sales. */
function vatDailyRecords(vatCases: Array<Record<string, unknown>>): Array<Record<string, unknown>> {
	const byDay = new Map<string, Record<string, unknown>>();
	for (const record of vatCases) {
		const day = String(record.settleBasisDate);
		const total =
			byDay.get(day) ??
			({
				settleBasisDate: day,
				...Object.fromEntries(VAT_AMOUNTS.map((name) => [name, 0])),
				...MERCHANT,
			} as Record<string, unknown>);
		for (const name of VAT_AMOUNTS) total[name] = Number(total[name]) + Number(record[name]);
		byDay.set(day, total);
	}
	return [...byDay.values()];
}

type InvalidInput = { name: string; message: string; type: string };

function badRequest(now: number, invalidInputs: InvalidInput[]): HttpReply {
	return {
		status: 400,
		body: { code: 'BAD_REQUEST', message: '잘못된 요청', invalidInputs, timestamp: formatKst(now) },
	};
}

/** Reads and checks the query as Spring binds it, collecting every invalid input. */
class QueryReader {
	readonly invalid: InvalidInput[] = [];

	constructor(private readonly query: URLSearchParams) {}

	date(name: string, required: boolean): string | undefined {
		const value = this.query.get(name);
		if (value === null || value === '') {
			if (required) this.invalid.push({ name, message: '필수 값입니다.', type: 'NotNull' });
			return undefined;
		}
		const ms = Date.parse(`${value}T00:00:00+09:00`);
		if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || !Number.isFinite(ms) || kstDate(ms) !== value) {
			this.invalid.push({ name, message: '잘못된 값입니다.', type: 'typeMismatch' });
			return undefined;
		}
		return value;
	}

	integer(name: string, min: number, max: number): number | undefined {
		const value = this.query.get(name);
		if (value === null || value === '') {
			this.invalid.push({ name, message: '필수 값입니다.', type: 'NotNull' });
			return undefined;
		}
		if (!/^-?\d+$/.test(value)) {
			this.invalid.push({ name, message: '잘못된 값입니다.', type: 'typeMismatch' });
			return undefined;
		}
		const number = Number(value);
		if (number < min) {
			this.invalid.push({ name, message: `${min} 이상이어야 합니다.`, type: 'Min' });
		} else if (number > max) {
			this.invalid.push({ name, message: `${max} 이하여야 합니다.`, type: 'Max' });
		}
		return number;
	}

	choice(name: string, allowed: readonly string[]): string | undefined {
		const value = this.query.get(name);
		if (value === null || value === '') return undefined;
		if (!allowed.includes(value)) {
			this.invalid.push({ name, message: '잘못된 값입니다.', type: 'typeMismatch' });
			return undefined;
		}
		return value;
	}

	text(name: string): string | undefined {
		const value = this.query.get(name);
		return value === null || value === '' ? undefined : value;
	}
}

function page(elements: unknown[], pageNumber: number, pageSize: number): HttpReply {
	return {
		status: 200,
		body: {
			elements: elements.slice((pageNumber - 1) * pageSize, pageNumber * pageSize),
			pagination: {
				page: pageNumber,
				size: pageSize,
				totalPages: Math.ceil(elements.length / pageSize),
				totalElements: elements.length,
			},
		},
	};
}

function daily(state: SettlementState, query: URLSearchParams, now: number): HttpReply {
	const reader = new QueryReader(query);
	const startDate = reader.date('startDate', true);
	const endDate = reader.date('endDate', true);
	const pageNumber = reader.integer('pageNumber', 1, Number.MAX_SAFE_INTEGER);
	const pageSize = reader.integer('pageSize', 1, PAGE_SIZE_MAX);
	if (startDate && endDate && startDate > endDate) {
		reader.invalid.push({
			name: 'endDate',
			message: '종료일은 시작일 이후여야 합니다.',
			type: 'InvalidRange',
		});
	}
	if (reader.invalid.length > 0) return badRequest(now, reader.invalid);
	const rows = state.daily.filter(
		(row) =>
			(row.settleExpectDate as string) >= startDate! &&
			(row.settleExpectDate as string) <= endDate!,
	);
	return page(rows, pageNumber!, pageSize!);
}

/** The last day (KST, yyyy-MM-dd) of the month before the one `now` falls in. */
function lastDayOfPreviousMonth(now: number): string {
	const [year, month] = kstDate(now).split('-').map(Number);
	return new Date(Date.UTC(year, month - 1, 0)).toISOString().slice(0, 10);
}

/**
 * vat/daily and vat/case: both dates required, and both "전월 말일까지 조회 가능" (up to the last
 * day of the previous month). The page does not say how Naver refuses a later date; the emulator
 * reads it as a BAD_REQUEST naming the date, like the other invalid inputs. No longest period is
 * documented, so none is enforced.
 */
function vat(
	state: SettlementState,
	query: URLSearchParams,
	now: number,
	kind: 'daily' | 'case',
): HttpReply {
	const reader = new QueryReader(query);
	const startDate = reader.date('startDate', true);
	const endDate = reader.date('endDate', true);
	const pageNumber = reader.integer('pageNumber', 1, Number.MAX_SAFE_INTEGER);
	const pageSize = reader.integer('pageSize', 1, PAGE_SIZE_MAX);
	const latest = lastDayOfPreviousMonth(now);
	for (const [name, value] of [
		['startDate', startDate],
		['endDate', endDate],
	] as const) {
		if (value && value > latest) {
			reader.invalid.push({
				name,
				message: `전월 말일(${latest})까지 조회 가능합니다.`,
				type: 'InvalidRange',
			});
		}
	}
	if (startDate && endDate && startDate > endDate) {
		reader.invalid.push({
			name: 'endDate',
			message: '종료일은 시작일 이후여야 합니다.',
			type: 'InvalidRange',
		});
	}
	if (reader.invalid.length > 0) return badRequest(now, reader.invalid);
	const rows = (kind === 'daily' ? state.vatDaily : state.vatCases).filter(
		(row) =>
			(row.settleBasisDate as string) >= startDate! && (row.settleBasisDate as string) <= endDate!,
	);
	return page(rows, pageNumber!, pageSize!);
}

/** A per-order record as settle/case returns it: without the fields only commissions carry. */
function caseRecord(settlement: SettlementCase): Record<string, unknown> {
	const record: Record<string, unknown> = { ...settlement, ...MERCHANT, contractNo: null };
	delete record.taxReturnDate;
	delete record.payMeansType;
	return record;
}

/** settle/case and settle/commission-details share their query; both filter the same records. */
function byCase(
	state: SettlementState,
	query: URLSearchParams,
	now: number,
	kind: 'case' | 'commission',
): HttpReply {
	const reader = new QueryReader(query);
	const searchDate = reader.date('searchDate', false);
	const periodType = reader.choice('periodType', Object.keys(PERIOD_TYPES));
	const decision = reader.choice('settleDecisionType', SETTLE_DECISION_TYPES);
	const settleType = reader.choice('settleType', SETTLE_TYPES);
	const orderId = reader.text('orderId');
	const productOrderId = reader.text('productOrderId');
	const pageNumber = reader.integer('pageNumber', 1, Number.MAX_SAFE_INTEGER);
	const pageSize = reader.integer('pageSize', 1, PAGE_SIZE_MAX);
	// The decision type only qualifies a search by payment date.
	if (decision && periodType !== 'SETTLE_CASEBYCASE_PAY_DATE') {
		reader.invalid.push({
			name: 'settleDecisionType',
			message: 'periodType이 SETTLE_CASEBYCASE_PAY_DATE인 경우에만 사용할 수 있습니다.',
			type: 'InvalidCondition',
		});
	}
	if (reader.invalid.length > 0) return badRequest(now, reader.invalid);

	const dateField =
		PERIOD_TYPES[
			(periodType ?? 'SETTLE_CASEBYCASE_SETTLE_BASIS_DATE') as keyof typeof PERIOD_TYPES
		];
	const matches = (settlement: Record<string, unknown>, orderField: string) =>
		(!searchDate || settlement[dateField] === searchDate) &&
		(!orderId || settlement[orderField] === orderId) &&
		(!productOrderId || settlement.productOrderId === productOrderId) &&
		(!settleType || settlement.settleType === settleType) &&
		(!decision ||
			(decision === 'BEFORE_CANCEL'
				? settlement.settleType === 'NORMAL_SETTLE_BEFORE_CANCEL'
				: settlement.settleType !== 'NORMAL_SETTLE_BEFORE_CANCEL' &&
					(settlement.settleCompleteDate !== null) === (decision === 'SETTLED')));
	const rows =
		kind === 'case'
			? state.cases
					.filter((settlement) =>
						matches(settlement as unknown as Record<string, unknown>, 'orderId'),
					)
					.map(caseRecord)
			: state.commissions.filter((commission) => matches(commission, 'orderNo'));
	return page(rows, pageNumber!, pageSize!);
}

export const settlementRoutes: RouteModule = ({ store, now, seed }) => {
	const state = seedSettlementState(seed, now());
	STATES.set(store, state);
	const recorded =
		(name: string, handler: (request: ApiRequest) => HttpReply) =>
		(request: ApiRequest): HttpReply => {
			state.requests.push({ route: name, query: Object.fromEntries(request.query) });
			return handler(request);
		};
	return [
		{
			method: 'GET',
			pattern: /^\/v1\/pay-settle\/settle\/daily$/,
			name: 'settlements.daily',
			handler: recorded('settlements.daily', (request) => daily(state, request.query, now())),
		},
		{
			method: 'GET',
			pattern: /^\/v1\/pay-settle\/settle\/case$/,
			name: 'settlements.case',
			handler: recorded('settlements.case', (request) =>
				byCase(state, request.query, now(), 'case'),
			),
		},
		{
			method: 'GET',
			pattern: /^\/v1\/pay-settle\/settle\/commission-details$/,
			name: 'settlements.commissionDetails',
			handler: recorded('settlements.commissionDetails', (request) =>
				byCase(state, request.query, now(), 'commission'),
			),
		},
		{
			method: 'GET',
			pattern: /^\/v1\/pay-settle\/vat\/daily$/,
			name: 'settlements.vatDaily',
			handler: recorded('settlements.vatDaily', (request) =>
				vat(state, request.query, now(), 'daily'),
			),
		},
		{
			method: 'GET',
			pattern: /^\/v1\/pay-settle\/vat\/case$/,
			name: 'settlements.vatCase',
			handler: recorded('settlements.vatCase', (request) =>
				vat(state, request.query, now(), 'case'),
			),
		},
	];
};
