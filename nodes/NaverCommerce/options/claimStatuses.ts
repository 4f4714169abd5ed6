import type { INodePropertyOptions } from 'n8n-workflow';

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
