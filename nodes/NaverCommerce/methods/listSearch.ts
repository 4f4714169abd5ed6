import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchItems,
	INodeListSearchResult,
} from 'n8n-workflow';

import { formatNaverDate, formatNaverDateTime } from '../helpers/naverDate';
import { isNaverId } from '../helpers/parameters';
import { naverCommerceRequest } from '../transport';
import { splitIntoDayWindows } from '../transport/dayWindows';

/**
 * The "From List" lookups of the editor: what a person picks by hand instead of pasting an ID.
 * Each answers one page of Naver's list and a token for the next; a filter narrows what is shown.
 */

const DAY_MS = 24 * 60 * 60 * 1000;
const LIST_PAGE_SIZE = 50;

const nextPage = (page: number, last: boolean) => (last ? undefined : String(page + 1));
const pageOf = (token?: string) => Math.max(1, Number(token) || 1);
const matches = (filter: string | undefined, ...texts: unknown[]) =>
	!filter ||
	texts.some((text) =>
		String(text ?? '')
			.toLowerCase()
			.includes(filter.trim().toLowerCase()),
	);

/**
 * Origin products, most recently changed first. Naver searches products by number or seller code
 * only: digits look the number up, other text matches names and seller codes on each page.
 */
export async function searchProducts(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const page = pageOf(paginationToken);
	const byNumber = filter !== undefined && isNaverId(filter.trim());
	const response = await naverCommerceRequest.call(this, {
		method: 'POST',
		path: '/v1/products/search',
		body: byNumber
			? { searchKeywordType: 'PRODUCT_NO', originProductNos: [Number(filter.trim())], page: 1 }
			: { orderType: 'MOD_DATE', page, size: LIST_PAGE_SIZE },
		idempotent: true,
	});
	const body = (response.body ?? {}) as {
		contents?: Array<{ originProductNo?: number; channelProducts?: IDataObject[] }>;
		last?: boolean;
	};
	const results: INodeListSearchItems[] = [];
	for (const content of body.contents ?? []) {
		const channel = content.channelProducts?.[0] ?? {};
		if (!byNumber && !matches(filter, channel.name, channel.sellerManagementCode)) continue;
		results.push({
			name: `${String(channel.name ?? 'Product')} (${content.originProductNo})`,
			value: String(content.originProductNo),
		});
	}
	return { results, paginationToken: byNumber ? undefined : nextPage(page, body.last !== false) };
}

/** Customer inquiries of the last 365 days, newest first, answered or still waiting. */
async function searchInquiries(
	this: ILoadOptionsFunctions,
	answered: boolean,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const page = pageOf(paginationToken);
	const now = Date.now();
	const response = await naverCommerceRequest.call(this, {
		method: 'GET',
		path: '/v1/pay-user/inquiries',
		qs: {
			// 365 days with both ends counted: the longest period Naver answers.
			startSearchDate: formatNaverDate(now - 364 * DAY_MS),
			endSearchDate: formatNaverDate(now),
			answered: String(answered),
			page,
			size: LIST_PAGE_SIZE,
		},
	});
	const body = (response.body ?? {}) as { content?: IDataObject[]; last?: boolean };
	const results = (body.content ?? [])
		.filter((inquiry) => matches(filter, inquiry.title, inquiry.productName, inquiry.inquiryNo))
		.map((inquiry) => ({
			name: `${String(inquiry.title ?? 'Inquiry')} – ${String(inquiry.productName ?? '')} (${inquiry.inquiryNo})`,
			value: String(inquiry.inquiryNo),
		}));
	return { results, paginationToken: nextPage(page, body.last !== false) };
}

/** Inquiries still waiting for an answer: what Answer picks from. */
export async function searchUnansweredInquiries(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await searchInquiries.call(this, false, filter, paginationToken);
}

/** Inquiries with an answer: what Update Answer picks from. */
export async function searchAnsweredInquiries(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await searchInquiries.call(this, true, filter, paginationToken);
}

/** Product questions still waiting for an answer, from the last 90 days. */
export async function searchUnansweredQuestions(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const page = pageOf(paginationToken);
	const now = Date.now();
	const response = await naverCommerceRequest.call(this, {
		method: 'GET',
		path: '/v1/contents/qnas',
		qs: {
			fromDate: formatNaverDateTime(now - 90 * DAY_MS),
			toDate: formatNaverDateTime(now),
			answered: 'false',
			page,
			size: LIST_PAGE_SIZE,
		},
	});
	const body = (response.body ?? {}) as { contents?: IDataObject[]; last?: boolean };
	const results = (body.contents ?? [])
		.filter((question) =>
			matches(filter, question.question, question.productName, question.questionId),
		)
		.map((question) => ({
			name: `${String(question.question ?? 'Question').slice(0, 60)} – ${String(question.productName ?? '')} (${question.questionId})`,
			value: String(question.questionId),
		}));
	return { results, paginationToken: nextPage(page, body.last !== false) };
}

/**
 * Orders with a change in the last 24 hours: the change feed is the one list of orders Naver
 * offers without an order ID. Each page of the feed is shown newest first; the token is the
 * feed's `more` cursor.
 */
export async function searchRecentOrders(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const now = Date.now();
	const [window] = splitIntoDayWindows(now - DAY_MS + 1, now);
	const cursor = paginationToken ? (JSON.parse(paginationToken) as IDataObject) : undefined;
	const response = await naverCommerceRequest.call(this, {
		method: 'GET',
		path: '/v1/pay-order/seller/product-orders/last-changed-statuses',
		qs: {
			lastChangedFrom: cursor?.moreFrom ?? formatNaverDateTime(window.fromMs),
			lastChangedTo: formatNaverDateTime(window.toMs),
			...(cursor?.moreSequence ? { moreSequence: cursor.moreSequence } : {}),
			limitCount: 300,
		},
	});
	const data = (response.body as { data?: IDataObject })?.data ?? {};
	const changes = (data.lastChangeStatuses ?? []) as IDataObject[];
	const seen = new Set<string>();
	const results: INodeListSearchItems[] = [];
	for (const change of [...changes].reverse()) {
		const orderId = String(change.orderId ?? '');
		if (orderId === '' || seen.has(orderId) || !matches(filter, orderId)) continue;
		seen.add(orderId);
		results.push({
			name: `${orderId} – ${String(change.productOrderStatus ?? change.lastChangedType ?? '')}`,
			value: orderId,
		});
	}
	const more = data.more as IDataObject | undefined;
	return { results, paginationToken: more?.moreFrom ? JSON.stringify(more) : undefined };
}
