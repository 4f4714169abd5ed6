import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchItems,
	INodeListSearchResult,
} from 'n8n-workflow';

import { formatNaverDate, formatNaverDateTime } from '../helpers/naverDate';
import { isNaverId } from '../helpers/parameters';
import { naverCommerceRequest, type NaverCommerceRequest } from '../transport';
import { springPage } from '../transport/pages';
import { splitIntoDayWindows } from '../transport/dayWindows';

/**
 * The "From List" lookups of the editor: what a person picks by hand instead of pasting an ID.
 * Each answers one page of Naver's list and a token for the next; a filter narrows what is shown.
 */

const DAY_MS = 24 * 60 * 60 * 1000;
const LIST_PAGE_SIZE = 50;

export const matches = (filter: string | undefined, texts: unknown[]) =>
	!filter ||
	texts.some((text) =>
		String(text ?? '')
			.toLowerCase()
			.includes(filter.trim().toLowerCase()),
	);

/**
 * One page of a Spring-paged list as list-search results: each entry becomes a result, kept when
 * one of its texts contains the filter. The token is the next page's number.
 */
export async function springListPage(
	this: ILoadOptionsFunctions,
	options: {
		request: (page: number) => NaverCommerceRequest;
		listField: 'content' | 'contents';
		filter?: string;
		paginationToken?: string;
		toResult: (entry: IDataObject) => INodeListSearchItems & { texts: unknown[] };
	},
): Promise<INodeListSearchResult> {
	const page = Math.max(1, Number(options.paginationToken) || 1);
	const response = await naverCommerceRequest.call(this, options.request(page));
	const { entries, last } = springPage(options.listField)(response.body ?? {}, page);
	const results = entries
		.map(options.toResult)
		.filter((result) => matches(options.filter, result.texts))
		.map(({ name, value }) => ({ name, value }));
	return { results, paginationToken: last ? undefined : String(page + 1) };
}

/** Where a "From List" lookup reads its entries, and how an entry is shown. */
export interface ListSource {
	method?: 'GET' | 'POST';
	path: string;
	/** Values sent with every request, in the query (GET) or the body (POST); a function for a period. */
	fixed?: IDataObject | (() => IDataObject);
	/**
	 * Spring pages of `size` entries in `listField` (page and size in the query, or in the body of a
	 * POST search); none: the answer is the whole list, as an array.
	 */
	pages?: { listField: 'content' | 'contents'; size: number };
	/** Naver filters by this query value and needs one: nothing is asked before something is typed. */
	filterAs?: string;
	/** The entry's ID, as the result's value. */
	valueField: string;
	/** The result's name. */
	name: (entry: IDataObject) => string;
	/** What the typed filter is matched against (not with filterAs): the name and ID by default. */
	texts?: (entry: IDataObject) => unknown[];
}

/** A "From List" lookup made from where it reads and how it shows an entry. */
export function listSearchOf(source: ListSource) {
	const toResult = (entry: IDataObject) => ({
		name: source.name(entry),
		value: String(entry[source.valueField]),
		texts: source.filterAs
			? []
			: (source.texts?.(entry) ?? [source.name(entry), entry[source.valueField]]),
	});
	return async function (
		this: ILoadOptionsFunctions,
		filter?: string,
		paginationToken?: string,
	): Promise<INodeListSearchResult> {
		const method = source.method ?? 'GET';
		const typed = filter?.trim() ?? '';
		if (source.filterAs && typed === '') return { results: [] };
		const fixed = typeof source.fixed === 'function' ? source.fixed() : source.fixed;
		const values = { ...fixed, ...(source.filterAs ? { [source.filterAs]: typed } : {}) };
		const request = (extra: IDataObject): NaverCommerceRequest => ({
			method,
			path: source.path,
			...(method === 'POST' ? { body: { ...values, ...extra }, idempotent: true } : {}),
			...(method === 'GET' ? { qs: { ...values, ...extra } } : {}),
		});
		const localFilter = source.filterAs ? undefined : filter;
		if (source.pages) {
			const { listField, size } = source.pages;
			return await springListPage.call(this, {
				request: (page) => request({ page, size }),
				listField,
				filter: localFilter,
				paginationToken,
				toResult,
			});
		}
		const response = await naverCommerceRequest.call(this, request({}));
		const entries = Array.isArray(response.body) ? (response.body as IDataObject[]) : [];
		return {
			results: entries
				.map(toResult)
				.filter((result) => matches(localFilter, result.texts))
				.map(({ name, value }) => ({ name, value })),
		};
	};
}

/**
 * Origin products, most recently changed first. Naver searches products by number or seller code
 * only: digits look the number up, other text matches names and seller codes on each page.
 */
export async function searchProducts(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const number = filter?.trim() ?? '';
	const byNumber = isNaverId(number);
	const found = await springListPage.call(this, {
		request: (page) => ({
			method: 'POST',
			path: '/v1/products/search',
			body: byNumber
				? { searchKeywordType: 'PRODUCT_NO', originProductNos: [Number(number)], page: 1 }
				: { orderType: 'MOD_DATE', page, size: LIST_PAGE_SIZE },
			idempotent: true,
		}),
		listField: 'contents',
		filter: byNumber ? undefined : filter,
		paginationToken: byNumber ? undefined : paginationToken,
		toResult: (content) => {
			const channel = ((content.channelProducts as IDataObject[] | undefined) ?? [])[0] ?? {};
			return {
				name: `${String(channel.name ?? 'Product')} (${content.originProductNo})`,
				value: String(content.originProductNo),
				texts: [channel.name, channel.sellerManagementCode],
			};
		},
	});
	return byNumber ? { results: found.results } : found;
}

const CHANNEL_NAMES: Record<string, string> = {
	STOREFARM: 'Smart Store',
	WINDOW: 'Shopping Window',
};

/**
 * Channel products (채널 상품), one result per channel of each product, most recently changed
 * first: digits look a channel product number up, other text matches names and seller codes.
 */
export async function searchChannelProducts(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const number = filter?.trim() ?? '';
	const byNumber = isNaverId(number);
	const page = Math.max(1, Number(paginationToken) || 1);
	const response = await naverCommerceRequest.call(this, {
		method: 'POST',
		path: '/v1/products/search',
		body: byNumber
			? { searchKeywordType: 'CHANNEL_PRODUCT_NO', channelProductNos: [Number(number)], page: 1 }
			: { orderType: 'MOD_DATE', page, size: LIST_PAGE_SIZE },
		idempotent: true,
	});
	const { entries, last } = springPage('contents')(response.body ?? {}, page);
	const results = entries
		.flatMap((content) => (content.channelProducts as IDataObject[] | undefined) ?? [])
		.filter((channel) => !byNumber || String(channel.channelProductNo) === number)
		.filter((channel) => byNumber || matches(filter, [channel.name, channel.sellerManagementCode]))
		.map((channel) => ({
			name: `${String(channel.name ?? 'Product')} – ${CHANNEL_NAMES[String(channel.channelServiceType)] ?? String(channel.channelServiceType)} (${channel.channelProductNo})`,
			value: String(channel.channelProductNo),
		}));
	return { results, paginationToken: byNumber || last ? undefined : String(page + 1) };
}

/** Customer inquiries of the last 365 days, newest first, answered or still waiting. */
function inquiriesListSearch(answered: boolean) {
	return listSearchOf({
		path: '/v1/pay-user/inquiries',
		fixed: () => {
			const now = Date.now();
			return {
				// 365 days with both ends counted: the longest period Naver answers.
				startSearchDate: formatNaverDate(now - 364 * DAY_MS),
				endSearchDate: formatNaverDate(now),
				answered: String(answered),
			};
		},
		pages: { listField: 'content', size: LIST_PAGE_SIZE },
		valueField: 'inquiryNo',
		name: (inquiry) =>
			`${String(inquiry.title ?? 'Inquiry')} – ${String(inquiry.productName ?? '')} (${inquiry.inquiryNo})`,
		texts: (inquiry) => [inquiry.title, inquiry.productName, inquiry.inquiryNo],
	});
}

/** Inquiries still waiting for an answer: what Answer picks from. */
export const searchUnansweredInquiries = inquiriesListSearch(false);

/** Inquiries with an answer: what Update Answer picks from. */
export const searchAnsweredInquiries = inquiriesListSearch(true);

/** The store's notices, newest first: what Seller Notice → Get, Update, Delete and Apply pick from. */
export const searchSellerNotices = listSearchOf({
	path: '/v1/contents/seller-notices',
	pages: { listField: 'contents', size: LIST_PAGE_SIZE },
	valueField: 'sellerNoticeId',
	name: (notice) => `${String(notice.title ?? 'Notice')} (${notice.sellerNoticeId})`,
});

/** Product questions still waiting for an answer, from the last 90 days. */
export const searchUnansweredQuestions = listSearchOf({
	path: '/v1/contents/qnas',
	fixed: () => {
		const now = Date.now();
		return {
			fromDate: formatNaverDateTime(now - 90 * DAY_MS),
			toDate: formatNaverDateTime(now),
			answered: 'false',
		};
	},
	pages: { listField: 'contents', size: LIST_PAGE_SIZE },
	valueField: 'questionId',
	name: (question) =>
		`${String(question.question ?? 'Question').slice(0, 60)} – ${String(question.productName ?? '')} (${question.questionId})`,
	texts: (question) => [question.question, question.productName, question.questionId],
});

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
		if (orderId === '' || seen.has(orderId) || !matches(filter, [orderId])) continue;
		seen.add(orderId);
		results.push({
			name: `${orderId} – ${String(change.productOrderStatus ?? change.lastChangedType ?? '')}`,
			value: orderId,
		});
	}
	const more = data.more as IDataObject | undefined;
	return { results, paginationToken: more?.moreFrom ? JSON.stringify(more) : undefined };
}
