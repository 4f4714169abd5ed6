import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { NodeOperationError } from 'n8n-workflow';

import { formatNaverDate, toNaverDate } from '../../helpers/naverDate';
import { fetchNumberedPages, settlementPage } from '../../transport/pages';
import { returnAllAndLimit } from '../common.descriptions';
import { readDatePeriod, readLimit } from '../../helpers/parameters';

/** Naver's largest page for the pay-settle APIs. */
const SETTLEMENT_MAX_PAGE_SIZE = 1000;

const PAY_DATE = 'SETTLE_CASEBYCASE_PAY_DATE';

/** Return All, Limit and the Page Size option, shared by every settlement list. */
export function pagingFields(): INodeProperties[] {
	return [
		...returnAllAndLimit(),
		{
			displayName: 'Options',
			name: 'options',
			type: 'collection',
			placeholder: 'Add Option',
			default: {},
			options: [
				{
					displayName: 'Page Size',
					name: 'pageSize',
					type: 'number',
					typeOptions: { minValue: 1, maxValue: SETTLEMENT_MAX_PAGE_SIZE },
					default: SETTLEMENT_MAX_PAGE_SIZE,
					description:
						'How many records to ask Naver for per request (at most 1000). Lower it only if large pages time out.',
				},
			],
		},
	];
}

/** The search of settle/case and settle/commission-details: one day by one kind of date. */
export function caseSearchFields(): INodeProperties[] {
	return [
		{
			displayName: 'Search Date',
			name: 'searchDate',
			type: 'dateTime',
			required: true,
			default: '',
			description:
				'The day (KST) to list. Which date of a settlement it is compared with is set by Date Type.',
		},
		{
			displayName: 'Date Type',
			name: 'periodType',
			type: 'options',
			options: [
				{
					name: 'Pay Date',
					value: PAY_DATE,
					description: 'The day the buyer paid (결제일)',
				},
				{
					name: 'Settlement Basis Date',
					value: 'SETTLE_CASEBYCASE_SETTLE_BASIS_DATE',
					description:
						'The day the settlement was based on, usually purchase confirmation (정산 기준일)',
				},
				{
					name: 'Settlement Completion Date',
					value: 'SETTLE_CASEBYCASE_SETTLE_COMPLETE_DATE',
					description: 'The day the money was paid out (정산 완료일)',
				},
				{
					name: 'Settlement Due Date',
					value: 'SETTLE_CASEBYCASE_SETTLE_SCHEDULE_DATE',
					description: 'The day the money is due to be paid out (정산 예정일)',
				},
				{
					name: 'Tax Return Basis Date',
					value: 'SETTLE_CASEBYCASE_TAXRETURN_BASIS_DATE',
					description: 'The day the settlement counts for tax returns (세금 신고 기준일)',
				},
			],
			default: 'SETTLE_CASEBYCASE_SETTLE_BASIS_DATE',
			description: 'Which date of a settlement Search Date is compared with',
		},
		{
			displayName: 'Settlement Decision',
			name: 'settleDecisionType',
			type: 'options',
			options: [
				{ name: 'All', value: 'all', description: 'Settled, unsettled and canceled payments' },
				{
					name: 'Canceled Before Settlement',
					value: 'BEFORE_CANCEL',
					description: 'Payments canceled before they were settled',
				},
				{ name: 'Settled', value: 'SETTLED', description: 'Payments whose settlement is decided' },
				{
					name: 'Unsettled',
					value: 'UNSETTLED',
					description: 'Payments whose settlement is not decided yet',
				},
			],
			default: 'all',
			displayOptions: { show: { periodType: [PAY_DATE] } },
			description: 'For a search by pay date: which payments to return by settlement state',
		},
		{
			displayName: 'Filters',
			name: 'filters',
			type: 'collection',
			placeholder: 'Add Filter',
			default: {},
			options: [
				{
					displayName: 'Order ID',
					name: 'orderId',
					type: 'string',
					default: '',
					description: 'Only the settlements of this order',
				},
				{
					displayName: 'Product Order ID',
					name: 'productOrderId',
					type: 'string',
					default: '',
					description: 'Only the settlements of this product order (or delivery fee number)',
				},
				{
					displayName: 'Settlement Type',
					name: 'settleType',
					type: 'options',
					options: [
						{ name: 'Canceled After Settlement', value: 'NORMAL_SETTLE_AFTER_CANCEL' },
						{ name: 'Canceled Before Settlement', value: 'NORMAL_SETTLE_BEFORE_CANCEL' },
						{ name: 'Normal Settlement', value: 'NORMAL_SETTLE_ORIGINAL' },
						{ name: 'Quantity Cancellation (Deduction)', value: 'QUANTITY_CANCEL_DEDUCTION' },
						{ name: 'Quantity Cancellation (Refund)', value: 'QUANTITY_CANCEL_RESTORE' },
						{ name: 'Quick Settlement', value: 'QUICK_SETTLE_ORIGINAL' },
						{ name: 'Quick Settlement Recovery', value: 'QUICK_SETTLE_CANCEL' },
					],
					default: 'NORMAL_SETTLE_ORIGINAL',
					description: 'Only settlements of this type',
				},
			],
		},
	];
}

/** The query of settle/case and settle/commission-details from the fields above. */
export function caseSearchQuery(this: IExecuteFunctions, itemIndex: number): IDataObject {
	const periodType = this.getNodeParameter('periodType', itemIndex) as string;
	const qs: IDataObject = {
		searchDate: toNaverDate(this.getNodeParameter('searchDate', itemIndex), 'Search Date'),
		periodType,
	};
	// Naver reads the decision type only with a search by pay date.
	if (periodType === PAY_DATE) {
		const decision = this.getNodeParameter('settleDecisionType', itemIndex, 'all') as string;
		if (decision !== 'all') qs.settleDecisionType = decision;
	}
	const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	for (const name of ['orderId', 'productOrderId', 'settleType']) {
		const value = String(filters[name] ?? '').trim();
		if (value !== '') qs[name] = value;
	}
	return qs;
}

/** The period of the VAT lists (vat/daily, vat/case): two KST days, both included. */
export function vatPeriodFields(): INodeProperties[] {
	return [
		{
			displayName: 'Start Date',
			name: 'startDate',
			type: 'dateTime',
			required: true,
			default: '',
			description:
				'First day (KST) of the period, by settlement basis date (정산 기준일). Only the date counts.',
		},
		{
			displayName: 'End Date',
			name: 'endDate',
			type: 'dateTime',
			required: true,
			default: '',
			description:
				'Last day (KST) of the period, included. Naver keeps VAT records up to the last day of the previous month.',
		},
	];
}

/** The last day (KST, yyyy-MM-dd) of the month before the current one. */
export function lastDayOfPreviousMonth(nowMs = Date.now()): string {
	const [year, month] = formatNaverDate(nowMs).split('-').map(Number);
	return new Date(Date.UTC(year, month - 1, 0)).toISOString().slice(0, 10);
}

/**
 * The query of vat/daily and vat/case. Naver answers them "전월 말일까지" (up to the last day of
 * the previous month), so a later end is refused here, before any request, naming that day.
 */
export function vatPeriodQuery(this: IExecuteFunctions, itemIndex: number): IDataObject {
	const { startDate, endDate } = readDatePeriod.call(
		this,
		itemIndex,
		{ name: 'startDate', label: 'Start Date' },
		{ name: 'endDate', label: 'End Date' },
	);
	const latest = lastDayOfPreviousMonth();
	if (endDate > latest) {
		throw new NodeOperationError(
			this.getNode(),
			`End Date (${endDate}) is after ${latest}: Naver keeps VAT records up to the last day of the previous month`,
			{ itemIndex, description: `Set End Date to ${latest} or earlier.` },
		);
	}
	return { startDate, endDate };
}

/**
 * Reads a pay-settle list page by page (pageNumber from 1) until Return All or Limit is met; one
 * output item per record, paired with the input item.
 */
export async function getSettlementPages(
	this: IExecuteFunctions,
	itemIndex: number,
	path: string,
	qs: IDataObject,
): Promise<INodeExecutionData[]> {
	const limit = readLimit.call(this, itemIndex);
	const options = this.getNodeParameter('options', itemIndex, {}) as { pageSize?: number };
	const pageSize = Math.max(
		1,
		Math.floor(
			Math.min(SETTLEMENT_MAX_PAGE_SIZE, options.pageSize ?? SETTLEMENT_MAX_PAGE_SIZE, limit),
		),
	);

	const records = await fetchNumberedPages.call(this, {
		request: (pageNumber) => ({ method: 'GET', path, qs: { ...qs, pageNumber, pageSize } }),
		read: settlementPage(pageSize),
		limit,
		itemIndex,
	});
	return records.map((record) => ({ json: record, pairedItem: { item: itemIndex } }));
}
