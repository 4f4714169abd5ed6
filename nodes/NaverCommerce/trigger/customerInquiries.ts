import type { INodeExecutionData, IPollFunctions } from 'n8n-workflow';

import { formatNaverDate } from '../helpers/naverDate';
import {
	fetchRegistrations,
	pollRegistrations,
	REGISTRATION_WINDOW_MS,
	type Registration,
	type RegistrationList,
	type RegistrationWindow,
} from './registrations';
import { DAY_MS } from './source';

const INQUIRY_PATH = '/v1/pay-user/inquiries';
/** Naver's largest page of GET /v1/pay-user/inquiries (10–200). */
const INQUIRY_PAGE_SIZE = 200;
const KST_OFFSET_MS = 9 * 60 * 60 * 1000;

/** The first millisecond of the KST day that holds `ms`. */
function kstDayStart(ms: number): number {
	return Math.floor((ms + KST_OFFSET_MS) / DAY_MS) * DAY_MS - KST_OFFSET_MS;
}

/**
 * GET /v1/pay-user/inquiries filters by whole days (startSearchDate to endSearchDate, yyyy-MM-dd,
 * both included, at most 365 days). The reference does not say in which zone a day is counted;
 * Naver's date-times are KST (+09:00), so days are KST days here. Each window covers whole days
 * (at most a week, far inside 365) and is cut to the cursor's moment and `untilMs` locally: the
 * first and last day are fetched whole and only their records in the window count.
 */
function customerInquiryList(onlyUnanswered: boolean): RegistrationList {
	return {
		windows(fromMs, toMs) {
			const windows: RegistrationWindow[] = [];
			for (let start = fromMs; start <= toMs; ) {
				const end = Math.min(toMs, kstDayStart(start) + REGISTRATION_WINDOW_MS - 1);
				windows.push({ fromMs: start, toMs: end });
				start = end + 1;
			}
			return windows;
		},
		async fetch(this: IPollFunctions, window): Promise<Registration[]> {
			return await fetchRegistrations.call(
				this,
				{
					path: INQUIRY_PATH,
					qs: {
						startSearchDate: formatNaverDate(window.fromMs),
						endSearchDate: formatNaverDate(window.toMs),
						size: INQUIRY_PAGE_SIZE,
					},
					listField: 'content',
				},
				{ date: 'inquiryRegistrationDateTime', id: 'inquiryNo', noun: 'customer inquiry' },
				onlyUnanswered,
			);
		},
	};
}

/**
 * Trigger On "New Customer Inquiry" (고객 문의): one item per inquiry registered since the last poll,
 * Naver's record as it is (inquiryNo, category, title, inquiryContent, orderId,
 * productOrderIdList, answered…), ready for Customer Inquiry → Answer.
 */
export async function pollCustomerInquiries(
	this: IPollFunctions,
): Promise<INodeExecutionData[][] | null> {
	const list = customerInquiryList(this.getNodeParameter('onlyUnanswered', true) as boolean);
	return await pollRegistrations.call(this, 'customerInquiry', list, 'customer inquiry');
}
