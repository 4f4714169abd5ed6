import type { IDataObject } from 'n8n-workflow';

import { mapInOrder, READ_CONCURRENCY } from '../helpers/concurrency';
import {
	naverCommerceRequest,
	type NaverCommerceContext,
	type NaverCommerceRequest,
} from './index';

/** What one page of a list answer held, whether it was the last, and the page count if given. */
export interface PageRead {
	entries: IDataObject[];
	last: boolean;
	/** The number of pages the answer says there are, which lets the rest be asked for at once. */
	totalPages?: number;
}

/** Reads one page's body; `page` is the number the request asked for. */
export type PageReader = (body: unknown, page: number) => PageRead;

/**
 * Entries of a list API paged by page number (from 1), up to `limit`: every numbered-page loop of
 * the package is this one. `read` says what a page holds and whether it was the last; each reader
 * treats an empty page as the last whatever the counts say, so a wrong count cannot loop. When the
 * first page tells how many there are, the pages still needed are read a few at a time (they are
 * independent reads; the transport keeps each API inside Naver's bucket) and kept in page order.
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
	const readPage = async (page: number): Promise<PageRead> => {
		const response = await naverCommerceRequest.call(
			this,
			options.request(page),
			options.itemIndex,
		);
		return options.read(response.body ?? {}, page);
	};
	const entries: IDataObject[] = [];
	const first = await readPage(1);
	entries.push(...first.entries.slice(0, options.limit));
	if (first.last || entries.length >= options.limit) return entries;

	if (first.totalPages !== undefined && first.totalPages > 1 && first.entries.length > 0) {
		const wanted = Math.ceil((options.limit - entries.length) / first.entries.length);
		const pages = Array.from(
			{ length: Math.min(first.totalPages - 1, wanted) },
			(_, index) => index + 2,
		);
		const reads = await mapInOrder(pages, READ_CONCURRENCY, readPage);
		for (const read of reads) {
			entries.push(...read.entries.slice(0, options.limit - entries.length));
			if (read.last || entries.length >= options.limit) return entries;
		}
		// The count was too low (records added meanwhile): go on one page at a time.
		return entries.concat(
			await readOneByOne(readPage, pages.length + 2, options.limit - entries.length),
		);
	}
	return entries.concat(await readOneByOne(readPage, 2, options.limit - entries.length));
}

async function readOneByOne(
	readPage: (page: number) => Promise<PageRead>,
	fromPage: number,
	limit: number,
): Promise<IDataObject[]> {
	const entries: IDataObject[] = [];
	for (let page = fromPage; entries.length < limit; page++) {
		const read = await readPage(page);
		entries.push(...read.entries.slice(0, limit - entries.length));
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
			...(typeof totalPages === 'number' ? { totalPages } : {}),
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
			...(typeof totalPages === 'number' ? { totalPages } : {}),
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
