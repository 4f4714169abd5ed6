import type { INodePropertyOptions } from 'n8n-workflow';

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
