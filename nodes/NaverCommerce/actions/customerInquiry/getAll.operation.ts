import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { updateDisplayOptions } from '../../helpers/displayOptions';
import { fetchNumberedPages, springPage } from '../../transport/pages';
import { answerStatusField, returnAllAndLimit } from '../common.descriptions';
import { readAnsweredFilter, readDatePeriod, readLimit } from '../../helpers/parameters';

/** Naver's limits for GET /v1/pay-user/inquiries. */
const INQUIRY_LIST_LIMITS = { maxRangeDays: 365, minPageSize: 10, maxPageSize: 200 };

const displayOptions = { show: { resource: ['customerInquiry'], operation: ['getAll'] } };

const properties: INodeProperties[] = [
	{
		displayName: 'Start Date',
		name: 'startDate',
		type: 'dateTime',
		required: true,
		default: '',
		description:
			'First day (KST) of the period in which the inquiries were registered. Only the date counts.',
	},
	{
		displayName: 'End Date',
		name: 'endDate',
		type: 'dateTime',
		required: true,
		default: '',
		description:
			'Last day (KST) of the period, included. Naver allows at most 365 days from Start Date to End Date, both days counted.',
	},
	answerStatusField('inquiries'),
	...returnAllAndLimit(),
];

export const description = updateDisplayOptions(displayOptions, properties);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	// Both dates are included (Naver: "문의 검색 시작일부터 문의 검색 종료일까지"), so a period from
	// 2026-01-01 to 2026-12-31 is 365 days. The reference does not say how its 365-day limit (4003)
	// counts; counting both ends is the stricter reading, so no request the node sends meets 4003.
	const {
		startDate: startSearchDate,
		endDate: endSearchDate,
		days: rangeDays,
	} = readDatePeriod.call(
		this,
		itemIndex,
		{ name: 'startDate', label: 'Start Date' },
		{ name: 'endDate', label: 'End Date' },
	);
	if (rangeDays > INQUIRY_LIST_LIMITS.maxRangeDays) {
		throw new NodeOperationError(
			this.getNode(),
			`Naver returns customer inquiries for at most ${INQUIRY_LIST_LIMITS.maxRangeDays} days per request, and ${startSearchDate} to ${endSearchDate} is ${rangeDays} days, both included`,
			{
				itemIndex,
				description:
					'Narrow Start Date and End Date, or split the period over several input items.',
			},
		);
	}
	const limit = readLimit.call(this, itemIndex);
	// Naver refuses pages smaller than 10; a smaller limit still fetches 10 and keeps the first ones.
	const size = Math.min(
		INQUIRY_LIST_LIMITS.maxPageSize,
		Math.max(INQUIRY_LIST_LIMITS.minPageSize, limit),
	);

	const qs: IDataObject = {
		startSearchDate,
		endSearchDate,
		size,
		...readAnsweredFilter.call(this, itemIndex),
	};

	const inquiries = await fetchNumberedPages.call(this, {
		request: (page) => ({ method: 'GET', path: '/v1/pay-user/inquiries', qs: { ...qs, page } }),
		read: springPage('content'),
		limit,
		itemIndex,
	});
	return inquiries.map((inquiry) => ({ json: inquiry, pairedItem: { item: itemIndex } }));
}
