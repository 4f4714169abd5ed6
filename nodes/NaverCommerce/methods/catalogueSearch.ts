import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchItems,
	INodeListSearchResult,
} from 'n8n-workflow';

import { naverCommerceRequest } from '../transport';
import {
	fetchAddressBooks,
	fetchCategories,
	fetchDictionary,
	fetchOriginAreas,
	fetchReturnCouriers,
	RETURN_ADDRESS_TYPES,
	SHIPPING_ADDRESS_TYPES,
} from '../transport/catalogue';
import { springPage } from '../transport/pages';

/**
 * The "From List" lookups of Naver's reference data and of the seller's settings, for the fields
 * of Catalogue Data and Product → Create. Lists Naver answers whole (categories, origin areas,
 * the address book, return couriers) are filtered here and shown 100 at a time; the typed filter
 * is split into words, each of which must appear (ignoring case, and spaces around ">"), so
 * "여성 티셔츠" finds 패션의류>여성의류>티셔츠.
 */

const RESULTS_PER_PAGE = 100;
/** Naver's largest page of delivery bundle groups. */
const BUNDLE_GROUP_PAGE_SIZE = 100;

const normalized = (text: unknown) =>
	String(text ?? '')
		.toLowerCase()
		.replace(/\s*>\s*/g, '>')
		.trim();

/** The filter's words: all must appear in one of the texts. */
function matcher(filter: string | undefined): (texts: unknown[]) => boolean {
	const words = normalized(filter).split(/\s+/).filter(Boolean);
	return (texts) => {
		const haystack = texts.map(normalized).join('\n');
		return words.every((word) => haystack.includes(word));
	};
}

/** One page of results already filtered here; the token is the offset of the next page. */
function localPage(
	results: INodeListSearchItems[],
	paginationToken?: string,
): INodeListSearchResult {
	const offset = Math.max(0, Number(paginationToken) || 0);
	const next = offset + RESULTS_PER_PAGE;
	return {
		results: results.slice(offset, next),
		paginationToken: next < results.length ? String(next) : undefined,
	};
}

async function searchCategoryList(
	this: ILoadOptionsFunctions,
	options: { leavesOnly: boolean; keep?: (category: IDataObject) => boolean },
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const matches = matcher(filter);
	const lastWord = normalized(filter).split(/\s+/).filter(Boolean).pop() ?? '';
	const categories = (await fetchCategories.call(this, { leavesOnly: options.leavesOnly })).filter(
		(category) =>
			(options.keep?.(category) ?? true) && matches([category.wholeCategoryName, category.id]),
	);
	// Categories named as typed come first: "티셔츠" lists the 티셔츠 leaves before 티셔츠 variants.
	const rank = (category: IDataObject) => {
		const name = normalized(category.name);
		return name === lastWord ? 0 : name.startsWith(lastWord) ? 1 : 2;
	};
	const ranked = categories
		.map((category, index) => ({ category, index, rank: rank(category) }))
		.sort((a, b) => a.rank - b.rank || a.index - b.index)
		.map(({ category }) => ({
			name: String(category.wholeCategoryName ?? category.name ?? category.id),
			value: String(category.id),
		}));
	return localPage(ranked, paginationToken);
}

/**
 * Leaf categories (리프 카테고리), the only ones a product can be created in, shown by their whole
 * name (패션의류>여성의류>티셔츠); the value is the category ID. Text or an ID narrows the list.
 */
export async function searchLeafCategories(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await searchCategoryList.call(this, { leavesOnly: true }, filter, paginationToken);
}

/** Categories of every level, by their whole name; the value is the category ID. */
export async function searchCategories(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await searchCategoryList.call(this, { leavesOnly: false }, filter, paginationToken);
}

/** Categories that have sub-categories (not leaves), by their whole name. */
export async function searchParentCategories(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await searchCategoryList.call(
		this,
		{ leavesOnly: false, keep: (category) => category.last !== true },
		filter,
		paginationToken,
	);
}

/**
 * Origin area codes (원산지 코드), shown with their path from the top (수입산 > 아시아 > 중국) and
 * code; the value is the code (originAreaCode). Text or digits of a code narrow the list.
 */
export async function searchOriginAreas(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const areas = await fetchOriginAreas.call(this);
	const nameOf = new Map(areas.map((area) => [String(area.code), String(area.name ?? '')]));
	// A detailed name leaves out the levels above it ("아시아>중국" under 02 수입산); the path shown
	// puts the missing ones in front, found by the code's first digits.
	const pathOf = (code: string, name: string) => {
		const parts = name.split('>').map((part) => part.trim());
		for (let length = code.length - 1; length >= 2; length--) {
			const above = nameOf.get(code.slice(0, length));
			if (above !== undefined && !parts.includes(above)) parts.unshift(above);
		}
		return parts.join(' > ');
	};
	const matches = matcher(filter);
	const results = areas
		.map((area) => {
			const code = String(area.code);
			return { code, path: pathOf(code, String(area.name ?? '')) };
		})
		.filter(({ code, path }) => matches([path, code]))
		.map(({ code, path }) => ({ name: `${path} (${code})`, value: code }));
	return localPage(results, paginationToken);
}

/** Brands of Naver's brand dictionary matching the typed name; the value is the brand ID. */
export async function searchBrands(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	return await searchDictionary.call(this, 'brands', filter, (brand) => ({
		name: `${String(brand.name)} (${brand.id})`,
		value: String(brand.id),
	}));
}

/**
 * Manufacturers of Naver's dictionary matching the typed name; the value is the name, which is
 * what a product gives (manufacturerName).
 */
export async function searchManufacturers(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	return await searchDictionary.call(this, 'manufacturers', filter, (maker) => ({
		name: String(maker.name),
		value: String(maker.name),
	}));
}

/** Naver requires a name to search by: until something is typed there is nothing to show. */
async function searchDictionary(
	this: ILoadOptionsFunctions,
	dictionary: Parameters<typeof fetchDictionary>[0],
	filter: string | undefined,
	toResult: (entry: IDataObject) => INodeListSearchItems,
): Promise<INodeListSearchResult> {
	const name = filter?.trim() ?? '';
	if (name === '') return { results: [] };
	return { results: (await fetchDictionary.call(this, dictionary, name)).map(toResult) };
}

const ADDRESS_TYPE_LABELS: Record<string, string> = {
	REPRESENTATIVE: '사업장',
	BUSINESS: '추가 사업장',
	GENERAL: '일반',
	RELEASE: '출고지',
	REFUND_OR_EXCHANGE: '반품/교환지',
	LOGISTICS_CENTER_RELEASE: '물류센터 출고지',
	LOGISTICS_CENTER_REFUND_OR_EXCHANGE: '물류센터 반품/교환지',
	OVERSEAS_BANK: '해외 정산 계좌 은행',
};

/**
 * Address book entries of the given types (all when undefined). The whole book is read (100 a
 * page, as Naver fixes it), since Naver filters none and a kind may sit on any page.
 */
async function searchAddressBook(
	this: ILoadOptionsFunctions,
	types: string[] | undefined,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const matches = matcher(filter);
	const results = (await fetchAddressBooks.call(this, Infinity))
		.filter((entry) => !types || types.includes(String(entry.addressType)))
		.filter((entry) => matches([entry.name, entry.address, entry.addressBookNo, entry.postalCode]))
		.map((entry) => {
			const type = String(entry.addressType);
			const label =
				!types || type.startsWith('LOGISTICS_CENTER_')
					? ` · ${ADDRESS_TYPE_LABELS[type] ?? type}`
					: '';
			return {
				name: `${String(entry.name ?? '')}${label} – ${String(entry.address ?? '')} (${entry.addressBookNo})`,
				value: String(entry.addressBookNo),
			};
		});
	return localPage(results, paginationToken);
}

/** Every entry of the seller's address book (주소록), with its type; the value is addressBookNo. */
export async function searchAddressBooks(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await searchAddressBook.call(this, undefined, filter, paginationToken);
}

/**
 * Shipping addresses (출고지: RELEASE and a fulfilment centre's LOGISTICS_CENTER_RELEASE) from the
 * seller's address book; the value is addressBookNo, what a product gives as shippingAddressId.
 */
export async function searchShippingAddresses(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await searchAddressBook.call(this, SHIPPING_ADDRESS_TYPES, filter, paginationToken);
}

/**
 * Return and exchange addresses (반품/교환지: REFUND_OR_EXCHANGE and a fulfilment centre's
 * LOGISTICS_CENTER_REFUND_OR_EXCHANGE); the value is addressBookNo, a product's returnAddressId.
 */
export async function searchReturnAddresses(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await searchAddressBook.call(this, RETURN_ADDRESS_TYPES, filter, paginationToken);
}

/**
 * The delivery bundle groups in use (묶음배송 그룹), a page of Naver's list at a time (the token
 * is the next page's number); the value is the group's ID, a product's deliveryBundleGroupId.
 */
export async function searchDeliveryBundleGroups(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const page = Math.max(1, Number(paginationToken) || 1);
	const response = await naverCommerceRequest.call(this, {
		method: 'GET',
		path: '/v1/product-delivery-info/bundle-groups',
		qs: { usable: true, page, size: BUNDLE_GROUP_PAGE_SIZE },
	});
	const { entries, last } = springPage('contents')(response.body ?? {}, page);
	const matches = matcher(filter);
	const results = entries
		.filter((group) => matches([group.name, group.id]))
		.map((group) => ({
			name: `${String(group.name ?? '')}${group.baseGroup === true ? ' · 기본 그룹' : ''} (${group.id})`,
			value: String(group.id),
		}));
	return { results, paginationToken: last ? undefined : String(page + 1) };
}

/**
 * The return couriers the seller has contracts with (반품/교환 택배사). A product names its return
 * courier by priority, so the value is returnDeliveryCompanyPriorityType (PRIMARY, SECONDARY_1, …).
 */
export async function searchReturnCouriers(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const matches = matcher(filter);
	const results = (await fetchReturnCouriers.call(this, undefined))
		.filter((courier) => matches([courier.name, courier.returnDeliveryCompanyPriorityType]))
		.map((courier) => {
			const priority = String(courier.returnDeliveryCompanyPriorityType ?? '');
			return {
				name: `${String(courier.name ?? '')} (${priority === 'PRIMARY' ? '기본 반품 택배사' : priority})`,
				value: priority,
			};
		});
	return { results };
}
