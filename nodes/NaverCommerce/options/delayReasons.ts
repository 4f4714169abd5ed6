import type { INodePropertyOptions } from 'n8n-workflow';

/** delayedDispatchReason.pay-order-seller */
export const DELAY_REASONS: INodePropertyOptions[] = [
	{ name: 'Custom Build (주문 제작)', value: 'CUSTOM_BUILD' },
	{ name: 'Customer Request (고객 요청)', value: 'CUSTOMER_REQUEST' },
	{ name: 'Other (기타)', value: 'ETC' },
	{ name: 'Overseas Delivery (해외 배송)', value: 'OVERSEA_DELIVERY' },
	{ name: 'Product Preparation (상품 준비 중)', value: 'PRODUCT_PREPARE' },
	{ name: 'Reserved Dispatch (예약 발송)', value: 'RESERVED_DISPATCH' },
];
