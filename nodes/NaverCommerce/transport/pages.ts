import type { IDataObject } from 'n8n-workflow';

import {
	naverCommerceRequest,
	type NaverCommerceContext,
	type NaverCommerceRequest,
} from './index';

/** A page of a Spring-style list answer (`content` or `contents`, `last`, `totalPages`). */
export interface SpringPage {
	content?: IDataObject[];
	contents?: IDataObject[];
	last?: boolean;
	totalPages?: number;
}

/**
 * Entries of a list API paged by page number (from 1), up to `limit`: the inquiry, Q&A and similar
 * APIs answer Spring pages. `last` and `totalPages` end the paging; an empty page ends it whatever
 * they say, so a wrong count cannot loop.
 */
export async function fetchSpringPages(
	this: NaverCommerceContext,
	options: {
		request: (page: number) => NaverCommerceRequest;
		/** Which list field the API uses. */
		listField: 'content' | 'contents';
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
		const body = (response.body ?? {}) as SpringPage;
		const list = body[options.listField];
		const pageEntries = Array.isArray(list) ? list : [];
		entries.push(...pageEntries.slice(0, options.limit - entries.length));
		const lastPage =
			body.last === true ||
			pageEntries.length === 0 ||
			(typeof body.totalPages === 'number' && page >= body.totalPages);
		if (lastPage) break;
	}
	return entries;
}
