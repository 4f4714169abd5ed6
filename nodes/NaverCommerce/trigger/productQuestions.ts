import type { INodeExecutionData, IPollFunctions } from 'n8n-workflow';

import { formatNaverDateTime } from '../helpers/naverDate';
import {
	fetchRegistrations,
	pollRegistrations,
	REGISTRATION_WINDOW_MS,
	type Registration,
	type RegistrationList,
	type RegistrationWindow,
} from './registrations';

const QNA_PATH = '/v1/contents/qnas';
/** Naver's largest page of GET /v1/contents/qnas. */
const QNA_PAGE_SIZE = 100;

/**
 * GET /v1/contents/qnas filters by date-time (fromDate, toDate). The reference does not say
 * whether the bounds are included, nor which date they filter, nor any longest period; the
 * trigger takes them as the question's createDate and asks for 1 ms more on each side, keeping
 * only the records of its window, so either reading of the bounds returns every question of it.
 * A backlog is cut into week-long windows (see REGISTRATION_WINDOW_MS).
 */
function productQuestionList(onlyUnanswered: boolean): RegistrationList {
	return {
		windows(fromMs, toMs) {
			const windows: RegistrationWindow[] = [];
			for (let start = fromMs; start <= toMs; start += REGISTRATION_WINDOW_MS) {
				windows.push({ fromMs: start, toMs: Math.min(toMs, start + REGISTRATION_WINDOW_MS - 1) });
			}
			return windows;
		},
		async fetch(this: IPollFunctions, window): Promise<Registration[]> {
			return await fetchRegistrations.call(
				this,
				{
					path: QNA_PATH,
					qs: {
						fromDate: formatNaverDateTime(window.fromMs - 1),
						toDate: formatNaverDateTime(window.toMs + 1),
						size: QNA_PAGE_SIZE,
					},
					listField: 'contents',
				},
				{ date: 'createDate', id: 'questionId', noun: 'product question' },
				onlyUnanswered,
			);
		},
	};
}

/**
 * Trigger On "New Product Question" (상품 문의): one item per question asked since the last poll,
 * Naver's record as it is (questionId, productId, productName, question, answered…), ready for
 * Product Q&A → Answer.
 */
export async function pollProductQuestions(
	this: IPollFunctions,
): Promise<INodeExecutionData[][] | null> {
	const list = productQuestionList(this.getNodeParameter('onlyUnanswered', true) as boolean);
	return await pollRegistrations.call(this, 'productQuestion', list, 'product question');
}
