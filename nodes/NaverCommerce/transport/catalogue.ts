import type { IDataObject } from 'n8n-workflow';

import { naverCommerceRequest, type NaverCommerceContext } from './index';
import { fetchNumberedPages, type PageReader } from './pages';

/**
 * The reads of Naver's reference data that both the Catalogue Data operations and the editor's
 * lookups (methods/catalogueSearch.ts) make.
 */

const listOf = (value: unknown): IDataObject[] => (Array.isArray(value) ? value : []);

/** Naver's categories (`{ wholeCategoryName, id, name, last }`), all of them or only the leaves. */
export async function fetchCategories(
	this: NaverCommerceContext,
	options: { leavesOnly: boolean },
	itemIndex = 0,
): Promise<IDataObject[]> {
	const response = await naverCommerceRequest.call(
		this,
		{
			method: 'GET',
			path: '/v1/categories',
			qs: options.leavesOnly ? { last: true } : {},
		},
		itemIndex,
	);
	return listOf(response.body);
}

/**
 * The top-level category (대카테고리) of a category in Naver's list of every level: the one whose
 * whole name is the first part of the category's. Undefined when the list has no such category.
 */
export function topCategoryOf(
	categories: IDataObject[],
	categoryId: string,
): IDataObject | undefined {
	const category = categories.find((entry) => String(entry.id) === categoryId);
	if (!category) return undefined;
	const topName = String(category.wholeCategoryName ?? '').split('>')[0];
	return categories.find((entry) => entry.wholeCategoryName === topName) ?? category;
}

/**
 * Naver's product information notice types (상품정보제공고시 상품군): those it recommends for a
 * top-level category, or all of them. The reference asks for a top-level ID ("입력하는 카테고리 ID는
 * 대카테고리 ID입니다") and does not say what a lower one gets, hence topCategoryOf.
 */
export async function fetchNoticeTypes(
	this: NaverCommerceContext,
	topCategoryId: string | undefined,
	itemIndex = 0,
): Promise<IDataObject[]> {
	const response = await naverCommerceRequest.call(
		this,
		{
			method: 'GET',
			path: '/v1/products-for-provided-notice',
			qs: topCategoryId ? { categoryId: topCategoryId } : {},
		},
		itemIndex,
	);
	return listOf(response.body);
}

/**
 * Naver's brand and manufacturer dictionaries (`{ id, name }`): the entries whose names match
 * `name`, which Naver requires.
 */
const DICTIONARY_PATHS = {
	brands: '/v1/product-brands',
	manufacturers: '/v1/product-manufacturers',
} as const;

export async function fetchDictionary(
	this: NaverCommerceContext,
	dictionary: keyof typeof DICTIONARY_PATHS,
	name: string,
	itemIndex = 0,
): Promise<IDataObject[]> {
	const response = await naverCommerceRequest.call(
		this,
		{ method: 'GET', path: DICTIONARY_PATHS[dictionary], qs: { name } },
		itemIndex,
	);
	return listOf(response.body);
}

/** The address book's page (`addressBooks`, `page`, `totalPage`); 100 entries a page, fixed. */
export const addressBookPage: PageReader = (body, page) => {
	const { addressBooks, totalPage } = body as { addressBooks?: unknown; totalPage?: number };
	const entries = listOf(addressBooks);
	return {
		entries,
		last: entries.length === 0 || typeof totalPage !== 'number' || page >= totalPage,
	};
};

/** The seller's address book entries, page by page, up to `limit`. */
export async function fetchAddressBooks(
	this: NaverCommerceContext,
	limit: number,
	itemIndex = 0,
): Promise<IDataObject[]> {
	return await fetchNumberedPages.call(this, {
		request: (page) => ({ method: 'GET', path: '/v1/seller/addressbooks-for-page', qs: { page } }),
		read: addressBookPage,
		limit,
		itemIndex,
	});
}

/**
 * The kinds of address book entry a product points at: where it ships from (출고지,
 * claimDeliveryInfo.shippingAddressId) and where returns and exchanges go (반품/교환지,
 * returnAddressId), a fulfilment centre's included.
 */
export const SHIPPING_ADDRESS_TYPES = ['RELEASE', 'LOGISTICS_CENTER_RELEASE'];
export const RETURN_ADDRESS_TYPES = ['REFUND_OR_EXCHANGE', 'LOGISTICS_CENTER_REFUND_OR_EXCHANGE'];

/** The origin area codes (`{ code, name }`): all of them. */
export async function fetchOriginAreas(
	this: NaverCommerceContext,
	itemIndex = 0,
): Promise<IDataObject[]> {
	const response = await naverCommerceRequest.call(
		this,
		{ method: 'GET', path: '/v1/product-origin-areas' },
		itemIndex,
	);
	return listOf((response.body as IDataObject | undefined)?.originAreaCodeNames);
}

/** The seller's return couriers (`{ id, name, returnDeliveryCompanyPriorityType }`). */
export async function fetchReturnCouriers(
	this: NaverCommerceContext,
	name: string | undefined,
	itemIndex = 0,
): Promise<IDataObject[]> {
	const response = await naverCommerceRequest.call(
		this,
		{
			method: 'GET',
			path: '/v2/product-delivery-info/return-delivery-companies',
			qs: name ? { name } : {},
		},
		itemIndex,
	);
	return listOf((response.body as IDataObject | undefined)?.returnDeliveryCompanies);
}
