import type { ApiRequest, HttpReply, RouteContext, RouteModule } from '../server';
import type { ClaimDetails, ProductOrder, Store } from '../store';

/**
 * Claims (취소/반품/교환): the seller's claim actions, one product order per request (the ID is in
 * the path). Like Naver, they answer 200 with `successProductOrderIds` and `failProductOrderInfos`
 * when the request itself was valid, and 400 with code 4000 when the body was not.
 *
 * Naver documents the endpoints and the error code table but not which code each refused state
 * transition gives, so the emulator uses the closest documented code: 105306 when the product order
 * is already where the action would take it, 104417 for a re-dispatch the exchange is not ready
 * for, 104442 ("상품 주문 상태 확인 필요") for every other state that does not allow the action,
 * and 100001 for an unknown product order.
 */

type ClaimType = 'CANCEL' | 'RETURN' | 'EXCHANGE';

/** What a claim carries beyond the ProductOrder's status fields (Naver's currentClaim object). */
export interface ClaimRecord extends ClaimDetails {
	claimType: ClaimType;
	requestChannel: 'SELLER' | 'BUYER';
	holdbackStatus?: 'HOLDBACK' | 'RELEASED';
}

interface ClaimState {
	claims: Map<string, ClaimRecord>;
	/** Tracking numbers already used for a re-dispatch: Naver refuses one twice (104121). */
	usedTrackingNumbers: Set<string>;
	nextClaimNumber: number;
}

// Claim details live beside the store rather than in it, one set per emulator instance.
const STATES = new WeakMap<Store, ClaimState>();

function stateOf(store: Store): ClaimState {
	let state = STATES.get(store);
	if (!state) {
		state = { claims: new Map(), usedTrackingNumbers: new Set(), nextClaimNumber: 1 };
		STATES.set(store, state);
	}
	return state;
}

/** The claim details the emulator holds for a product order, for tests to inspect. */
export function claimOf(store: Store, productOrderId: string): ClaimRecord | undefined {
	return stateOf(store).claims.get(productOrderId);
}

// The claim statuses during which a claim is still open, per claim type.
const OPEN_STATUSES: Record<ClaimType, string[]> = {
	CANCEL: ['CANCEL_REQUEST', 'CANCELING'],
	RETURN: ['RETURN_REQUEST', 'COLLECTING', 'COLLECT_DONE'],
	EXCHANGE: ['EXCHANGE_REQUEST', 'COLLECTING', 'COLLECT_DONE', 'EXCHANGE_REDELIVERING'],
};

const CLAIM_NAMES: Record<string, string> = {
	CANCEL: '취소',
	RETURN: '반품',
	EXCHANGE: '교환',
	ADMIN_CANCEL: '직권 취소',
	PURCHASE_DECISION_HOLDBACK: '구매 확정 보류',
};

function openClaimType(order: ProductOrder): string | undefined {
	if (!order.claimType || !order.claimStatus) return undefined;
	const open = OPEN_STATUSES[order.claimType as ClaimType];
	if (open?.includes(order.claimStatus)) return order.claimType;
	if (order.claimStatus === 'ADMIN_CANCELING') return 'ADMIN_CANCEL';
	if (order.claimStatus === 'PURCHASE_DECISION_HOLDBACK') return order.claimType;
	return undefined;
}

function isOpen(order: ProductOrder, claimType: ClaimType, statuses = OPEN_STATUSES[claimType]) {
	return order.claimType === claimType && statuses.includes(order.claimStatus ?? '');
}

/** A claim the seller did not start (the buyer's request, or one in the seeded store). */
function recordOf(state: ClaimState, order: ProductOrder): ClaimRecord {
	let record = state.claims.get(order.productOrderId);
	if (!record || record.claimType !== order.claimType) {
		record = newRecord(state, order, order.claimType as ClaimType, 'BUYER', order.lastChangedMs);
	}
	return record;
}

function newRecord(
	state: ClaimState,
	order: ProductOrder,
	claimType: ClaimType,
	requestChannel: ClaimRecord['requestChannel'],
	nowMs: number,
): ClaimRecord {
	const record: ClaimRecord = {
		claimId: String(700000000 + state.nextClaimNumber++),
		claimType,
		requestChannel,
		claimRequestMs: nowMs,
		requestQuantity: order.quantity,
	};
	state.claims.set(order.productOrderId, record);
	return record;
}

function change(
	order: ProductOrder,
	nowMs: number,
	lastChangedType: string,
	fields: Partial<Pick<ProductOrder, 'productOrderStatus' | 'claimType' | 'claimStatus'>>,
): void {
	Object.assign(order, fields);
	order.lastChangedType = lastChangedType;
	order.lastChangedMs = nowMs;
}

/**
 * Test and demo control: the buyer asks to cancel, return or exchange a product order, as they
 * would in the Naver app. Refuses what a buyer could not ask for, so tests cannot set up nonsense.
 */
export function openBuyerClaim(
	store: Store,
	productOrderId: string,
	claimType: ClaimType,
	nowMs: number,
): ClaimRecord {
	const order = store.productOrders.find(
		(candidate) => candidate.productOrderId === productOrderId,
	);
	if (!order) throw new Error(`No product order ${productOrderId}`);
	const dispatched = ['DELIVERING', 'DELIVERED'].includes(order.productOrderStatus);
	const allowed = claimType === 'CANCEL' ? order.productOrderStatus === 'PAYED' : dispatched;
	if (!allowed || openClaimType(order)) {
		throw new Error(
			`A buyer cannot open a ${claimType} claim on ${productOrderId} (${order.productOrderStatus}/${order.claimStatus ?? '-'})`,
		);
	}
	const state = stateOf(store);
	const record = newRecord(state, order, claimType, 'BUYER', nowMs);
	record.reason = claimType === 'CANCEL' ? 'INTENT_CHANGED' : 'COLOR_AND_SIZE';
	change(order, nowMs, 'CLAIM_REQUESTED', { claimType, claimStatus: OPEN_STATUSES[claimType][0] });
	return record;
}

// --- request validation ---------------------------------------------------------------------

interface FieldRule {
	type: 'string' | 'integer' | 'number';
	required?: boolean;
	oneOf?: readonly string[];
	maxLength?: number;
	min?: number;
}

interface InvalidInput {
	name: string;
	type: string;
	message: string;
}

function invalidInputsOf(body: Record<string, unknown>, rules: Record<string, FieldRule>) {
	const invalid: InvalidInput[] = [];
	for (const [name, rule] of Object.entries(rules)) {
		const value = body[name];
		if (value === undefined || value === null || value === '') {
			if (rule.required)
				invalid.push({ name, type: 'NotNull', message: `${name} 값은 필수입니다.` });
			continue;
		}
		if (rule.type === 'string') {
			if (typeof value !== 'string') {
				invalid.push({ name, type: 'TypeMismatch', message: `${name} 값은 문자열이어야 합니다.` });
			} else if (rule.oneOf && !rule.oneOf.includes(value)) {
				invalid.push({
					name,
					type: 'InvalidFormat',
					message: `${name} 값이 유효하지 않습니다: ${value}`,
				});
			} else if (rule.required && value.trim() === '') {
				invalid.push({ name, type: 'NotBlank', message: `${name} 값은 필수입니다.` });
			} else if (rule.maxLength !== undefined && value.length > rule.maxLength) {
				invalid.push({
					name,
					type: 'Size',
					message: `${name} 값은 ${rule.maxLength}자를 넘을 수 없습니다.`,
				});
			}
			continue;
		}
		const isNumber = typeof value === 'number' && Number.isFinite(value);
		if (!isNumber || (rule.type === 'integer' && !Number.isInteger(value))) {
			invalid.push({
				name,
				type: 'TypeMismatch',
				message: `${name} 값은 ${rule.type === 'integer' ? '정수' : '숫자'}여야 합니다.`,
			});
		} else if (rule.min !== undefined && value < rule.min) {
			invalid.push({ name, type: 'Min', message: `${name} 값은 ${rule.min} 이상이어야 합니다.` });
		}
	}
	return invalid;
}

/**
 * 4000 as the pay-order reference documents it: no invalidInputs in its error body, the field in
 * the message as 오류 유형.객체명.필드명.
 */
function badRequest(invalidInputs: InvalidInput[], message?: string): HttpReply {
	return {
		status: 400,
		body: {
			code: '4000',
			message:
				message ?? invalidInputs.map((input) => `${input.type}.request.${input.name}`).join(', '),
		},
	};
}

/** 400 when the body breaks the endpoint's rules; endpoints without rules take no body. */
function validateBody(body: unknown, rules: Record<string, FieldRule>): HttpReply | undefined {
	if (Object.keys(rules).length === 0) return undefined;
	if (body === null || typeof body !== 'object' || Array.isArray(body)) {
		return badRequest([], '요청 본문이 필요합니다.');
	}
	const invalid = invalidInputsOf(body as Record<string, unknown>, rules);
	return invalid.length > 0 ? badRequest(invalid) : undefined;
}

// Naver's enums (pay-order-seller), as its reference lists them.
const CANCEL_REASONS = [
	'INTENT_CHANGED',
	'COLOR_AND_SIZE',
	'WRONG_ORDER',
	'PRODUCT_UNSATISFIED',
	'DELAYED_DELIVERY',
	'SOLD_OUT',
	'INCORRECT_INFO',
];
const RETURN_REASONS = [
	...CANCEL_REASONS,
	'DROPPED_DELIVERY',
	'BROKEN',
	'WRONG_DELIVERY',
	'WRONG_OPTION',
];
const DELIVERY_METHODS = [
	'DELIVERY',
	'GDFW_ISSUE_SVC',
	'VISIT_RECEIPT',
	'DIRECT_DELIVERY',
	'QUICK_SVC',
	'NOTHING',
	'RETURN_DESIGNATED',
	'RETURN_DELIVERY',
	'RETURN_INDIVIDUAL',
	'RETURN_MERCHANT',
	'UNKNOWN',
];
const HOLDBACK_CLASS_TYPES = [
	'RETURN_DELIVERYFEE',
	'EXTRAFEEE',
	'RETURN_DELIVERYFEE_AND_EXTRAFEEE',
	'RETURN_PRODUCT_NOT_DELIVERED',
	'ETC',
	'EXCHANGE_DELIVERYFEE',
	'EXCHANGE_EXTRAFEE',
	'EXCHANGE_PRODUCT_READY',
	'EXCHANGE_PRODUCT_NOT_DELIVERED',
	'EXCHANGE_HOLDBACK',
	'SELLER_CONFIRM_NEED',
	'PURCHASER_CONFIRM_NEED',
	'SELLER_REMIT',
	'ETC2',
];
/**
 * deliveryCompanyCode.pay-order-seller, as Naver's table lists it (including its one Korean code),
 * for every route that takes a courier (dispatch in productOrders.ts too). One row of the table
 * has its columns swapped ("| GS더프레시 | GSTHEFRESH |"): the page contradicts itself on that code,
 * so both GS더프레시 and GSTHEFRESH (the spelling the node offers) are accepted.
 */
export const COURIER_CODES = new Set(
	(
		'CJGLS HYUNDAI HANJIN KGB EPOST MTINTER 1004HOME TWOFASTEXPRESS ACE ACIEXPRESS ADCAIR ' +
		'AIRWAY APEX ARAMEX ARGO AIRBOY KOREXG CUPARCEL CWAYEXPRESS DHL DHLDE DHLGLOBALMAIL DPD ' +
		'ECMSEXPRESS EFS EMS EZUSA EUROPARCEL FEDEX GOP GOS GPSLOGIX GSFRESH GSIEXPRESS GSMNTON ' +
		'GSPOSTBOX CVSNET GS더프레시 GTSLOGIS HYBRID HY IK KGLNET KT LGE LTL NDEXKOREA SBGLS SFEX SLX ' +
		'SSG TNT LOGISPARTNER UPS USPS WIZWA YJSWORLD YJS YUNDA IPARCEL KY KUNYOUNG KDEXP KIN ' +
		'KORYO GDSP KOKUSAI GOODTOLUCK NAEUN NOGOK NONGHYUP HANAROMART DAELIM DAESIN DAEWOON ' +
		'THEBAO DODOFLEX DONGGANG DONGJIN CHAINLOGIS DRABBIT JMNP ONEDAYLOGIS LINEEXP ' +
		'ROADSUNEXPRESS LOGISVALLEY POOLATHOME LOTOS HLCGLOBAL LOTTECHILSUNG MDLOGIS DASONG ' +
		'BABABA BANPOOM VALEX SHIPNERGY PANTOS VROONG BRIDGE EKDP SELC SEORIM SWGEXP SUNGHUN ' +
		'SEBANG SMARTLOGIS SPARKLE SPASYS1 CRLX ANYTRACK ABOUTPET ESTHER VENDORPIA ACTCORE ' +
		'HKHOLDINGS NTLPS TODAYPICKUP RUSH ALLIN ALLTAKOREA WIDETECH YONGMA DCOMMERCE WEVILL ' +
		'HONAM WOORIHB WOOJIN REGISTPOST WOONGJI WARPEX WINION WIHTYOU WEMOVE UFREIGHT EUNHA ' +
		'INNOS EMARTEVERYDAY ESTLA ETOMARS GENERALPOST ILSHIN ILYANG GNETWORK ZENIEL JLOGIST ' +
		'GENIEGO GDAKOREA GHSPEED JIKGUMOON CHUNIL CHOROC CHOROCMAEUL COSHIP KJT QRUN CUBEFLOW ' +
		'QXPRESS HEREWEGO TOMATO TODAY TSG TEAMFRESH PATEK XINPATEK PANASIA PANSTAR FOREVER ' +
		'PULMUONE FREDIT FRESHMATES KURLY PINGPONG HOWSER HIVECITY HANDALUM HANDEX HANMI HANSSEM ' +
		'HANWOORI HPL HDEXP HERWUZUG GLOVIS HOMEINNO HOMEPICKTODAY HOMEPICK HOMEPLUSDELIVERY ' +
		'HOMEPLUSEXPRESS CARGOPLEASE HWATONG CH1 LETUS LETUS3PL CASA GCS GKGLOBAL BRCH DNDN ' +
		'GONELO JCLS JWTNL GS25 CU GSTHEFRESH'
	).split(' '),
);

/**
 * Whether a tracking number may be valid. No page states a format: 104122 (배송 송장 오류(비유효
 * 송장)) is listed without its rule. The emulator's reading: 8 to 30 letters, digits and hyphens
 * (international couriers of the table, EMS or DHL, number with letters).
 */
export function isTrackingNumber(text: string): boolean {
	return /^[0-9A-Za-z-]{8,30}$/.test(text);
}

// --- the actions ----------------------------------------------------------------------------

interface Failure {
	code: string;
	message: string;
}

interface ActionContext {
	order: ProductOrder;
	body: Record<string, unknown>;
	state: ClaimState;
	nowMs: number;
}

const STATE_CODE = '104442';

function fail(code: string, message: string): Failure {
	return { code, message };
}

function currentState(order: ProductOrder): string {
	return order.claimStatus
		? `${order.productOrderStatus}, ${order.claimStatus}`
		: order.productOrderStatus;
}

function otherClaimInProgress(order: ProductOrder, action: string): Failure | undefined {
	const open = openClaimType(order);
	if (!open) return undefined;
	return fail(
		STATE_CODE,
		`${CLAIM_NAMES[open] ?? open} 처리 중인 상품 주문은 ${action}할 수 없습니다. (현재 상태: ${currentState(order)})`,
	);
}

function quantityFailure(order: ProductOrder, quantity: unknown, label: string) {
	if (typeof quantity === 'number' && quantity > order.quantity) {
		return fail(
			'104133',
			`${label} 수량(${quantity})이 주문 수량(${order.quantity})을 초과합니다.`,
		);
	}
	return undefined;
}

function courierFailure(company: unknown, trackingNumber: unknown): Failure | undefined {
	if (typeof company !== 'string' || company === '')
		return fail('104118', '택배사를 입력해 주세요.');
	if (!COURIER_CODES.has(company)) return fail('104119', `택배사 코드를 확인해 주세요: ${company}`);
	if (typeof trackingNumber !== 'string' || trackingNumber === '') {
		return fail('104120', '송장 번호를 입력해 주세요.');
	}
	if (!isTrackingNumber(trackingNumber)) {
		return fail('104122', `유효하지 않은 송장 번호입니다: ${trackingNumber}`);
	}
	return undefined;
}

function cancelRequest({ order, body, state, nowMs }: ActionContext): Failure | undefined {
	if (isOpen(order, 'CANCEL')) return fail('105306', '이미 취소 요청된 상품 주문입니다.');
	const inProgress = otherClaimInProgress(order, '취소 요청');
	if (inProgress) return inProgress;
	if (order.productOrderStatus === 'CANCELED')
		return fail('105306', '이미 취소된 상품 주문입니다.');
	if (['DELIVERING', 'DELIVERED'].includes(order.productOrderStatus)) {
		return fail(
			STATE_CODE,
			`발송 처리된 상품 주문은 취소 요청할 수 없습니다. 반품 요청을 이용해 주세요. (현재 상태: ${currentState(order)})`,
		);
	}
	if (order.productOrderStatus !== 'PAYED') {
		return fail(
			STATE_CODE,
			`취소 요청할 수 없는 상품 주문 상태입니다. (현재 상태: ${currentState(order)})`,
		);
	}
	const tooMany = quantityFailure(order, body.cancelQuantity, '취소');
	if (tooMany) return tooMany;

	const record = newRecord(state, order, 'CANCEL', 'SELLER', nowMs);
	record.reason = body.cancelReason as string;
	record.detailedReason = body.cancelDetailedReason as string | undefined;
	record.requestQuantity = (body.cancelQuantity as number | undefined) ?? order.quantity;
	change(order, nowMs, 'CLAIM_REQUESTED', { claimType: 'CANCEL', claimStatus: 'CANCEL_REQUEST' });
	return undefined;
}

function cancelApprove({ order, state, nowMs }: ActionContext): Failure | undefined {
	if (isOpen(order, 'CANCEL')) {
		recordOf(state, order).completedMs = nowMs;
		change(order, nowMs, 'CLAIM_COMPLETED', {
			productOrderStatus: 'CANCELED',
			claimStatus: 'CANCEL_DONE',
		});
		return undefined;
	}
	if (order.claimType === 'CANCEL' && order.claimStatus === 'CANCEL_DONE') {
		return fail('105306', '이미 취소 완료된 상품 주문입니다.');
	}
	return fail(
		STATE_CODE,
		`취소 요청 상태가 아닌 상품 주문은 취소 승인할 수 없습니다. (현재 상태: ${currentState(order)})`,
	);
}

function returnRequest({ order, body, state, nowMs }: ActionContext): Failure | undefined {
	if (isOpen(order, 'RETURN')) return fail('105306', '이미 반품 요청된 상품 주문입니다.');
	const inProgress = otherClaimInProgress(order, '반품 요청');
	if (inProgress) return inProgress;
	if (['PAYMENT_WAITING', 'PAYED'].includes(order.productOrderStatus)) {
		return fail(
			STATE_CODE,
			`발송 전인 상품 주문은 반품 요청할 수 없습니다. 취소 요청을 이용해 주세요. (현재 상태: ${currentState(order)})`,
		);
	}
	if (!['DELIVERING', 'DELIVERED', 'EXCHANGED'].includes(order.productOrderStatus)) {
		return fail(
			STATE_CODE,
			`반품 요청할 수 없는 상품 주문 상태입니다. (현재 상태: ${currentState(order)})`,
		);
	}
	const company = body.collectDeliveryCompany;
	if (company !== undefined && !COURIER_CODES.has(String(company))) {
		return fail('104119', `택배사 코드를 확인해 주세요: ${String(company)}`);
	}
	if (body.collectTrackingNumber !== undefined && company === undefined) {
		return fail('104118', '수거 송장 번호를 입력할 때는 택배사를 함께 입력해 주세요.');
	}
	const tooMany = quantityFailure(order, body.returnQuantity, '반품');
	if (tooMany) return tooMany;

	const record = newRecord(state, order, 'RETURN', 'SELLER', nowMs);
	record.reason = body.returnReason as string;
	record.requestQuantity = (body.returnQuantity as number | undefined) ?? order.quantity;
	record.collectDeliveryMethod = body.collectDeliveryMethod as string;
	record.collectDeliveryCompany = company as string | undefined;
	record.collectTrackingNumber = body.collectTrackingNumber as string | undefined;
	change(order, nowMs, 'CLAIM_REQUESTED', { claimType: 'RETURN', claimStatus: 'RETURN_REQUEST' });
	return undefined;
}

function noOpenClaim(order: ProductOrder, claimType: 'RETURN' | 'EXCHANGE', action: string) {
	const name = CLAIM_NAMES[claimType];
	return fail(
		STATE_CODE,
		`${name} 요청 상태가 아닌 상품 주문은 ${action}할 수 없습니다. (현재 상태: ${currentState(order)})`,
	);
}

function returnApprove({ order, state, nowMs }: ActionContext): Failure | undefined {
	if (isOpen(order, 'RETURN')) {
		const record = recordOf(state, order);
		if (record.holdbackStatus === 'HOLDBACK') {
			return fail(STATE_CODE, '반품 보류 중인 상품 주문입니다. 보류를 해제한 뒤 승인해 주세요.');
		}
		record.completedMs = nowMs;
		change(order, nowMs, 'CLAIM_COMPLETED', {
			productOrderStatus: 'RETURNED',
			claimStatus: 'RETURN_DONE',
		});
		return undefined;
	}
	if (order.claimType === 'RETURN' && order.claimStatus === 'RETURN_DONE') {
		return fail('105306', '이미 반품 완료된 상품 주문입니다.');
	}
	return noOpenClaim(order, 'RETURN', '반품 승인');
}

function returnReject({ order, body, state, nowMs }: ActionContext): Failure | undefined {
	if (isOpen(order, 'RETURN')) {
		const record = recordOf(state, order);
		record.rejectReason = body.rejectReturnReason as string;
		record.holdbackStatus = undefined;
		change(order, nowMs, 'CLAIM_REJECTED', { claimStatus: 'RETURN_REJECT' });
		return undefined;
	}
	if (order.claimType === 'RETURN' && order.claimStatus === 'RETURN_REJECT') {
		return fail('105306', '이미 반품 거부(철회)된 상품 주문입니다.');
	}
	return noOpenClaim(order, 'RETURN', '반품 거부');
}

// A hold changes neither the product order's status nor its claim status, and Naver's change feed
// has no change type for it (lastChangedType has none), so only the claim details change.
function holdBack(claimType: 'RETURN' | 'EXCHANGE', detailField: string, feeField: string) {
	return ({ order, body, state }: ActionContext): Failure | undefined => {
		if (!isOpen(order, claimType))
			return noOpenClaim(order, claimType, `${CLAIM_NAMES[claimType]} 보류`);
		const record = recordOf(state, order);
		if (record.holdbackStatus === 'HOLDBACK') {
			return fail('105306', `이미 ${CLAIM_NAMES[claimType]} 보류 중인 상품 주문입니다.`);
		}
		record.holdbackStatus = 'HOLDBACK';
		record.holdbackReason = body.holdbackClassType as string;
		record.holdbackDetailedReason = body[detailField] as string;
		record.extraFeeAmount = body[feeField] as number | undefined;
		return undefined;
	};
}

function releaseHoldBack(claimType: 'RETURN' | 'EXCHANGE') {
	return ({ order, state }: ActionContext): Failure | undefined => {
		const name = CLAIM_NAMES[claimType];
		if (!isOpen(order, claimType)) return noOpenClaim(order, claimType, `${name} 보류 해제`);
		const record = recordOf(state, order);
		if (record.holdbackStatus !== 'HOLDBACK') {
			return fail('105306', `${name} 보류 중인 상품 주문이 아닙니다.`);
		}
		record.holdbackStatus = 'RELEASED';
		return undefined;
	};
}

function exchangeApproveCollection({ order, state, nowMs }: ActionContext): Failure | undefined {
	if (isOpen(order, 'EXCHANGE', ['EXCHANGE_REQUEST', 'COLLECTING'])) {
		if (recordOf(state, order).holdbackStatus === 'HOLDBACK') {
			return fail(STATE_CODE, '교환 보류 중인 상품 주문입니다. 보류를 해제한 뒤 처리해 주세요.');
		}
		change(order, nowMs, 'COLLECT_DONE', { claimStatus: 'COLLECT_DONE' });
		return undefined;
	}
	if (order.claimType === 'EXCHANGE' && order.claimStatus === 'COLLECT_DONE') {
		return fail('105306', '이미 수거 완료된 교환입니다.');
	}
	return noOpenClaim(order, 'EXCHANGE', '교환 수거 완료 처리');
}

function exchangeReDispatch({ order, body, state, nowMs }: ActionContext): Failure | undefined {
	if (order.claimType !== 'EXCHANGE') {
		return fail('104417', `교환 요청이 없는 상품 주문입니다. (현재 상태: ${currentState(order)})`);
	}
	if (order.claimStatus === 'EXCHANGE_REDELIVERING') {
		return fail('105306', '이미 재배송 처리된 교환입니다.');
	}
	if (order.claimStatus !== 'COLLECT_DONE') {
		return fail(
			'104417',
			`교환 상품을 수거 완료한 뒤에 재배송할 수 있습니다. (현재 상태: ${currentState(order)})`,
		);
	}
	const record = recordOf(state, order);
	if (record.holdbackStatus === 'HOLDBACK') {
		return fail('104417', '교환 보류 중인 상품 주문은 재배송할 수 없습니다. 보류를 해제해 주세요.');
	}
	const method = (body.reDeliveryMethod as string | undefined) ?? 'DELIVERY';
	const trackingNumber = body.reDeliveryTrackingNumber;
	if (method === 'DELIVERY') {
		const invalid = courierFailure(body.reDeliveryCompany, trackingNumber);
		if (invalid) return invalid;
		if (state.usedTrackingNumbers.has(`${body.reDeliveryCompany}:${trackingNumber}`)) {
			return fail('104121', `이미 사용된 송장 번호입니다: ${String(trackingNumber)}`);
		}
		state.usedTrackingNumbers.add(`${body.reDeliveryCompany}:${trackingNumber}`);
	}
	record.reDeliveryMethod = method;
	record.reDeliveryCompany = body.reDeliveryCompany as string | undefined;
	record.reDeliveryTrackingNumber = trackingNumber as string | undefined;
	change(order, nowMs, 'CLAIM_REDELIVERING', { claimStatus: 'EXCHANGE_REDELIVERING' });
	return undefined;
}

function exchangeReject({ order, body, state, nowMs }: ActionContext): Failure | undefined {
	if (isOpen(order, 'EXCHANGE', ['EXCHANGE_REQUEST', 'COLLECTING', 'COLLECT_DONE'])) {
		const record = recordOf(state, order);
		record.rejectReason = body.rejectExchangeReason as string;
		record.holdbackStatus = undefined;
		change(order, nowMs, 'CLAIM_REJECTED', { claimStatus: 'EXCHANGE_REJECT' });
		return undefined;
	}
	if (order.claimType === 'EXCHANGE' && order.claimStatus === 'EXCHANGE_REDELIVERING') {
		return fail(STATE_CODE, '재배송 중인 교환은 거부할 수 없습니다.');
	}
	if (order.claimType === 'EXCHANGE' && order.claimStatus === 'EXCHANGE_REJECT') {
		return fail('105306', '이미 교환 거부(철회)된 상품 주문입니다.');
	}
	return noOpenClaim(order, 'EXCHANGE', '교환 거부');
}

interface ClaimEndpoint {
	/** Below /v1/pay-order/seller/product-orders/{productOrderId}/claim/ */
	path: string;
	name: string;
	rules: Record<string, FieldRule>;
	act: (context: ActionContext) => Failure | undefined;
}

const ENDPOINTS: ClaimEndpoint[] = [
	{
		path: 'cancel/request',
		name: 'claims.cancelRequest',
		rules: {
			cancelReason: { type: 'string', required: true, oneOf: CANCEL_REASONS },
			cancelDetailedReason: { type: 'string', maxLength: 500 },
			cancelQuantity: { type: 'integer', min: 1 },
		},
		act: cancelRequest,
	},
	{ path: 'cancel/approve', name: 'claims.cancelApprove', rules: {}, act: cancelApprove },
	{
		path: 'return/request',
		name: 'claims.returnRequest',
		rules: {
			returnReason: { type: 'string', required: true, oneOf: RETURN_REASONS },
			collectDeliveryMethod: { type: 'string', required: true, oneOf: DELIVERY_METHODS },
			collectDeliveryCompany: { type: 'string' },
			collectTrackingNumber: { type: 'string' },
			returnQuantity: { type: 'integer', min: 1 },
		},
		act: returnRequest,
	},
	{ path: 'return/approve', name: 'claims.returnApprove', rules: {}, act: returnApprove },
	{
		path: 'return/reject',
		name: 'claims.returnReject',
		rules: { rejectReturnReason: { type: 'string', required: true } },
		act: returnReject,
	},
	{
		path: 'return/holdback',
		name: 'claims.returnHoldBack',
		rules: {
			holdbackClassType: { type: 'string', required: true, oneOf: HOLDBACK_CLASS_TYPES },
			holdbackReturnDetailReason: { type: 'string', required: true },
			extraReturnFeeAmount: { type: 'number', min: 0 },
		},
		act: holdBack('RETURN', 'holdbackReturnDetailReason', 'extraReturnFeeAmount'),
	},
	{
		path: 'return/holdback/release',
		name: 'claims.returnReleaseHoldBack',
		rules: {},
		act: releaseHoldBack('RETURN'),
	},
	{
		path: 'exchange/collect/approve',
		name: 'claims.exchangeApproveCollection',
		rules: {},
		act: exchangeApproveCollection,
	},
	{
		path: 'exchange/dispatch',
		name: 'claims.exchangeReDispatch',
		rules: {
			reDeliveryMethod: { type: 'string', oneOf: DELIVERY_METHODS },
			reDeliveryCompany: { type: 'string' },
			reDeliveryTrackingNumber: { type: 'string' },
		},
		act: exchangeReDispatch,
	},
	{
		path: 'exchange/reject',
		name: 'claims.exchangeReject',
		rules: { rejectExchangeReason: { type: 'string', required: true } },
		act: exchangeReject,
	},
	{
		path: 'exchange/holdback',
		name: 'claims.exchangeHoldBack',
		rules: {
			holdbackClassType: { type: 'string', required: true, oneOf: HOLDBACK_CLASS_TYPES },
			holdbackExchangeDetailReason: { type: 'string', required: true },
			extraExchangeFeeAmount: { type: 'number', min: 0 },
		},
		act: holdBack('EXCHANGE', 'holdbackExchangeDetailReason', 'extraExchangeFeeAmount'),
	},
	{
		path: 'exchange/holdback/release',
		name: 'claims.exchangeReleaseHoldBack',
		rules: {},
		act: releaseHoldBack('EXCHANGE'),
	},
];

function handle(
	endpoint: ClaimEndpoint,
	context: RouteContext,
	request: ApiRequest,
	productOrderId: string,
): HttpReply {
	const invalid = validateBody(request.body, endpoint.rules);
	if (invalid) return invalid;
	const order = context.store.productOrders.find(
		(candidate) => candidate.productOrderId === productOrderId,
	);
	const failure = order
		? endpoint.act({
				order,
				body: (request.body ?? {}) as Record<string, unknown>,
				state: stateOf(context.store),
				nowMs: context.now(),
			})
		: fail('100001', '상품 주문을 찾을 수 없습니다.');
	return {
		status: 200,
		body: {
			successProductOrderIds: failure ? [] : [productOrderId],
			failProductOrderInfos: failure ? [{ productOrderId, ...failure }] : [],
		},
	};
}

export const claimRoutes: RouteModule = (context) =>
	ENDPOINTS.map((endpoint) => ({
		method: 'POST',
		pattern: new RegExp(
			`^/v1/pay-order/seller/product-orders/([^/]+)/claim/${endpoint.path.replace(/\//g, '\\/')}$`,
		),
		name: endpoint.name,
		envelope: 'payOrder' as const,
		handler: (request: ApiRequest, match: RegExpMatchArray) =>
			handle(endpoint, context, request, match[1]),
	}));
