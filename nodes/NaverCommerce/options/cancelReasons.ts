import type { INodePropertyOptions } from 'n8n-workflow';

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
