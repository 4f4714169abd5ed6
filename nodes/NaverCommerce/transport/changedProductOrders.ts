import type { IDataObject } from 'n8n-workflow';

import { formatNaverDateTime } from '../helpers/naverDate';
import { splitIntoDayWindows, type DayWindow } from './dayWindows';
import { naverCommerceRequest, type NaverCommerceContext } from './index';

const CHANGES_PAGE_SIZE = 300;
const CHANGES_PATH = '/v1/pay-order/seller/product-orders/last-changed-statuses';

/** One record of GET last-changed-statuses, with Naver's field names. */
export interface ProductOrderChange extends IDataObject {
	orderId: string;
	productOrderId: string;
	lastChangedType: string;
	lastChangedDate: string;
	productOrderStatus?: string;
}

export interface ChangesPage {
	window: DayWindow;
	changes: ProductOrderChange[];
	/** Where the next page of this window starts, when Naver said there is more. */
	more?: { moreFrom: string; moreSequence: string };
}

/**
 * The `more`-cursor paging of the change feed: every change between fromMs and toMs (inclusive),
 * page by page, oldest first; each 24-hour window is followed through `more.moreFrom` /
 * `more.moreSequence` until Naver has no more. `toMs` is
 * clamped to now, since Naver refuses a lastChangedTo in the future.
 */
export async function* changedProductOrderPages(
	this: NaverCommerceContext,
	options: {
		fromMs: number;
		toMs?: number;
		lastChangedType?: string;
		pageSize?: number;
		itemIndex?: number;
	},
): AsyncGenerator<ChangesPage> {
	const toMs = Math.min(options.toMs ?? Date.now(), Date.now());
	for (const window of splitIntoDayWindows(options.fromMs, toMs)) {
		let query: IDataObject = {
			lastChangedFrom: formatNaverDateTime(window.fromMs),
			lastChangedTo: formatNaverDateTime(window.toMs),
		};
		for (;;) {
			const response = await naverCommerceRequest.call(
				this,
				{
					method: 'GET',
					path: CHANGES_PATH,
					qs: {
						...query,
						limitCount: options.pageSize ?? CHANGES_PAGE_SIZE,
						...(options.lastChangedType ? { lastChangedType: options.lastChangedType } : {}),
					},
				},
				options.itemIndex ?? 0,
			);
			const data = (
				response.body as {
					data?: { lastChangeStatuses?: ProductOrderChange[]; more?: ChangesPage['more'] };
				}
			)?.data;
			const page: ChangesPage = {
				window,
				changes: data?.lastChangeStatuses ?? [],
				more: data?.more,
			};
			yield page;
			if (!page.more?.moreFrom) break;
			query = {
				lastChangedFrom: page.more.moreFrom,
				lastChangedTo: formatNaverDateTime(window.toMs),
				moreSequence: page.more.moreSequence,
			};
		}
	}
}
