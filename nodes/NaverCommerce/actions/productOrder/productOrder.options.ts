import type { INodePropertyOptions } from 'n8n-workflow';

// Naver's enums (Commerce API reference, pay-order-seller), with readable names.

export const CHANGE_TYPES: INodePropertyOptions[] = [
	{ name: 'Address Changed', value: 'DELIVERY_ADDRESS_CHANGED' },
	{ name: 'Claim Completed', value: 'CLAIM_COMPLETED' },
	{ name: 'Claim Re-Dispatching (Exchange)', value: 'CLAIM_REDELIVERING' },
	{ name: 'Claim Rejected', value: 'CLAIM_REJECTED' },
	{ name: 'Claim Requested', value: 'CLAIM_REQUESTED' },
	{ name: 'Collection Done', value: 'COLLECT_DONE' },
	{ name: 'Dispatched', value: 'DISPATCHED' },
	{ name: 'Exchange Option Changed', value: 'EXCHANGE_OPTION' },
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

export const CLAIM_STATUSES: INodePropertyOptions[] = [
	{ name: 'Admin Cancel Done', value: 'ADMIN_CANCEL_DONE' },
	{ name: 'Admin Cancel Rejected', value: 'ADMIN_CANCEL_REJECT' },
	{ name: 'Admin Canceling', value: 'ADMIN_CANCELING' },
	{ name: 'Cancel Done', value: 'CANCEL_DONE' },
	{ name: 'Cancel Rejected', value: 'CANCEL_REJECT' },
	{ name: 'Cancel Requested', value: 'CANCEL_REQUEST' },
	{ name: 'Canceling', value: 'CANCELING' },
	{ name: 'Collect Done', value: 'COLLECT_DONE' },
	{ name: 'Collecting', value: 'COLLECTING' },
	{ name: 'Exchange Done', value: 'EXCHANGE_DONE' },
	{ name: 'Exchange Re-Delivering', value: 'EXCHANGE_REDELIVERING' },
	{ name: 'Exchange Rejected', value: 'EXCHANGE_REJECT' },
	{ name: 'Exchange Requested', value: 'EXCHANGE_REQUEST' },
	{ name: 'Purchase Decision Holdback', value: 'PURCHASE_DECISION_HOLDBACK' },
	{ name: 'Purchase Decision Holdback Released', value: 'PURCHASE_DECISION_HOLDBACK_RELEASE' },
	{ name: 'Purchase Decision Requested', value: 'PURCHASE_DECISION_REQUEST' },
	{ name: 'Return Done', value: 'RETURN_DONE' },
	{ name: 'Return Rejected', value: 'RETURN_REJECT' },
	{ name: 'Return Requested', value: 'RETURN_REQUEST' },
];

export const RANGE_TYPES: INodePropertyOptions[] = [
	{ name: 'Claim Completed', value: 'CLAIM_COMPLETED_DATETIME' },
	{ name: 'Claim Requested', value: 'CLAIM_REQUESTED_DATETIME' },
	{ name: 'Dispatched', value: 'DISPATCHED_DATETIME' },
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
