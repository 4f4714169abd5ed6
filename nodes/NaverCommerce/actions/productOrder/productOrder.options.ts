import type { INodePropertyOptions } from 'n8n-workflow';

// Naver's enums (Commerce API reference, pay-order-seller), with readable names.

export const CHANGE_TYPES: INodePropertyOptions[] = [
	{ name: 'Address Changed', value: 'DELIVERY_ADDRESS_CHANGED' },
	{ name: 'Claim Completed', value: 'CLAIM_COMPLETED' },
	{ name: 'Claim Re-Dispatching (Exchange)', value: 'CLAIM_REDELIVERING' },
	{ name: 'Claim Requested', value: 'CLAIM_REQUESTED' },
	// 클레임 철회: the claim was withdrawn, by the buyer or by the seller's rejection (거부(철회)).
	{ name: 'Claim Withdrawn', value: 'CLAIM_REJECTED' },
	{ name: 'Collection Done', value: 'COLLECT_DONE' },
	{ name: 'Dispatched', value: 'DISPATCHED' },
	// 옵션 변경 of a gift (선물하기): the recipient chose another option; not an exchange.
	{ name: 'Gift Option Changed', value: 'EXCHANGE_OPTION' },
	{ name: 'Gift Received', value: 'GIFT_RECEIVED' },
	{ name: 'Hope Delivery Info Changed', value: 'HOPE_DELIVERY_INFO_CHANGED' },
	{ name: 'Paid', value: 'PAYED' },
	{ name: 'Payment Waiting', value: 'PAY_WAITING' },
	{ name: 'Purchase Decided', value: 'PURCHASE_DECIDED' },
];

export const PRODUCT_ORDER_STATUSES: INodePropertyOptions[] = [
	{ name: 'Canceled', value: 'CANCELED' },
	{ name: 'Canceled (No Payment)', value: 'CANCELED_BY_NOPAYMENT' },
	{ name: 'Delivered', value: 'DELIVERED' },
	{ name: 'Delivering', value: 'DELIVERING' },
	{ name: 'Exchanged', value: 'EXCHANGED' },
	{ name: 'Paid', value: 'PAYED' },
	{ name: 'Payment Waiting', value: 'PAYMENT_WAITING' },
	{ name: 'Purchase Decided', value: 'PURCHASE_DECIDED' },
	{ name: 'Returned', value: 'RETURNED' },
];

// Naver names the *_REJECT statuses 철회 (withdrawn): the request ended without taking effect, whether
// the buyer withdrew it or the seller rejected it.
export const CLAIM_STATUSES: INodePropertyOptions[] = [
	{ name: 'Admin Cancel Done', value: 'ADMIN_CANCEL_DONE' },
	{ name: 'Admin Cancel Withdrawn', value: 'ADMIN_CANCEL_REJECT' },
	{ name: 'Admin Canceling', value: 'ADMIN_CANCELING' },
	{ name: 'Cancel Done', value: 'CANCEL_DONE' },
	{ name: 'Cancel Requested', value: 'CANCEL_REQUEST' },
	{ name: 'Cancel Withdrawn', value: 'CANCEL_REJECT' },
	{ name: 'Canceling', value: 'CANCELING' },
	{ name: 'Collect Done', value: 'COLLECT_DONE' },
	{ name: 'Collecting', value: 'COLLECTING' },
	{ name: 'Exchange Done', value: 'EXCHANGE_DONE' },
	{ name: 'Exchange Re-Delivering', value: 'EXCHANGE_REDELIVERING' },
	{ name: 'Exchange Requested', value: 'EXCHANGE_REQUEST' },
	{ name: 'Exchange Withdrawn', value: 'EXCHANGE_REJECT' },
	{ name: 'Purchase Decision Holdback', value: 'PURCHASE_DECISION_HOLDBACK' },
	{ name: 'Purchase Decision Holdback Released', value: 'PURCHASE_DECISION_HOLDBACK_RELEASE' },
	{ name: 'Purchase Decision Requested', value: 'PURCHASE_DECISION_REQUEST' },
	{ name: 'Return Done', value: 'RETURN_DONE' },
	{ name: 'Return Requested', value: 'RETURN_REQUEST' },
	{ name: 'Return Withdrawn', value: 'RETURN_REJECT' },
];

/** placeOrderStatus.pay-order-seller: CANCEL is 발주 확인 해제, a confirmation taken back. */
export const PLACE_ORDER_STATUSES: INodePropertyOptions[] = [
	{ name: 'Confirmation Withdrawn (발주 확인 해제)', value: 'CANCEL' },
	{ name: 'Confirmed (발주 확인)', value: 'OK' },
	{ name: 'Not Yet Confirmed (발주 미확인)', value: 'NOT_YET' },
];

/** rangeType.pay-order-seller: every value Naver documents for the conditional search. */
export const RANGE_TYPES: INodePropertyOptions[] = [
	{ name: 'Claim Completed', value: 'CLAIM_COMPLETED_DATETIME' },
	{ name: 'Claim Requested', value: 'CLAIM_REQUESTED_DATETIME' },
	{ name: 'Collection Completed', value: 'COLLECT_COMPLETED_DATETIME' },
	{ name: 'Dispatched', value: 'DISPATCHED_DATETIME' },
	{ name: 'Gift Accepted', value: 'GIFT_RECEIVED_DATETIME' },
	{ name: 'Hope Delivery Date Changed', value: 'HOPE_DELIVERY_INFO_CHANGED_DATETIME' },
	{ name: 'Ordered', value: 'ORDERED_DATETIME' },
	{ name: 'Paid', value: 'PAYED_DATETIME' },
	{ name: 'Purchase Decided', value: 'PURCHASE_DECIDED_DATETIME' },
];

export const DELIVERY_METHODS: INodePropertyOptions[] = [
	{ name: 'Courier, Registered Mail or Parcel (택배·등기·소포)', value: 'DELIVERY' },
	{ name: 'Direct Hand-Over (직접 전달)', value: 'DIRECT_DELIVERY' },
	{ name: 'Goodsflow Invoice (굿스플로 송장 출력)', value: 'GDFW_ISSUE_SVC' },
	{ name: 'No Delivery (배송 없음)', value: 'NOTHING' },
	{ name: 'Quick Service (퀵서비스)', value: 'QUICK_SVC' },
	{ name: 'Visit Pick-Up (방문 수령)', value: 'VISIT_RECEIPT' },
];

export const DELAY_REASONS: INodePropertyOptions[] = [
	{ name: 'Custom Build (주문 제작)', value: 'CUSTOM_BUILD' },
	{ name: 'Customer Request (고객 요청)', value: 'CUSTOMER_REQUEST' },
	{ name: 'Other (기타)', value: 'ETC' },
	{ name: 'Overseas Delivery (해외 배송)', value: 'OVERSEA_DELIVERY' },
	{ name: 'Product Preparation (상품 준비 중)', value: 'PRODUCT_PREPARE' },
	{ name: 'Reserved Dispatch (예약 발송)', value: 'RESERVED_DISPATCH' },
];
