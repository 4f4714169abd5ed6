import type { INodePropertyOptions } from 'n8n-workflow';

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
