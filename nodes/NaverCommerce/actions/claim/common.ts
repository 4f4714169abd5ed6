import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodePropertyOptions,
} from 'n8n-workflow';

import {
	collectProductOrderTargets,
	inInputOrder,
	runProductOrderBatches,
} from '../../helpers/productOrderBatch';
import { naverCommerceRequest } from '../../transport';

export type ClaimOperation =
	| 'cancelApprove'
	| 'cancelRequest'
	| 'exchangeApproveCollection'
	| 'exchangeHoldBack'
	| 'exchangeReDispatch'
	| 'exchangeReject'
	| 'exchangeReleaseHoldBack'
	| 'returnApprove'
	| 'returnHoldBack'
	| 'returnReject'
	| 'returnReleaseHoldBack'
	| 'returnRequest';

// Naver's enums for claim requests, with readable names; the Korean label from Naver's reference
// is the description. Kept in alphabetical order of name, as the editor shows them.

/** requestCancelClaimReason.pay-order-seller */
export const CANCEL_REASON_OPTIONS: INodePropertyOptions[] = [
	{ name: 'Changed Mind', value: 'INTENT_CHANGED', description: '구매 의사 취소' },
	{ name: 'Colour or Size Change', value: 'COLOR_AND_SIZE', description: '색상 및 사이즈 변경' },
	{ name: 'Delayed Delivery', value: 'DELAYED_DELIVERY', description: '배송 지연' },
	{ name: 'Incorrect Product Information', value: 'INCORRECT_INFO', description: '상품 정보 상이' },
	{ name: 'Sold Out', value: 'SOLD_OUT', description: '상품 품절' },
	{ name: 'Unsatisfied With Service', value: 'PRODUCT_UNSATISFIED', description: '서비스 불만족' },
	{ name: 'Wrong Product Ordered', value: 'WRONG_ORDER', description: '다른 상품 잘못 주문' },
];

/** requestReturnClaimReason.pay-order-seller */
export const RETURN_REASON_OPTIONS: INodePropertyOptions[] = [
	{ name: 'Changed Mind', value: 'INTENT_CHANGED', description: '구매 의사 취소' },
	{ name: 'Colour or Size Change', value: 'COLOR_AND_SIZE', description: '색상 및 사이즈 변경' },
	{ name: 'Damaged Product', value: 'BROKEN', description: '상품 파손' },
	{ name: 'Delayed Delivery', value: 'DELAYED_DELIVERY', description: '배송 지연' },
	{ name: 'Incorrect Product Information', value: 'INCORRECT_INFO', description: '상품 정보 상이' },
	{ name: 'Item Missing From Delivery', value: 'DROPPED_DELIVERY', description: '배송 누락' },
	{ name: 'Sold Out', value: 'SOLD_OUT', description: '상품 품절' },
	{ name: 'Unsatisfied With Service', value: 'PRODUCT_UNSATISFIED', description: '서비스 불만족' },
	{ name: 'Wrong Item Delivered', value: 'WRONG_DELIVERY', description: '오배송' },
	{
		name: 'Wrong Option Delivered',
		value: 'WRONG_OPTION',
		description: '색상 등 다른 상품 잘못 배송',
	},
	{ name: 'Wrong Product Ordered', value: 'WRONG_ORDER', description: '다른 상품 잘못 주문' },
];

/**
 * deliveryMethod.pay-order-seller, for collecting a return. UNKNOWN is left out: Naver uses it only
 * for exceptions it cannot classify.
 */
export const COLLECT_DELIVERY_METHOD_OPTIONS: INodePropertyOptions[] = [
	{
		name: 'Buyer Sends It Back',
		value: 'RETURN_INDIVIDUAL',
		description: '직접 반송: the buyer ships the item back themselves',
	},
	{
		name: 'Courier, Registered Mail or Parcel',
		value: 'DELIVERY',
		description: '택배, 등기, 소포',
	},
	{
		name: 'Designated Return Courier',
		value: 'RETURN_DESIGNATED',
		description: "지정 반품 택배: Naver books the pickup with the store's return courier",
	},
	{ name: 'Direct Hand-Over', value: 'DIRECT_DELIVERY', description: '직접 전달' },
	{ name: 'Goodsflow Label', value: 'GDFW_ISSUE_SVC', description: '굿스플로 송장 출력' },
	{ name: 'In-Person Pickup', value: 'VISIT_RECEIPT', description: '방문 수령' },
	{ name: 'No Delivery', value: 'NOTHING', description: '배송 없음' },
	{ name: 'Quick Service', value: 'QUICK_SVC', description: '퀵서비스' },
	{ name: 'Regular Return Courier', value: 'RETURN_DELIVERY', description: '일반 반품 택배' },
	{
		name: 'Seller Collects (Grocery Only)',
		value: 'RETURN_MERCHANT',
		description: '판매자 직접 수거(장보기 전용)',
	},
];

/** deliveryMethod.pay-order-seller, for sending goods out: the return-only methods are left out. */
export const DISPATCH_DELIVERY_METHOD_OPTIONS: INodePropertyOptions[] = [
	{
		name: 'Courier, Registered Mail or Parcel',
		value: 'DELIVERY',
		description: '택배, 등기, 소포',
	},
	{ name: 'Direct Hand-Over', value: 'DIRECT_DELIVERY', description: '직접 전달' },
	{ name: 'Goodsflow Label', value: 'GDFW_ISSUE_SVC', description: '굿스플로 송장 출력' },
	{ name: 'In-Person Pickup', value: 'VISIT_RECEIPT', description: '방문 수령' },
	{ name: 'No Delivery', value: 'NOTHING', description: '배송 없음' },
	{ name: 'Quick Service', value: 'QUICK_SVC', description: '퀵서비스' },
];

/** holdbackReason.pay-order-seller: Naver documents the same list for returns and exchanges. */
export const HOLDBACK_CLASS_TYPE_OPTIONS: INodePropertyOptions[] = [
	{ name: 'Buyer Check Needed', value: 'PURCHASER_CONFIRM_NEED', description: '구매자 확인 필요' },
	{
		name: 'Charge Exchange Shipping Fee',
		value: 'EXCHANGE_DELIVERYFEE',
		description: '교환 배송비 청구',
	},
	{
		name: 'Charge Extra Exchange Fee',
		value: 'EXCHANGE_EXTRAFEE',
		description: '추가 교환 비용 청구',
	},
	{ name: 'Charge Extra Fee', value: 'EXTRAFEEE', description: '추가 비용 청구' },
	{
		name: 'Charge Return Shipping Fee',
		value: 'RETURN_DELIVERYFEE',
		description: '반품 배송비 청구',
	},
	{
		name: 'Charge Return Shipping Fee and Extra Fee',
		value: 'RETURN_DELIVERYFEE_AND_EXTRAFEEE',
		description: '반품 배송비 + 추가 비용 청구',
	},
	{
		name: 'Exchanged Product Not Received',
		value: 'EXCHANGE_PRODUCT_NOT_DELIVERED',
		description: '교환 상품 미입고',
	},
	{
		name: 'Hold Exchange Purchase Decision',
		value: 'EXCHANGE_HOLDBACK',
		description: '교환 구매 확정 보류',
	},
	{ name: 'Other', value: 'ETC2', description: '기타' },
	{ name: 'Other Reason', value: 'ETC', description: '기타 사유' },
	{
		name: 'Replacement Being Prepared',
		value: 'EXCHANGE_PRODUCT_READY',
		description: '교환 상품 준비 중',
	},
	{
		name: 'Returned Product Not Received',
		value: 'RETURN_PRODUCT_NOT_DELIVERED',
		description: '반품 상품 미입고',
	},
	{ name: 'Seller Check Needed', value: 'SELLER_CONFIRM_NEED', description: '판매자 확인 필요' },
	{ name: 'Seller Remits Directly', value: 'SELLER_REMIT', description: '판매자 직접 송금' },
];

/** The fields of an "Additional Fields" collection that were given, as Naver's body expects them. */
export function givenFields(this: IExecuteFunctions, itemIndex: number): IDataObject {
	const fields = this.getNodeParameter('additionalFields', itemIndex, {}) as IDataObject;
	const given: IDataObject = {};
	for (const [name, value] of Object.entries(fields)) {
		if (value === undefined || value === null) continue;
		if (typeof value === 'string' && value.trim() === '') continue;
		given[name] = typeof value === 'string' ? value.trim() : value;
	}
	return given;
}

export interface ClaimAction {
	/** The endpoint below /v1/pay-order/seller/product-orders/{productOrderId}/claim/. */
	path: string;
	/** Past participle for messages, after "were not": "approved for cancellation". */
	done: string;
	/** The request body for one input item; endpoints without a body leave this out. */
	body?: (this: IExecuteFunctions, itemIndex: number) => IDataObject;
}

/**
 * Runs one claim action for every product order of every input item. Naver takes one product
 * order per request (the ID is in the path), so each is its own request and gets its own output
 * item, paired with the input item it came from. All parameters are read before the first request,
 * so a bad parameter stops the node before anything changed in the store (or, with continue on
 * fail, becomes an error item for its input item while the others go on).
 */
export async function executeClaimAction(
	this: IExecuteFunctions,
	itemIndexes: number[],
	action: ClaimAction,
): Promise<INodeExecutionData[]> {
	const { targets, invalidItems: parameterErrors } = collectProductOrderTargets.call(
		this,
		itemIndexes,
		(itemIndex) => action.body?.call(this, itemIndex),
	);

	const results =
		targets.length === 0
			? []
			: await runProductOrderBatches.call(this, targets, {
					batchSize: 1,
					done: action.done,
					send: async ([target]) =>
						await naverCommerceRequest.call(
							this,
							{
								method: 'POST',
								path: `/v1/pay-order/seller/product-orders/${target.productOrderId}/claim/${action.path}`,
								body: target.fields,
								// Had a first attempt gone through, a repeat would be refused (105306) and hide
								// that success, or act twice: a claim action is never repeated on its own.
								idempotent: false,
							},
							target.itemIndex,
						),
				});
	return inInputOrder([...results, ...parameterErrors]);
}
