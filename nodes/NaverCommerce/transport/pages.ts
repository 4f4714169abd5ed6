import type { IDataObject } from 'n8n-workflow';

import {
	naverCommerceRequest,
	type NaverCommerceContext,
	type NaverCommerceRequest,
} from './index';

/** What one page of a list answer held, and whether it was the last. */
export interface PageRead {
	entries: IDataObject[];
	last: boolean;
}

/** Reads one page's body; `page` is the number the request asked for. */
export type PageReader = (body: unknown, page: number) => PageRead;

/**
 * Entries of a list API paged by page number (from 1), up to `limit`: every numbered-page loop of
 * the package is this one. `read` says what a page holds and whether it was the last; each reader
 * treats an empty page as the last whatever the counts say, so a wrong count cannot loop.
 */
export async function fetchNumberedPages(
	this: NaverCommerceContext,
	options: {
		request: (page: number) => NaverCommerceRequest;
		read: PageReader;
		limit: number;
		itemIndex: number;
	},
): Promise<IDataObject[]> {
	const entries: IDataObject[] = [];
	for (let page = 1; entries.length < options.limit; page++) {
		const response = await naverCommerceRequest.call(
			this,
			options.request(page),
			options.itemIndex,
		);
		const read = options.read(response.body ?? {}, page);
		entries.push(...read.entries.slice(0, options.limit - entries.length));
		if (read.last) break;
	}
	return entries;
}

const listOf = (value: unknown): IDataObject[] => (Array.isArray(value) ? value : []);

/**
 * A Spring page (`content` or `contents`, `last`, `totalPages`): customer inquiries, product Q&A
 * and the product search answer with one.
 */
export function springPage(listField: 'content' | 'contents'): PageReader {
	return (body, page) => {
		const { last, totalPages } = body as { last?: boolean; totalPages?: number };
		const entries = listOf((body as IDataObject)[listField]);
		return {
			entries,
			last:
				last === true ||
				entries.length === 0 ||
				(typeof totalPages === 'number' && page >= totalPages),
		};
	};
}

/**
 * A pay-settle page (`elements`, `pagination.totalPages`): totalPages ends the paging; without it
 * a page shorter than `pageSize` does.
 */
export function settlementPage(pageSize: number): PageReader {
	return (body, page) => {
		const elements = listOf((body as IDataObject).elements);
		const totalPages = ((body as IDataObject).pagination as IDataObject | undefined)?.totalPages;
		return {
			entries: elements,
			last:
				elements.length === 0 ||
				(typeof totalPages === 'number' ? page >= totalPages : elements.length < pageSize),
		};
	};
}

/**
 * A pay-order page (`data.contents` of `{ productOrderId, content }`, `data.pagination.hasNext`):
 * the conditional product-order search. Each entry is the product order's details with its ID.
 */
export const payOrderPage: PageReader = (body) => {
	const data = (body as { data?: IDataObject }).data ?? {};
	const contents = listOf(data.contents) as Array<{
		productOrderId?: string;
		content?: IDataObject;
	}>;
	return {
		entries: contents.map((entry) => ({ productOrderId: entry.productOrderId, ...entry.content })),
		last: contents.length === 0 || (data.pagination as IDataObject | undefined)?.hasNext !== true,
	};
};
