import type { INodePropertyOptions } from 'n8n-workflow';

/** productOrderStatus.pay-order-seller */
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
