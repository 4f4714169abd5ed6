import type { INodePropertyOptions } from 'n8n-workflow';

/** placeOrderStatus.pay-order-seller: CANCEL is 발주 확인 해제, a confirmation taken back. */
export const PLACE_ORDER_STATUSES: INodePropertyOptions[] = [
	{ name: 'Confirmation Withdrawn (발주 확인 해제)', value: 'CANCEL' },
	{ name: 'Confirmed (발주 확인)', value: 'OK' },
	{ name: 'Not Yet Confirmed (발주 미확인)', value: 'NOT_YET' },
];
