import type { IDataObject } from 'n8n-workflow';

import { chunk } from '../helpers/batching';
import { mapInOrder, READ_CONCURRENCY } from '../helpers/concurrency';
import { naverCommerceRequest, type NaverCommerceContext } from './index';

/** Naver returns the details of at most 300 product orders per request. */
const DETAILS_BATCH_SIZE = 300;

/** One entry of POST product-orders/query: `{ order, productOrder, delivery?, cancel?, … }`. */
export type ProductOrderDetails = IDataObject & {
	productOrder?: IDataObject & { productOrderId?: string };
};

/**
 * Details of any number of product orders, 300 IDs per request (a read-only POST, so it may be
 * retried), a few requests at a time (READ_CONCURRENCY, within Naver's rate limit). Returned in
 * the order of the requests and, within each, Naver's order; IDs Naver does not know are simply
 * absent.
 */
export async function fetchProductOrderDetails(
	this: NaverCommerceContext,
	productOrderIds: string[],
	itemIndex = 0,
): Promise<ProductOrderDetails[]> {
	const pages = await mapInOrder(
		chunk(productOrderIds, DETAILS_BATCH_SIZE),
		READ_CONCURRENCY,
		async (ids) => {
			const response = await naverCommerceRequest.call(
				this,
				{
					method: 'POST',
					path: '/v1/pay-order/seller/product-orders/query',
					body: { productOrderIds: ids, quantityClaimCompatibility: true },
					idempotent: true,
				},
				itemIndex,
			);
			return ((response.body as { data?: ProductOrderDetails[] })?.data ??
				[]) as ProductOrderDetails[];
		},
	);
	return pages.flat();
}
