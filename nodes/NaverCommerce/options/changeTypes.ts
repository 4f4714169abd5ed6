import type { INodePropertyOptions } from 'n8n-workflow';

/**
 * lastChangedType.pay-order-seller: what changed about a product order, as the change feed and
 * the trigger name it. One label per value, used by Get Many Changed and the trigger alike.
 */
export const CHANGE_TYPES: INodePropertyOptions[] = [
	{
		name: 'Claim Completed',
		value: 'CLAIM_COMPLETED',
		description: 'A cancellation, return or exchange was completed (클레임 완료)',
	},
	{
		name: 'Claim Requested',
		value: 'CLAIM_REQUESTED',
		description: 'The buyer asked to cancel, return or exchange (클레임 요청)',
	},
	{
		// 클레임 철회: withdrawn by the buyer, or ended by the seller's rejection (거부(철회)).
		name: 'Claim Withdrawn',
		value: 'CLAIM_REJECTED',
		description:
			'A cancellation, return or exchange request was withdrawn (클레임 철회): by the buyer, or by your rejection',
	},
	{
		name: 'Delivery Address Changed',
		value: 'DELIVERY_ADDRESS_CHANGED',
		description: 'The buyer changed the shipping address (배송지 변경)',
	},
	{
		name: 'Dispatched',
		value: 'DISPATCHED',
		description: 'The product order was shipped (발송 처리)',
	},
	{
		name: 'Exchange Item Re-Shipped',
		value: 'CLAIM_REDELIVERING',
		description: 'The replacement of an exchange was shipped (교환 재배송처리)',
	},
	{
		// 옵션 변경 of a gift (선물하기): the recipient chose another option; not an exchange.
		name: 'Gift Option Changed',
		value: 'EXCHANGE_OPTION',
		description: 'The recipient of a gift (선물하기) changed its option (옵션 변경)',
	},
	{
		name: 'Gift Received',
		value: 'GIFT_RECEIVED',
		description: 'The recipient accepted a gift (선물 수락)',
	},
	{
		name: 'Hope Delivery Info Changed',
		value: 'HOPE_DELIVERY_INFO_CHANGED',
		description: 'The requested delivery date or details changed (배송 희망일 변경)',
	},
	{
		name: 'New Paid Order',
		value: 'PAYED',
		description: 'A product order was paid (결제 완료): a new order to confirm and ship',
	},
	{
		name: 'Payment Waiting',
		value: 'PAY_WAITING',
		description: 'An order awaits payment, e.g. a bank transfer (결제 대기)',
	},
	{
		name: 'Purchase Decided',
		value: 'PURCHASE_DECIDED',
		description: 'The buyer confirmed the purchase (구매 확정)',
	},
	{
		name: 'Return/Exchange Collected',
		value: 'COLLECT_DONE',
		description: 'The item of a return or exchange was picked up (수거 완료)',
	},
];
