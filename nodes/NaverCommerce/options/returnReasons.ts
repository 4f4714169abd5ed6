import type { INodePropertyOptions } from 'n8n-workflow';

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
