/* eslint-disable @n8n/community-nodes/require-node-api-error -- Node-side code (tests, emulator, tooling), not run inside n8n */
/**
 * The reference data a seller needs to create products (상품 등록 기준 정보), with the rules of
 * Naver's reference:
 *
 * - categories: all of them or only the leaves (`last=true`), one category with its exceptions and
 *   certifications, the children of one (a leaf has none);
 * - the attributes of a category and their values (a parent category has none);
 * - notice types (상품정보제공고시): all, those recommended for a top-level category (대카테고리,
 *   the only level the reference accepts), or one;
 * - origin area codes: all, by code or name ("마지막 항목으로 조회하면 LIKE '마지막항목%'"), the
 *   codes under one;
 * - brands and manufacturers by name (required);
 * - the seller's address book, 100 a page (seller API group), one entry by number;
 * - delivery bundle groups, paged (size ≤ 100, default 50), by name prefix, base group and use;
 * - return couriers, by name prefix.
 *
 * Errors follow each group's envelope: the product APIs `{code, message, invalidInputs?,
 * timestamp}` with BAD_REQUEST / NOT_FOUND; the seller APIs `{code, message, timestamp,
 * traceId}` with GENERAL_ERROR and the 403/404 codes their page lists.
 */
import {
	attributesOf,
	attributeValuesOf,
	BRANDS,
	CATEGORIES,
	categoryById,
	certificationInfosOf,
	exceptionalCategoriesOf,
	MANUFACTURERS,
	ORIGIN_AREAS,
	parentOriginAreaCode,
	seedAddressBook,
	seedBundleGroups,
	seedReturnCouriers,
	subCategoriesOf,
	type AddressBookEntry,
	type Category,
	type DeliveryBundleGroup,
	type NamedId,
	type ReturnCourier,
} from '../catalogueData';
import { formatKst } from '../kst';
import { PROVIDED_NOTICE_TYPES, RECOMMENDED_NOTICE_TYPES } from '../providedNoticeData';
import type { ApiRequest, HttpReply, RouteModule } from '../server';
import type { Store } from '../store';

/** GET /v1/seller/addressbooks-for-page: "페이지당 데이터 개수는 100개로 고정되어 있습니다." */
export const ADDRESS_BOOK_PAGE_SIZE = 100;
/** GET /v1/product-delivery-info/bundle-groups: "페이지당 100건까지", default 50. */
export const BUNDLE_GROUP_MAX_SIZE = 100;
export const BUNDLE_GROUP_DEFAULT_SIZE = 50;

/** A request one of these routes received, so tests can check what the node sent. */
export interface CatalogueRequest {
	route: string;
	path: string;
	query: Record<string, string[]>;
}

/** The seller's settings an emulator serves (tests may change them) and what it received. */
export interface CatalogueState {
	addressBook: AddressBookEntry[];
	bundleGroups: DeliveryBundleGroup[];
	returnCouriers: ReturnCourier[];
	requests: CatalogueRequest[];
	/** Puts the seeded settings back and forgets the requests. */
	reset(): void;
}

// The Store type belongs to the shared emulator; this module keeps its own data beside it.
const STATES = new WeakMap<Store, CatalogueState>();

export function catalogueStateOf(store: Store): CatalogueState {
	const state = STATES.get(store);
	if (!state) throw new Error('This store has no catalogue routes');
	return state;
}

type InvalidInput = { name: string; type: string; message: string };

class ProductApiError extends Error {
	constructor(
		readonly status: number,
		readonly code: 'BAD_REQUEST' | 'NOT_FOUND',
		message: string,
		readonly invalidInputs?: InvalidInput[],
	) {
		super(message);
	}
}

const badRequest = (name: string, type: string, message: string) =>
	new ProductApiError(400, 'BAD_REQUEST', '잘못된 요청입니다.', [{ name, type, message }]);

/** A query value, or undefined when it is absent or blank. */
function given(query: URLSearchParams, name: string): string | undefined {
	const value = query.get(name);
	return value === null || value.trim() === '' ? undefined : value.trim();
}

function required(query: URLSearchParams, name: string): string {
	const value = given(query, name);
	if (value === undefined) throw badRequest(name, 'NotBlank', `${name}은(는) 필수입니다.`);
	return value;
}

/** An optional integer query value within [min, max], defaulting to `fallback`. */
function integer(
	query: URLSearchParams,
	name: string,
	fallback: number,
	range: { min: number; max?: number },
	fail: (type: string, message: string) => Error,
): number {
	const text = given(query, name);
	if (text === undefined) return fallback;
	if (!/^-?\d+$/.test(text)) throw fail('typeMismatch', `${name}은(는) 숫자여야 합니다.`);
	const value = Number(text);
	if (value < range.min) throw fail('Min', `${name}은(는) ${range.min} 이상이어야 합니다.`);
	if (range.max !== undefined && value > range.max) {
		throw fail('Max', `${name}은(는) ${range.max} 이하여야 합니다.`);
	}
	return value;
}

function optionalBoolean(query: URLSearchParams, name: string): boolean | undefined {
	const text = given(query, name);
	if (text === undefined) return undefined;
	if (text !== 'true' && text !== 'false') {
		throw badRequest(name, 'typeMismatch', `${name}은(는) true 또는 false여야 합니다.`);
	}
	return text === 'true';
}

// --- categories -------------------------------------------------------------------------------

function findCategory(id: string): Category {
	const category = categoryById(id.trim());
	if (!category) {
		throw new ProductApiError(404, 'NOT_FOUND', `카테고리(${id})가 존재하지 않습니다.`);
	}
	return category;
}

/** A category as the lists show it: the four fields every entry has. */
const categoryEntry = ({ wholeCategoryName, id, name, last }: Category) => ({
	wholeCategoryName,
	id,
	name,
	last,
});

function categoryRecord(category: Category) {
	return {
		...categoryEntry(category),
		exceptionalCategories: exceptionalCategoriesOf(category),
		certificationInfos: certificationInfosOf(category),
	};
}

/** The category a `categoryId` query names (required, and it must exist). */
function queriedCategory(query: URLSearchParams): Category {
	return findCategory(required(query, 'categoryId'));
}

// --- notice types -----------------------------------------------------------------------------

function noticeTypesFor(query: URLSearchParams): HttpReply {
	const categoryId = given(query, 'categoryId');
	if (categoryId === undefined) return { status: 200, body: PROVIDED_NOTICE_TYPES };
	const category = findCategory(categoryId);
	// "입력하는 카테고리 ID는 대카테고리 ID입니다": a category below the top level is refused.
	if (category.parentId !== undefined) {
		throw badRequest(
			'categoryId',
			'Invalid',
			`대카테고리 ID를 입력해 주세요. (${category.wholeCategoryName})`,
		);
	}
	const recommended = [...(RECOMMENDED_NOTICE_TYPES[category.name] ?? []), 'ETC'];
	return {
		status: 200,
		body: PROVIDED_NOTICE_TYPES.filter((type) =>
			recommended.includes(type.productInfoProvidedNoticeType),
		),
	};
}

/** Types in the reference's enum that it documents no fields for (see providedNoticeData.ts). */
const TYPES_WITHOUT_FIELDS = [
	'LODGMENT_RESERVATION',
	'TRAVEL_PACKAGE',
	'AIRLINE_TICKET',
	'RENT_CAR',
];

function noticeType(type: string): HttpReply {
	const found = PROVIDED_NOTICE_TYPES.find(
		(candidate) => candidate.productInfoProvidedNoticeType === type,
	);
	if (found) return { status: 200, body: found };
	// Outside the enum, the path cannot be bound: a 400 as the contract gives it. The four types
	// without documented fields are not served.
	if (!TYPES_WITHOUT_FIELDS.includes(type)) {
		throw badRequest(
			'productInfoProvidedNoticeType',
			'typeMismatch',
			`허용되지 않은 값입니다: ${type}`,
		);
	}
	throw new ProductApiError(404, 'NOT_FOUND', `상품정보제공고시 상품군(${type}) 정보가 없습니다.`);
}

// --- origin areas -----------------------------------------------------------------------------

const normalizedPath = (text: string) => text.replace(/\s*>\s*/g, '>').trim();

/**
 * GET /v1/product-origin-areas/query: a code looks that code up ("원산지 코드를 입력한 경우 다른
 * 검색 조건은 무시합니다"); a whole name ("광역시도 > 시구군", "대륙 > 국가명") matches it whole; one
 * word matches the last part of names: "LIKE '마지막항목%'". One of the two is required.
 */
function queryOriginAreas(query: URLSearchParams): HttpReply {
	const code = given(query, 'code');
	const name = given(query, 'name');
	if (code === undefined && name === undefined) {
		throw new ProductApiError(400, 'BAD_REQUEST', '잘못된 요청입니다.', [
			{ name: 'name', type: 'NotBlank', message: 'name 또는 code 중 하나는 필수입니다.' },
			{ name: 'code', type: 'NotBlank', message: 'name 또는 code 중 하나는 필수입니다.' },
		]);
	}
	let matches;
	if (code !== undefined) {
		matches = ORIGIN_AREAS.filter((area) => area.code === code);
	} else {
		const wanted = normalizedPath(name!);
		matches = wanted.includes('>')
			? ORIGIN_AREAS.filter((area) => area.name === wanted)
			: ORIGIN_AREAS.filter((area) => area.name.split('>').pop()!.startsWith(wanted));
	}
	return { status: 200, body: { originAreaCodeNames: matches } };
}

/** The codes one level below `code`, or the top-level codes when none is given. */
function subOriginAreas(query: URLSearchParams): HttpReply {
	const code = given(query, 'code');
	if (code !== undefined && !ORIGIN_AREAS.some((area) => area.code === code)) {
		throw new ProductApiError(404, 'NOT_FOUND', `원산지 코드(${code})가 존재하지 않습니다.`);
	}
	return {
		status: 200,
		body: {
			subOriginAreaCodeNames: ORIGIN_AREAS.filter(
				(area) => parentOriginAreaCode(area.code) === code,
			),
		},
	};
}

// --- brands, manufacturers, return couriers -----------------------------------------------------

/**
 * Names containing the text, ignoring case, those starting with it first. The reference says only
 * "검색할 브랜드 이름"; how it matches is not documented.
 */
function byName(list: readonly NamedId[], query: URLSearchParams): HttpReply {
	const text = required(query, 'name').toLowerCase();
	const containing = list.filter((entry) => entry.name.toLowerCase().includes(text));
	return {
		status: 200,
		body: [
			...containing.filter((entry) => entry.name.toLowerCase().startsWith(text)),
			...containing.filter((entry) => !entry.name.toLowerCase().startsWith(text)),
		],
	};
}

/** "LIKE '반품/교환 택배사명%'": the couriers whose name starts with the text; all without one. */
function returnCouriers(state: CatalogueState, query: URLSearchParams): HttpReply {
	const name = given(query, 'name');
	return {
		status: 200,
		body: {
			returnDeliveryCompanies: state.returnCouriers.filter(
				(courier) => name === undefined || courier.name.startsWith(name),
			),
		},
	};
}

// --- delivery bundle groups -------------------------------------------------------------------

function bundleGroups(state: CatalogueState, query: URLSearchParams): HttpReply {
	const fail = (name: string) => (type: string, message: string) => badRequest(name, type, message);
	const page = integer(query, 'page', 1, { min: 1 }, fail('page'));
	const size = integer(
		query,
		'size',
		BUNDLE_GROUP_DEFAULT_SIZE,
		{ min: 1, max: BUNDLE_GROUP_MAX_SIZE },
		fail('size'),
	);
	const name = given(query, 'name')?.toLowerCase();
	const baseGroup = optionalBoolean(query, 'baseGroup');
	const usable = optionalBoolean(query, 'usable');
	// "LIKE '묶음배송 그룹 이름%'", in the order the groups were made.
	const matching = state.bundleGroups
		.filter(
			(group) =>
				(name === undefined || group.name.toLowerCase().startsWith(name)) &&
				(baseGroup === undefined || group.baseGroup === baseGroup) &&
				(usable === undefined || group.usable === usable),
		)
		.sort((a, b) => a.id - b.id);
	const totalPages = Math.ceil(matching.length / size);
	return {
		status: 200,
		body: {
			contents: matching.slice((page - 1) * size, page * size),
			page,
			size,
			totalElements: matching.length,
			totalPages,
			sort: { sorted: true, fields: [{ name: 'id', direction: 'ASC' }] },
			first: page === 1,
			last: page >= totalPages,
		},
	};
}

// --- the address book (seller API group) ------------------------------------------------------

export const catalogueRoutes: RouteModule = ({ store, now }) => {
	const state: CatalogueState = {
		addressBook: seedAddressBook(),
		bundleGroups: seedBundleGroups(),
		returnCouriers: seedReturnCouriers(),
		requests: [],
		reset() {
			this.addressBook = seedAddressBook();
			this.bundleGroups = seedBundleGroups();
			this.returnCouriers = seedReturnCouriers();
			this.requests = [];
		},
	};
	STATES.set(store, state);
	let sellerTraces = 0;

	/**
	 * A seller-group error: its page documents a traceId in the body, which the route's answer
	 * carries itself, the same in the GNCP-GW-Trace-ID header.
	 */
	const sellerError = (status: number, code: string, message: string): HttpReply => {
		sellerTraces += 1;
		const traceId = `emu-catalogue-${sellerTraces}^${now()}`;
		return {
			status,
			body: { code, message, timestamp: formatKst(now()), traceId },
			headers: { 'GNCP-GW-Trace-ID': traceId },
		};
	};

	const addressBookPage = (query: URLSearchParams): HttpReply => {
		const text = given(query, 'page');
		// "조회하는 페이지 번호(1~N)": anything else is refused as the group's one 400 code.
		if (text !== undefined && (!/^\d+$/.test(text) || Number(text) < 1)) {
			return sellerError(400, 'GENERAL_ERROR', '페이지 번호는 1 이상의 숫자여야 합니다.');
		}
		const page = text === undefined ? 1 : Number(text);
		const entries = state.addressBook;
		return {
			status: 200,
			body: {
				addressBooks: entries.slice(
					(page - 1) * ADDRESS_BOOK_PAGE_SIZE,
					page * ADDRESS_BOOK_PAGE_SIZE,
				),
				page,
				totalPage: Math.ceil(entries.length / ADDRESS_BOOK_PAGE_SIZE),
			},
		};
	};

	const addressBookEntry = (numberText: string): HttpReply => {
		if (!/^\d+$/.test(numberText)) {
			return sellerError(400, 'GENERAL_ERROR', '주소록 번호는 숫자여야 합니다.');
		}
		const found = state.addressBook.find((entry) => String(entry.addressBookNo) === numberText);
		// The page lists no "not found" code for an address book entry: a number that is not one of
		// the seller's is an entry the caller cannot reach, 403 RESOURCE_NOT_AVAILABLE (접근할 수
		// 없는 자원).
		if (!found) {
			return sellerError(
				403,
				'RESOURCE_NOT_AVAILABLE',
				`주소록(${numberText})에 접근할 수 없습니다.`,
			);
		}
		return { status: 200, body: found };
	};

	/** Records the request and turns a ProductApiError into the product group's envelope. */
	const handle =
		(route: string, action: (request: ApiRequest, match: RegExpMatchArray) => HttpReply) =>
		(request: ApiRequest, match: RegExpMatchArray): HttpReply => {
			const query: Record<string, string[]> = {};
			for (const key of new Set(request.query.keys())) query[key] = request.query.getAll(key);
			state.requests.push({ route, path: request.path, query });
			try {
				return action(request, match);
			} catch (error) {
				if (!(error instanceof ProductApiError)) throw error;
				return {
					status: error.status,
					body: {
						code: error.code,
						message: error.message,
						...(error.invalidInputs ? { invalidInputs: error.invalidInputs } : {}),
						timestamp: formatKst(now()),
					},
				};
			}
		};
	const route = (
		pattern: RegExp,
		name: string,
		action: (request: ApiRequest, match: RegExpMatchArray) => HttpReply,
	) => ({ method: 'GET', pattern, name, handler: handle(name, action) });

	return [
		route(/^\/v1\/categories$/, 'catalogue.categories', (request) => {
			const leavesOnly = optionalBoolean(request.query, 'last') === true;
			return {
				status: 200,
				body: CATEGORIES.filter((category) => !leavesOnly || category.last).map(categoryEntry),
			};
		}),
		route(/^\/v1\/categories\/([^/]+)$/, 'catalogue.category', (_request, match) => ({
			status: 200,
			body: categoryRecord(findCategory(decodeURIComponent(match[1]))),
		})),
		route(
			/^\/v1\/categories\/([^/]+)\/sub-categories$/,
			'catalogue.subCategories',
			(_request, match) => ({
				status: 200,
				body: subCategoriesOf(findCategory(decodeURIComponent(match[1])).id).map(categoryEntry),
			}),
		),
		route(/^\/v1\/product-attributes\/attributes$/, 'catalogue.attributes', (request) => ({
			status: 200,
			body: attributesOf(queriedCategory(request.query)),
		})),
		route(
			/^\/v1\/product-attributes\/attribute-values$/,
			'catalogue.attributeValues',
			(request) => ({ status: 200, body: attributeValuesOf(queriedCategory(request.query)) }),
		),
		route(/^\/v1\/products-for-provided-notice$/, 'catalogue.noticeTypes', (request) =>
			noticeTypesFor(request.query),
		),
		route(/^\/v1\/products-for-provided-notice\/([^/]+)$/, 'catalogue.noticeType', (_r, match) =>
			noticeType(decodeURIComponent(match[1])),
		),
		route(/^\/v1\/product-origin-areas$/, 'catalogue.originAreas', () => ({
			status: 200,
			body: { originAreaCodeNames: ORIGIN_AREAS },
		})),
		route(/^\/v1\/product-origin-areas\/query$/, 'catalogue.originAreasQuery', (request) =>
			queryOriginAreas(request.query),
		),
		route(/^\/v1\/product-origin-areas\/sub-origin-areas$/, 'catalogue.subOriginAreas', (request) =>
			subOriginAreas(request.query),
		),
		route(/^\/v1\/product-brands$/, 'catalogue.brands', (request) => byName(BRANDS, request.query)),
		route(/^\/v1\/product-manufacturers$/, 'catalogue.manufacturers', (request) =>
			byName(MANUFACTURERS, request.query),
		),
		route(/^\/v1\/seller\/addressbooks-for-page$/, 'catalogue.addressBooks', (request) =>
			addressBookPage(request.query),
		),
		route(/^\/v1\/seller\/addressbooks\/([^/]+)$/, 'catalogue.addressBook', (_request, match) =>
			addressBookEntry(decodeURIComponent(match[1])),
		),
		route(/^\/v1\/product-delivery-info\/bundle-groups$/, 'catalogue.bundleGroups', (request) =>
			bundleGroups(state, request.query),
		),
		route(
			/^\/v2\/product-delivery-info\/return-delivery-companies$/,
			'catalogue.returnCouriers',
			(request) => returnCouriers(state, request.query),
		),
	];
};
