/**
 * Commerce solutions (커머스솔루션): how a solution provider's application sees the sellers that
 * use its solution, as Naver's reference pages describe it:
 *
 * - a seller asks to use the solution (WAITING_SUBSCRIPTION) and the provider approves it with the
 *   seller's JWE token (사용 시작 승인 → SUBSCRIBING) or refuses it (사용 시작 거절); the token
 *   also tells who the seller is (판매자 인증 JWE 해석);
 * - a seller who asked to stop (WAITING_UNSUBSCRIPTION) is let go (사용 해지 승인 → UNSUBSCRIBED);
 *   the provider can also stop a seller mid-round (사용 중지: "회차 중간에 회차 종료로 전환"),
 *   refunding the unused days of the round ("일할 계산된 금액") or an amount of its own with
 *   refundType=PARTIAL ("1 <= amount <= 전체 결제 금액"; amount only with PARTIAL);
 * - the Biz Wallet payments of the solution (비즈월렛 결제 내역) by payment date, and the
 *   provider's own payments sent to Naver (외부 개발사 자체 결제 내역 전송).
 *
 * Approve, reject and approve unsubscription are "개별 솔루션 사용에만 동작": the emulator's
 * solution is one of those. Which status a refused start leaves is not written: the emulator
 * reads it as CANCEL_SUBSCRIPTION. Errors are `{code, message, invalidInputs, timestamp,
 * traceId}` with the codes the pages list (SUBSCRIPTION_NOT_FOUND, INVALID_SELLER_TOKEN,
 * ALREADY_SUBSCRIBING, NOT_SUBSCRIBING, INVALID_REQUEST_CONDITION, DUPLICATED_RESOURCE, …). Sellers, plans, tokens and
 * payments are the emulator's, deterministic from its seed.
 */
import { formatKst, parseNaverDateTime } from '../kst';
import type { RouteModule } from '../server';
import { DEFAULT_SELLER_ACCOUNT, seededRandom, type Store } from '../store';
import {
	ApiError,
	isObject,
	notFound,
	queryText,
	requiredText,
	routeTable,
	type Json,
	type RouteCall,
} from './collections';

const DAY_MS = 24 * 3_600_000;
const ROUND_DAYS = 30;

export const SOLUTION = { solutionId: 'SOL_0000EMU01', solutionName: '에뮬레이터 주문관리' };

type Grade = 'DEFAULT' | 'FREE' | 'START' | 'PLUS' | 'PRO';
type Status =
	| 'SUBSCRIBING'
	| 'WAITING_SUBSCRIPTION'
	| 'ON_EXAMINATION'
	| 'UNSUBSCRIBED'
	| 'WAITING_UNSUBSCRIPTION'
	| 'ON_PAYMENT_FAIL'
	| 'CANCEL_SUBSCRIPTION';

/** The solution's plans (요금제), a month's price with VAT. */
export const PLANS: Record<string, { id: string; grade: Grade; name: string; price: number }> = {
	FREE: { id: 'PLN_EMU_FREE', grade: 'FREE', name: '무료', price: 0 },
	START: { id: 'PLN_EMU_START', grade: 'START', name: '스타트', price: 9900 },
	PLUS: { id: 'PLN_EMU_PLUS', grade: 'PLUS', name: '플러스', price: 19900 },
	PRO: { id: 'PLN_EMU_PRO', grade: 'PRO', name: '프로', price: 49900 },
};
const planById = (id: string) => Object.values(PLANS).find((plan) => plan.id === id)!;

export interface Subscription {
	accountUid: string;
	accountMappingId?: string;
	subscriptionId: string;
	planId: string;
	reserve?: { type: 'UNSUBSCRIPTION' | 'DOWNGRADE'; planId?: string };
	status: Status;
	round?: number;
	roundStartMs?: number;
	requestMs: number;
	startMs?: number;
	endMs?: number;
	requestUnsubscriptionMs?: number;
	reason?: string;
	forceUpgrade: boolean;
	accountAuthentication: boolean;
	accountAuthenticatedMs?: number;
	/** Who the seller is, as the JWE token tells it. */
	seller: {
		channelName: string;
		roleGroupType: 'REPRESENT' | 'MANAGER_GROUP' | 'ACCOUNT' | 'ACCOUNT_SUB';
		roleGroupDetailType?: 'INFLUENCER' | 'AGENCY' | 'LOGISTICS_MANAGEMENT';
		actionGrade: 'ZERO' | 'FIRST' | 'SECOND' | 'THIRD' | 'FOURTH' | 'FIFTH';
		representType:
			| 'DOMESTIC_PERSONAL'
			| 'DOMESTIC_BUSINESS'
			| 'OVERSEAS_PERSONAL'
			| 'OVERSEAS_BUSINESS';
		impossibleReason?: string;
	};
}

export interface WalletTransaction {
	paymentConfirmMs: number;
	transactionId: string;
	originalTransactionId?: string;
	transactionType: 'FREE_TRIAL' | 'PAYMENT' | 'UPGRADE' | 'DOWNGRADE' | 'REFUND';
	reason?: string;
	planId: string;
	accountUid: string;
	totalAmount: number;
}

export interface SolutionState {
	subscriptions: Subscription[];
	/** The sellers' JWE tokens: each seller's current one, and one that has expired. */
	tokens: Map<string, { accountUid: string; expired: boolean }>;
	transactions: WalletTransaction[];
	/** What the provider sent of its own payments (external-transactions), in order. */
	externalTransactions: Array<Json & { paymentId: string; transactionId: string }>;
	reset(): void;
}

const STATES = new WeakMap<Store, SolutionState>();

export function solutionStateOf(store: Store): SolutionState {
	const state = STATES.get(store);
	if (!state) throw new Error('This store has no commerce solution routes');
	return state;
}

/** The protected header of a direct-key JWE (`{"alg":"dir","enc":"A256GCM"}`), base64url. */
const JWE_HEADER = 'eyJhbGciOiJkaXIiLCJlbmMiOiJBMjU2R0NNIn0';
const BASE64URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** A JWE in compact form (header, no key, IV, ciphertext, tag), its parts drawn from the seed. */
function jweToken(random: () => number): string {
	const part = (length: number) =>
		Array.from({ length }, () => BASE64URL[Math.floor(random() * 64)]).join('');
	return `${JWE_HEADER}..${part(16)}.${part(171)}.${part(22)}`;
}

interface SellerSeed {
	accountUid: string;
	status: Status;
	plan: keyof typeof PLANS;
	rounds: number;
	seller: Subscription['seller'];
	extra?: Partial<Subscription>;
}

/** The sellers of the emulator's solution, one in each state the reference names. */
function sellerSeeds(): SellerSeed[] {
	const represent = (channelName: string, actionGrade: Subscription['seller']['actionGrade']) => ({
		channelName,
		roleGroupType: 'REPRESENT' as const,
		actionGrade,
		representType: 'DOMESTIC_BUSINESS' as const,
	});
	return [
		{
			accountUid: DEFAULT_SELLER_ACCOUNT.accountUid,
			status: 'SUBSCRIBING',
			plan: 'PRO',
			rounds: 5,
			seller: represent('에뮬레이터 스토어', 'SECOND'),
			extra: { accountMappingId: 'emu-store-0001' },
		},
		{
			accountUid: 'ncp_2linkedSellerUid0001',
			status: 'SUBSCRIBING',
			plan: 'PLUS',
			rounds: 3,
			seller: represent('연결 스토어', 'THIRD'),
			extra: {
				accountMappingId: 'emu-store-0002',
				reserve: { type: 'DOWNGRADE', planId: PLANS.START.id },
			},
		},
		{
			accountUid: 'ncp_1waitingSellerUid01',
			status: 'WAITING_SUBSCRIPTION',
			plan: 'START',
			rounds: 0,
			seller: { ...represent('봄날 꽃집', 'FIRST'), representType: 'DOMESTIC_PERSONAL' },
		},
		{
			accountUid: 'ncp_1waitingSellerUid02',
			status: 'WAITING_SUBSCRIPTION',
			plan: 'PLUS',
			rounds: 0,
			seller: {
				...represent('바른 먹거리', 'ZERO'),
				impossibleReason: '커머스API 계정 인증이 완료되지 않은 판매자입니다.',
			},
			extra: { accountAuthentication: false },
		},
		{
			accountUid: 'ncp_1leavingSellerUid01',
			status: 'WAITING_UNSUBSCRIPTION',
			plan: 'PLUS',
			rounds: 4,
			seller: represent('하루 리빙', 'SECOND'),
			extra: {
				accountMappingId: 'emu-store-0005',
				reserve: { type: 'UNSUBSCRIPTION' },
				reason: '자체 주문관리 시스템으로 전환',
			},
		},
		{
			accountUid: 'ncp_1formerSellerUid001',
			status: 'UNSUBSCRIBED',
			plan: 'START',
			rounds: 2,
			seller: represent('제주 과일 농장', 'FIRST'),
			extra: { accountMappingId: 'emu-store-0006', reason: '판매 종료' },
		},
		{
			accountUid: 'ncp_1paymentFailUid001',
			status: 'ON_PAYMENT_FAIL',
			plan: 'PLUS',
			rounds: 2,
			seller: represent('모던 가구', 'THIRD'),
			extra: { accountMappingId: 'emu-store-0007' },
		},
		{
			accountUid: 'ncp_1examSellerUid0001',
			status: 'ON_EXAMINATION',
			plan: 'PRO',
			rounds: 0,
			seller: {
				...represent('키즈 플레이', 'FOURTH'),
				roleGroupType: 'MANAGER_GROUP',
				roleGroupDetailType: 'AGENCY',
			},
		},
		{
			accountUid: 'ncp_1freePlanUid000001',
			status: 'SUBSCRIBING',
			plan: 'FREE',
			rounds: 1,
			seller: { ...represent('캠핑 마켓', 'FIFTH'), representType: 'OVERSEAS_BUSINESS' },
			extra: { accountMappingId: 'emu-store-0009', forceUpgrade: true },
		},
	];
}

function seedState(seed: number, nowMs: number): Omit<SolutionState, 'reset'> {
	const random = seededRandom(seed + 24);
	const subscriptions: Subscription[] = [];
	const tokens = new Map<string, { accountUid: string; expired: boolean }>();
	const transactions: WalletTransaction[] = [];
	let transactionNo = 0;
	const pay = (
		accountUid: string,
		ms: number,
		type: WalletTransaction['transactionType'],
		planId: string,
		totalAmount: number,
		extra: Partial<WalletTransaction> = {},
	) => {
		transactionNo += 1;
		const transaction: WalletTransaction = {
			paymentConfirmMs: ms,
			transactionId: `BW${formatKst(ms).slice(0, 10).replace(/-/g, '')}${String(700_000 + transactionNo)}`,
			transactionType: type,
			planId,
			accountUid,
			totalAmount,
			...extra,
		};
		transactions.push(transaction);
		return transaction;
	};
	sellerSeeds().forEach((entry, index) => {
		const plan = PLANS[entry.plan];
		// The current round began a few days ago; the first one, as many rounds before it.
		const currentRoundMs = nowMs - (5 + index) * DAY_MS;
		const startMs =
			entry.rounds > 0 ? currentRoundMs - (entry.rounds - 1) * ROUND_DAYS * DAY_MS : undefined;
		const requestMs = (startMs ?? nowMs - (2 + index) * DAY_MS) - DAY_MS;
		const roundStartMs = startMs !== undefined ? currentRoundMs : undefined;
		const ended = entry.status === 'UNSUBSCRIBED';
		const subscription: Subscription = {
			accountUid: entry.accountUid,
			subscriptionId: `SUB${String(20_250_001 + index * 37)}`,
			planId: plan.id,
			status: entry.status,
			requestMs,
			forceUpgrade: false,
			accountAuthentication: true,
			accountAuthenticatedMs: requestMs - 30 * DAY_MS,
			seller: entry.seller,
			...(startMs !== undefined
				? { startMs, round: entry.rounds, roundStartMs: roundStartMs! }
				: {}),
			...(ended ? { endMs: nowMs - 5 * DAY_MS, requestUnsubscriptionMs: nowMs - 8 * DAY_MS } : {}),
			...(entry.status === 'WAITING_UNSUBSCRIPTION'
				? { requestUnsubscriptionMs: nowMs - DAY_MS }
				: {}),
			...entry.extra,
		};
		if (subscription.accountAuthentication === false) delete subscription.accountAuthenticatedMs;
		subscriptions.push(subscription);
		tokens.set(jweToken(random), { accountUid: entry.accountUid, expired: false });
		// Each round paid through the Biz Wallet; the first of a paid plan is a free trial.
		let previous: WalletTransaction | undefined;
		for (let round = 0; round < entry.rounds; round++) {
			const ms = startMs! + round * ROUND_DAYS * DAY_MS + 60_000;
			previous =
				round === 0 && plan.price > 0
					? pay(entry.accountUid, ms, 'FREE_TRIAL', plan.id, 0, { reason: '첫 회차 무료 체험' })
					: pay(entry.accountUid, ms, 'PAYMENT', plan.id, plan.price);
		}
		if (entry.accountUid === 'ncp_2linkedSellerUid0001' && previous) {
			pay(
				entry.accountUid,
				previous.paymentConfirmMs + 3 * DAY_MS,
				'UPGRADE',
				PLANS.PLUS.id,
				10000,
				{
					originalTransactionId: previous.transactionId,
					reason: '스타트 → 플러스 요금제 변경',
				},
			);
		}
		if (entry.accountUid === 'ncp_1leavingSellerUid01' && previous) {
			pay(
				entry.accountUid,
				previous.paymentConfirmMs + 2 * DAY_MS,
				'DOWNGRADE',
				PLANS.START.id,
				-10000,
				{
					originalTransactionId: previous.transactionId,
					reason: '플러스 → 스타트 요금제 변경 차액',
				},
			);
		}
		if (ended && previous) {
			pay(entry.accountUid, nowMs - 5 * DAY_MS, 'REFUND', plan.id, -Math.floor(plan.price / 2), {
				originalTransactionId: previous.transactionId,
				reason: '회차 중 사용 중지 환불',
			});
		}
	});
	// A token issued before the seller's current one, no longer valid.
	tokens.set(jweToken(random), { accountUid: 'ncp_1waitingSellerUid01', expired: true });
	return { subscriptions, tokens, transactions, externalTransactions: [] };
}

const roundEndMs = (subscription: Subscription) =>
	subscription.roundStartMs === undefined
		? undefined
		: subscription.roundStartMs + ROUND_DAYS * DAY_MS - 1000;

function planAnswer(planId: string): Json {
	const plan = planById(planId);
	// additionalInfo: the page documents an object of free keys; the emulator's plans have none.
	return { id: plan.id, grade: plan.grade, name: plan.name, additionalInfo: {} };
}

function subscriptionAnswer(subscription: Subscription): Json {
	const at = (ms: number | undefined) => (ms === undefined ? undefined : formatKst(ms));
	const answer: Json = {
		accountUid: subscription.accountUid,
		solutionId: SOLUTION.solutionId,
		accountMappingId: subscription.accountMappingId,
		subscriptionId: subscription.subscriptionId,
		plan: planAnswer(subscription.planId),
		reserve: subscription.reserve
			? {
					type: subscription.reserve.type,
					...(subscription.reserve.planId ? { plan: planAnswer(subscription.reserve.planId) } : {}),
				}
			: undefined,
		status: subscription.status,
		round: subscription.round,
		roundStartDate: at(subscription.roundStartMs),
		roundEndDate: at(roundEndMs(subscription)),
		requestDate: at(subscription.requestMs),
		startDate: at(subscription.startMs),
		endDate: at(subscription.endMs),
		requestUnsubscriptionDate: at(subscription.requestUnsubscriptionMs),
		reason: subscription.reason,
		forceUpgrade: subscription.forceUpgrade,
		accountAuthentication: subscription.accountAuthentication,
		accountAuthenticatedDate: at(subscription.accountAuthenticatedMs),
	};
	return Object.fromEntries(Object.entries(answer).filter(([, value]) => value !== undefined));
}

function transactionAnswer(transaction: WalletTransaction): Json {
	return {
		paymentConfirmDate: formatKst(transaction.paymentConfirmMs),
		transactionId: transaction.transactionId,
		...(transaction.originalTransactionId
			? { originalTransactionId: transaction.originalTransactionId }
			: {}),
		solutionId: SOLUTION.solutionId,
		solutionName: SOLUTION.solutionName,
		transactionType: transaction.transactionType,
		...(transaction.reason ? { reason: transaction.reason } : {}),
		planId: transaction.planId,
		accountUid: transaction.accountUid,
		totalAmount: transaction.totalAmount,
	};
}

const invalidInput = (name: string, message: string) =>
	new ApiError(400, 'INVALID_INPUT', '유효하지 않은 입력입니다.', [
		{ name, type: 'Invalid', message },
	]);

export const solutionRoutes: RouteModule = ({ store, now, seed }) => {
	const seededAt = now();
	const state: SolutionState = {
		...seedState(seed, seededAt),
		reset() {
			Object.assign(this, seedState(seed, seededAt));
		},
	};
	STATES.set(store, state);

	const subscriptionOf = (accountUid: string) => {
		const found = state.subscriptions.find((entry) => entry.accountUid === accountUid);
		if (!found)
			throw notFound(`솔루션 사용 정보가 없습니다: ${accountUid}`, 'SUBSCRIPTION_NOT_FOUND');
		return found;
	};
	const bySellerToken = (token: string) => {
		const known = state.tokens.get(token);
		if (!known) throw new ApiError(401, 'INVALID_SELLER_TOKEN', '유효하지 않은 SELLER 토큰입니다.');
		if (known.expired) throw new ApiError(401, 'EXPIRED_SELLER_TOKEN', '만료된 SELLER 토큰입니다.');
		return subscriptionOf(known.accountUid);
	};
	const walletPay = (
		subscription: Subscription,
		type: WalletTransaction['transactionType'],
		totalAmount: number,
		extra: Partial<WalletTransaction> = {},
	) => {
		const ms = now();
		const transaction: WalletTransaction = {
			paymentConfirmMs: ms,
			transactionId: `BW${formatKst(ms).slice(0, 10).replace(/-/g, '')}${String(700_001 + state.transactions.length)}`,
			transactionType: type,
			planId: subscription.planId,
			accountUid: subscription.accountUid,
			totalAmount,
			...extra,
		};
		state.transactions.push(transaction);
		return transaction;
	};
	/** Only a seller who asked to start, or to stop, can be let in or out. */
	const expect = (subscription: Subscription, status: Status) => {
		if (subscription.status === status) return;
		if (status === 'WAITING_SUBSCRIPTION' && subscription.status === 'SUBSCRIBING') {
			throw new ApiError(403, 'ALREADY_SUBSCRIBING', '이미 사용 중인 솔루션입니다.');
		}
		throw new ApiError(
			400,
			'INVALID_REQUEST_CONDITION',
			`사용 상태(${subscription.status})에서는 처리할 수 없는 요청입니다.`,
		);
	};

	return routeTable(
		[
			{
				method: 'GET',
				path: '/v1/commerce-solutions/subscriptions/{accountUid}',
				name: 'solutions.subscription',
				action: ({ params }: RouteCall) => subscriptionAnswer(subscriptionOf(params.accountUid)),
			},
			{
				method: 'PUT',
				path: '/v1/commerce-solutions/subscriptions/approve',
				name: 'solutions.approve',
				action: ({ query, body }: RouteCall) => {
					const subscription = bySellerToken(requiredText(query, 'token'));
					expect(subscription, 'WAITING_SUBSCRIPTION');
					if (!subscription.accountAuthentication) {
						throw new ApiError(
							400,
							'NOT_ACCOUNT_AUTHENTICATION',
							'계정 인증이 완료되지 않은 판매자입니다.',
						);
					}
					const ms = now();
					Object.assign(subscription, {
						status: 'SUBSCRIBING',
						startMs: ms,
						round: 1,
						roundStartMs: ms,
						...(typeof body.accountMappingId === 'string'
							? { accountMappingId: body.accountMappingId }
							: {}),
					});
					const plan = planById(subscription.planId);
					walletPay(subscription, plan.price > 0 ? 'FREE_TRIAL' : 'PAYMENT', 0, {
						...(plan.price > 0 ? { reason: '첫 회차 무료 체험' } : {}),
					});
					return {
						accountUid: subscription.accountUid,
						solutionId: SOLUTION.solutionId,
						status: subscription.status,
						...(subscription.accountMappingId
							? { accountMappingId: subscription.accountMappingId }
							: {}),
					};
				},
			},
			{
				method: 'PUT',
				path: '/v1/commerce-solutions/subscriptions/{accountUid}/reject',
				name: 'solutions.reject',
				action: ({ params, body }: RouteCall) => {
					const subscription = subscriptionOf(params.accountUid);
					expect(subscription, 'WAITING_SUBSCRIPTION');
					Object.assign(subscription, {
						status: 'CANCEL_SUBSCRIPTION',
						endMs: now(),
						reason: String(body.reason),
					});
					return {
						accountUid: subscription.accountUid,
						solutionId: SOLUTION.solutionId,
						status: subscription.status,
					};
				},
			},
			{
				method: 'PUT',
				path: '/v1/commerce-solutions/subscriptions/{accountUid}/unsubscription',
				name: 'solutions.stop',
				action: ({ params, query, body }: RouteCall) => {
					const subscription = subscriptionOf(params.accountUid);
					if (!['SUBSCRIBING', 'WAITING_UNSUBSCRIPTION'].includes(subscription.status)) {
						throw new ApiError(400, 'NOT_SUBSCRIBING', '사용 중인 솔루션이 아닙니다.');
					}
					// What the current round was paid: its Biz Wallet payment (a free trial paid nothing).
					const paid = [...state.transactions]
						.reverse()
						.find(
							(transaction) =>
								transaction.accountUid === subscription.accountUid &&
								['PAYMENT', 'FREE_TRIAL'].includes(transaction.transactionType),
						);
					const total = paid?.totalAmount ?? 0;
					const refundType = queryText(query, 'refundType');
					const amountText = queryText(query, 'amount');
					let refund: number;
					if (refundType === 'PARTIAL') {
						if (amountText === undefined) {
							throw invalidInput('amount', 'refundType이 PARTIAL이면 환불 금액은 필수입니다.');
						}
						refund = Number(amountText);
						if (!(refund >= 1 && refund <= total)) {
							throw invalidInput('amount', `환불 금액은 1 이상 ${total} 이하여야 합니다.`);
						}
					} else {
						if (amountText !== undefined) {
							throw invalidInput(
								'amount',
								'환불 금액은 refundType이 PARTIAL인 경우에만 설정합니다.',
							);
						}
						// 일할 계산: the days of the round not used, to the won below.
						const end = roundEndMs(subscription) ?? now();
						const left = Math.max(0, Math.ceil((end - now()) / DAY_MS));
						refund = Math.floor((total * Math.min(left, ROUND_DAYS)) / ROUND_DAYS);
					}
					Object.assign(subscription, {
						status: 'UNSUBSCRIBED',
						endMs: now(),
						reason: String(body.reason),
					});
					delete subscription.reserve;
					if (refund > 0) {
						walletPay(subscription, 'REFUND', -refund, {
							...(paid ? { originalTransactionId: paid.transactionId } : {}),
							reason: String(body.reason),
						});
					}
					return {
						accountUid: subscription.accountUid,
						solutionId: SOLUTION.solutionId,
						...(subscription.accountMappingId
							? { accountMappingId: subscription.accountMappingId }
							: {}),
						refundAmount: refund,
					};
				},
			},
			{
				method: 'PUT',
				path: '/v1/commerce-solutions/subscriptions/unsubscription/approve',
				name: 'solutions.approveUnsubscription',
				action: ({ query }: RouteCall) => {
					const subscription = subscriptionOf(requiredText(query, 'accountUid'));
					expect(subscription, 'WAITING_UNSUBSCRIPTION');
					Object.assign(subscription, { status: 'UNSUBSCRIBED', endMs: now() });
					delete subscription.reserve;
					return {
						accountUid: subscription.accountUid,
						solutionId: SOLUTION.solutionId,
						status: subscription.status,
						...(subscription.accountMappingId
							? { accountMappingId: subscription.accountMappingId }
							: {}),
					};
				},
			},
			{
				method: 'GET',
				path: '/v1/commerce-solutions/transactions',
				name: 'solutions.transactions',
				action: ({ query }: RouteCall) => {
					const from = parseNaverDateTime(requiredText(query, 'paymentConfirmStartDate'));
					const to = parseNaverDateTime(requiredText(query, 'paymentConfirmEndDate'));
					if (from === undefined)
						throw invalidInput('paymentConfirmStartDate', '일시 형식이 올바르지 않습니다.');
					if (to === undefined)
						throw invalidInput('paymentConfirmEndDate', '일시 형식이 올바르지 않습니다.');
					if (from > to)
						throw invalidInput(
							'paymentConfirmStartDate',
							'거래 시작 일시는 종료 일시보다 늦을 수 없습니다.',
						);
					const filters: Array<[string, (transaction: WalletTransaction) => string | undefined]> = [
						['transactionId', (t) => t.transactionId],
						['originalTransactionId', (t) => t.originalTransactionId],
						['solutionName', () => SOLUTION.solutionName],
						['transactionType', (t) => t.transactionType],
						['planId', (t) => t.planId],
						['accountUid', (t) => t.accountUid],
					];
					return state.transactions
						.filter((t) => t.paymentConfirmMs >= from && t.paymentConfirmMs <= to)
						.filter((t) =>
							filters.every(([name, value]) => {
								const wanted = queryText(query, name);
								return wanted === undefined || value(t) === wanted;
							}),
						)
						.sort((a, b) => a.paymentConfirmMs - b.paymentConfirmMs)
						.map(transactionAnswer);
				},
			},
			{
				method: 'POST',
				path: '/v1/commerce-solutions/external-transactions',
				name: 'solutions.externalTransaction',
				action: ({ body }: RouteCall) => {
					if (body.solutionId !== SOLUTION.solutionId) {
						throw notFound(
							`유효하지 않은 솔루션입니다: ${String(body.solutionId)}`,
							'SOLUTION_NOT_FOUND',
						);
					}
					subscriptionOf(String(body.accountUid));
					if (typeof body.originalPaymentId === 'string') {
						const original = state.externalTransactions.find(
							(entry) => entry.paymentId === body.originalPaymentId,
						);
						if (!original) {
							throw notFound(
								`원거래가 존재하지 않습니다: ${body.originalPaymentId}`,
								'DATA_NOT_EXIST',
							);
						}
					}
					// A payment ID sent again: the page lists 409 DUPLICATED_RESOURCE ("중복 불가")
					// among the errors of this group without saying for what; the emulator reads a
					// repeated 솔루션사 거래 ID as that duplicate.
					if (state.externalTransactions.some((entry) => entry.paymentId === body.paymentId)) {
						throw new ApiError(
							409,
							'DUPLICATED_RESOURCE',
							`이미 전송된 거래입니다: ${String(body.paymentId)}`,
						);
					}
					const ms = now();
					const record = {
						...(isObject(body) ? body : {}),
						paymentId: String(body.paymentId),
						transactionId: `EX${formatKst(ms).slice(0, 10).replace(/-/g, '')}${String(500_001 + state.externalTransactions.length)}`,
					};
					state.externalTransactions.push(record);
					return { paymentId: record.paymentId, transactionId: record.transactionId };
				},
			},
			{
				method: 'GET',
				path: '/v1/commerce-solutions/seller-info-by-token',
				name: 'solutions.sellerInfo',
				action: ({ query }: RouteCall) => {
					const subscription = bySellerToken(requiredText(query, 'token'));
					const seller = subscription.seller;
					const approvable =
						subscription.status === 'WAITING_SUBSCRIPTION' && subscription.accountAuthentication;
					const channel =
						subscription.accountUid === store.account.accountUid ? store.channels[0] : undefined;
					return {
						roleGroupType: seller.roleGroupType,
						...(seller.roleGroupDetailType
							? { roleGroupDetailType: seller.roleGroupDetailType }
							: {}),
						actionGrade: seller.actionGrade,
						channelName: (channel?.name as string | undefined) ?? seller.channelName,
						representImageUrl:
							(channel?.representativeImageUrl as string | undefined) ??
							`https://shop-phinf.pstatic.net/emulator/profile_${subscription.subscriptionId}.png`,
						accountUid: subscription.accountUid,
						representType: seller.representType,
						accountAuthentication: subscription.accountAuthentication,
						approveSubscriptionYn: approvable,
						...(seller.impossibleReason ? { impossibleReason: seller.impossibleReason } : {}),
						status: subscription.status,
						// "요금제 ID(솔루션 사용 중일 때만 존재)".
						...(subscription.status === 'SUBSCRIBING' ? { planId: subscription.planId } : {}),
						...(subscription.round !== undefined && subscription.roundStartMs !== undefined
							? {
									round: {
										round: subscription.round,
										roundStartDate: formatKst(subscription.roundStartMs),
										roundEndDate: formatKst(roundEndMs(subscription)!),
									},
								}
							: {}),
						solutionId: SOLUTION.solutionId,
					};
				},
			},
		],
		now,
	);
};
