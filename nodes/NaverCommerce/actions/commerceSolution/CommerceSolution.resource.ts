import type { INodePropertyOptions } from 'n8n-workflow';

import { rowsResource, type EndpointField, type EndpointRow } from '../endpointTable';

/** This resource's entry in the node's Resource list. */
export const resource: INodePropertyOptions = {
	name: 'Commerce Solution',
	value: 'commerceSolution',
	description:
		"For solution vendors (솔루션 개발사) only, with the solution's own app: stores' subscriptions to the solution, payments and seller tokens",
};

const SOLUTION_PATH = '/v1/commerce-solutions';

/**
 * A seller's account UID, such as ncp_2sRZTWDZ0WTrl9FDiXNnI (the pages' example): text, so not
 * the table's `id` (digits). Naver lists no subscribers, so it is typed or mapped, not picked.
 */
const accountUid: EndpointField = {
	name: 'accountUid',
	displayName: 'Account UID',
	kind: 'text',
	in: 'path',
	required: true,
	example: 'ncp_2sRZTWDZ0WTrl9FDiXNnI',
	description:
		"The seller's account UID (계정 UID), as the seller token or Get Subscription gives it",
};

/** The seller's JWE token that Naver hands the solution when a seller signs up from Naver. */
const sellerToken: EndpointField = {
	name: 'token',
	displayName: 'Seller Token',
	kind: 'text',
	in: 'query',
	required: true,
	description:
		"The seller's JWE token (판매자 인증 JWE) Naver passed to the solution, usually mapped from the request that brought it",
};

/** Why the vendor changes a subscription: one line for the seller, one for Naver's staff. */
const REASON_FIELDS: EndpointField[] = [
	{
		name: 'reason',
		displayName: 'Reason',
		kind: 'text',
		in: 'body',
		required: true,
		description: 'Why the subscription changes (사용 상태 변경 사유)',
	},
	{
		name: 'comment',
		displayName: 'Comment for Naver',
		kind: 'text',
		in: 'body',
		required: true,
		description: "The reason as Naver's administrators read it (사용 상태 변경 사유(관리자용))",
	},
];

/** The Commerce Solution operations, in the order of their names. */
export const ROWS: EndpointRow[] = [
	{
		value: 'approveSubscription',
		name: 'Approve Subscription',
		description:
			'Writes: lets a seller who asked to use the solution start (사용 시작 승인); only for solutions sellers subscribe to one by one',
		action: 'Approve a subscription',
		method: 'PUT',
		path: `${SOLUTION_PATH}/subscriptions/approve`,
		fields: [
			sellerToken,
			{
				name: 'accountMappingId',
				displayName: 'Account Mapping ID',
				kind: 'text',
				in: 'body',
				description:
					"The vendor's own ID for the seller's account (계정 매핑 ID), kept by Naver and answered with the subscription",
			},
		],
		writes: true,
	},
	{
		value: 'approveUnsubscription',
		name: 'Approve Unsubscription',
		description:
			'Writes: lets a seller who asked to stop using the solution go (사용 해지 승인); only for solutions sellers subscribe to one by one',
		action: 'Approve an unsubscription',
		method: 'PUT',
		path: `${SOLUTION_PATH}/subscriptions/unsubscription/approve`,
		fields: [{ ...accountUid, in: 'query' }],
		writes: true,
	},
	{
		value: 'decodeSellerToken',
		name: 'Decode Seller Token',
		description:
			"Read-only: reads who a seller's JWE token stands for: account UID, store, role, grade, whether the subscription can be approved, its status and round",
		action: 'Decode a seller token',
		method: 'GET',
		path: `${SOLUTION_PATH}/seller-info-by-token`,
		fields: [sellerToken],
		writes: false,
	},
	{
		value: 'getBizWalletTransactions',
		name: 'Get Biz Wallet Transactions',
		description:
			"Read-only: lists the solution's Biz Wallet payments, trials, plan changes and refunds (비즈월렛 결제 내역) confirmed in a period, one item per transaction",
		action: 'Get biz wallet transactions',
		method: 'GET',
		path: `${SOLUTION_PATH}/transactions`,
		// The page gives no longest period and no paging: Naver answers one list.
		fields: [
			{
				name: 'paymentConfirmStartDate',
				displayName: 'From',
				kind: 'dateTime',
				in: 'query',
				required: true,
				description: 'The start of the period, by when the payment was confirmed (거래 시작 일시)',
			},
			{
				name: 'paymentConfirmEndDate',
				displayName: 'To',
				kind: 'dateTime',
				in: 'query',
				required: true,
				description: 'The end of the period (거래 종료 일시)',
			},
			{
				name: 'transactionType',
				displayName: 'Transaction Type',
				kind: 'options',
				in: 'query',
				// The page lists the codes without saying what each is; the names read them.
				options: [
					{ name: 'Any', value: '' },
					{ name: 'Downgrade', value: 'DOWNGRADE' },
					{ name: 'Free Trial', value: 'FREE_TRIAL' },
					{ name: 'Payment', value: 'PAYMENT' },
					{ name: 'Refund', value: 'REFUND' },
					{ name: 'Upgrade', value: 'UPGRADE' },
				],
				default: '',
				description: 'Only transactions of this type (결제 구분)',
			},
			{
				name: 'accountUid',
				displayName: 'Account UID',
				kind: 'text',
				in: 'query',
				example: 'ncp_2sRZTWDZ0WTrl9FDiXNnI',
				description: "Only this seller's transactions",
			},
			{
				name: 'planId',
				displayName: 'Plan ID',
				kind: 'text',
				in: 'query',
				example: '6xyk6Ml2kDHnCi92p2DoqF',
				description: 'Only transactions of this plan (요금제 ID)',
			},
			{
				name: 'transactionId',
				displayName: 'Transaction ID',
				kind: 'text',
				in: 'query',
				example: 'CSP230807100017M5T074S10163',
				description: 'Only the transaction with this payment number (결제번호)',
			},
			{
				name: 'originalTransactionId',
				displayName: 'Original Transaction ID',
				kind: 'text',
				in: 'query',
				example: 'CSP230807100017M5T074S10163',
				description:
					'Only the transactions that refer to this original payment number (원결제번호)',
			},
			{
				name: 'solutionName',
				displayName: 'Solution Name',
				kind: 'text',
				in: 'query',
				description: 'Only transactions of the solution with this name (솔루션명)',
			},
		],
		writes: false,
		output: { kind: 'entries' },
	},
	{
		value: 'getSubscription',
		name: 'Get Subscription',
		description:
			"Read-only: gets a seller's subscription to the solution: status, plan, planned change, current round and dates",
		action: 'Get a subscription',
		method: 'GET',
		path: `${SOLUTION_PATH}/subscriptions/{accountUid}`,
		fields: [accountUid],
		writes: false,
	},
	{
		value: 'rejectSubscription',
		name: 'Reject Subscription',
		description:
			'Writes: refuses a seller who asked to use the solution (사용 시작 거절); only for solutions sellers subscribe to one by one',
		action: 'Reject a subscription',
		method: 'PUT',
		path: `${SOLUTION_PATH}/subscriptions/{accountUid}/reject`,
		fields: [accountUid, ...REASON_FIELDS],
		writes: true,
	},
	{
		value: 'sendExternalTransaction',
		name: 'Send External Transaction',
		description:
			"Writes: reports to Naver a payment or refund the vendor took itself, outside the Biz Wallet (외부 개발사 자체 결제 내역 전송). Returns Naver's transactionId.",
		action: 'Send an external transaction',
		method: 'POST',
		path: `${SOLUTION_PATH}/external-transactions`,
		fields: [
			{
				name: 'transactionType',
				displayName: 'Transaction Type',
				kind: 'options',
				in: 'body',
				required: true,
				options: [
					{ name: 'Payment', value: 'PAYMENT' },
					{ name: 'Refund', value: 'REFUND' },
				],
				default: 'PAYMENT',
				description: 'Whether this is a payment or a refund (거래 타입)',
			},
			{
				name: 'solutionId',
				displayName: 'Solution ID',
				kind: 'text',
				in: 'body',
				required: true,
				description: "The solution's ID (솔루션 ID)",
			},
			{
				name: 'paymentId',
				displayName: 'Payment ID',
				kind: 'text',
				in: 'body',
				required: true,
				description: "The vendor's own ID of this payment (솔루션사 거래 ID)",
			},
			{ ...accountUid, in: 'body', description: 'The seller who paid or is refunded' },
			{
				name: 'totalAmount',
				displayName: 'Total Amount',
				// The page says a number "거래 금액(VAT 포함)": won, whole here. Whether a refund is
				// sent as a negative amount it does not say.
				kind: 'number',
				in: 'body',
				required: true,
				description: 'The amount in won, VAT included (거래 금액(VAT 포함))',
			},
			{
				name: 'paymentConfirmDate',
				displayName: 'Confirmed At',
				kind: 'dateTime',
				in: 'body',
				required: true,
				description: 'When the payment was completed (결제 완료 일시)',
			},
			{
				name: 'paymentModel',
				displayName: 'Payment Model',
				kind: 'options',
				in: 'body',
				required: true,
				// The page lists the codes without saying what each is.
				options: [
					{ name: 'Monthly', value: 'MONTHLY' },
					{ name: 'One-Time', value: 'ONETIME' },
					{ name: 'Other', value: 'ETC' },
					{ name: 'Usage-Based', value: 'USAGE' },
					{ name: 'Yearly', value: 'YEARLY' },
				],
				default: 'MONTHLY',
				description: 'How the solution is charged (거래 모델)',
			},
			{
				name: 'paymentMethod',
				displayName: 'Payment Method',
				kind: 'options',
				in: 'body',
				options: [
					{ name: 'Card', value: 'CARD' },
					{ name: 'Cash', value: 'CASH' },
					{ name: 'Digital', value: 'DIGITAL' },
					{ name: 'Not Sent', value: '' },
					{ name: 'Other', value: 'ETC' },
				],
				default: '',
				description: 'How the seller paid (거래 결제 수단)',
			},
			{
				name: 'originalPaymentId',
				displayName: 'Original Payment ID',
				kind: 'text',
				in: 'body',
				// The page does not say when it is needed (a refund's payment, presumably).
				description: "The vendor's payment ID this transaction refers to (원거래 ID)",
			},
			{
				name: 'planId',
				displayName: 'Plan ID',
				kind: 'text',
				in: 'body',
				description: 'The plan paid for (요금제 ID)',
			},
			{
				name: 'round',
				displayName: 'Round',
				kind: 'number',
				in: 'body',
				// Empty by default, so that it is not sent: the page does not say when it is needed.
				default: '',
				min: 1,
				description: 'The current round (현재 회차), from 1',
			},
			{
				name: 'roundStartDate',
				displayName: 'Round Start',
				kind: 'dateTime',
				in: 'body',
				description: 'When the current round started (현재 회차 시작일)',
			},
			{
				name: 'roundEndDate',
				displayName: 'Round End',
				kind: 'dateTime',
				in: 'body',
				description: 'When the current round ends (현재 회차 종료일)',
			},
			{
				name: 'reason',
				displayName: 'Reason',
				kind: 'text',
				in: 'body',
				description: 'Why the payment or refund was made (사유)',
			},
		],
		writes: true,
	},
	{
		value: 'stopSubscription',
		name: 'Stop Subscription',
		description:
			"Writes: ends a seller's subscription in the middle of its round (사용 중지); a paid plan is refunded the unused days, or an amount the vendor gives",
		action: 'Stop a subscription',
		method: 'PUT',
		path: `${SOLUTION_PATH}/subscriptions/{accountUid}/unsubscription`,
		fields: [
			accountUid,
			{
				name: 'refundType',
				displayName: 'Refund',
				kind: 'options',
				in: 'query',
				options: [
					{
						name: 'Amount Given',
						value: 'PARTIAL',
						description: 'Refund the amount below instead',
					},
					{
						name: 'Unused Days',
						value: '',
						description: "Naver's pro-rated amount for the days of the round left (일할 계산)",
					},
				],
				default: '',
				description: 'What is refunded to a seller of a paid plan (refundType)',
			},
			{
				name: 'amount',
				displayName: 'Refund Amount',
				kind: 'number',
				in: 'query',
				// "refundType에 PARTIAL을 설정한 경우에만 설정합니다": shown and sent with PARTIAL only,
				// and then needed, as it is the amount PARTIAL refunds. Its upper bound is the seller's
				// payments, which only Naver knows.
				required: true,
				min: 1,
				default: 1,
				showWhen: { refundType: ['PARTIAL'] },
				description:
					"The refund in won: at least 1 (or the next round's payment, when that is already paid) and at most all the seller paid",
			},
			...REASON_FIELDS,
		],
		writes: true,
	},
];

export const { operations, description } = rowsResource(
	'commerceSolution',
	ROWS,
	'getSubscription',
);
