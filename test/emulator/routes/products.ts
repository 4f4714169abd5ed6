/* eslint-disable @n8n/community-nodes/require-node-api-error -- Node-side code (tests, emulator, tooling), not run inside n8n */
/**
 * Products (상품): search, read, sale status, option stock and full update, with the rules of
 * Naver's product API group as its reference documents them:
 *
 * - responses are plain JSON (no { timestamp, traceId, data } wrapper); errors are
 *   `{ code: 'BAD_REQUEST' | 'NOT_FOUND', message, invalidInputs?, timestamp }`;
 * - search pages are 1-based, `size` defaults to 50 and may not exceed 500; the keyword type
 *   decides which number list (or the seller code) filters the search;
 * - change-status allows SALE → OUTOFSTOCK (stock becomes 0), SUSPENSION/OUTOFSTOCK → SALE (stock
 *   required from OUTOFSTOCK) and SALE/OUTOFSTOCK/WAIT → SUSPENSION; a product with no stock stays
 *   OUTOFSTOCK unless it is SUSPENSION;
 * - option-stock saves an omitted `stockQuantity` or `price` of a listed option as 0 and an
 *   omitted `usable` as true – the trap the node has to avoid;
 * - the full update replaces the product: options left out are removed, and it accepts only SALE
 *   or SUSPENSION as the status; what Naver manages and the PUT cannot carry (catalogue matching,
 *   promotions, fashion models' details, the window's display status, a rental's terms) stays;
 *   an option keeps the id it is sent with, one sent without is found by its option values or
 *   numbered as new (numberUpdatedOptions), so option-stock can always name it;
 * - both writes answer with the product numbers and the whole product as it is after the write.
 *
 * What the seeded products carry beyond their basics, by kind, is in ../productRecords.ts.
 *
 * The catalogue lives beside the shared store (see `productCatalogue`), so tests can read and
 * reset it and see exactly which bodies the node sent.
 */
import { formatKst } from '../kst';
import {
	enrichProducts,
	keepNaverManagedFields,
	kindCategoryName,
	summaryBenefits,
	withWriteOnlyFields,
} from '../productRecords';
import type { ApiRequest, HttpReply, RouteModule } from '../server';
import { seededRandom, type Store } from '../store';

export const SEARCH_MAX_SIZE = 500;
export const SEARCH_DEFAULT_SIZE = 50;
export const PRODUCT_COUNT = 1234;
const MAX_STOCK = 99_999_999;
const MAX_PRICE = 999_999_990;

export const PRODUCT_STATUS_TYPES = [
	'WAIT',
	'SALE',
	'OUTOFSTOCK',
	'UNADMISSION',
	'REJECTION',
	'SUSPENSION',
	'CLOSE',
	'PROHIBITION',
	'DELETE',
] as const;
const SEARCH_KEYWORD_TYPES = [
	'CHANNEL_PRODUCT_NO',
	'PRODUCT_NO',
	'GROUP_PRODUCT_NO',
	'SELLER_CODE',
];
const PERIOD_TYPES = ['PROD_REG_DAY', 'SALE_START_DAY', 'SALE_END_DAY', 'PROD_MOD_DAY'];
const ORDER_TYPES = [
	'NO',
	'NAME',
	'SELLER_CODE',
	'LOW_PRICE',
	'HIGH_PRICE',
	'REG_DATE',
	'MOD_DATE',
	'SALE_START',
	'SALE_END',
	'POPULARITY',
	'ACCUMULATE_SALE',
	'LOW_DISCOUNT_PRICE',
	'TOTAL_REVIEW_COUNT',
	'AVERAGE_REVIEW_SCORE',
];

/** A standard option (표준형 옵션): colours and sizes from Naver's category standard, no price. */
export interface OptionStandard {
	id: number;
	optionName1: string;
	optionName2?: string;
	stockQuantity: number;
	usable: boolean;
	sellerManagerCode?: string;
}

export interface OptionCombination {
	id: number;
	optionName1: string;
	optionName2?: string;
	stockQuantity: number;
	price: number;
	usable: boolean;
	sellerManagerCode?: string;
}

export interface OriginProduct {
	statusType: string;
	saleType: string;
	leafCategoryId: string;
	name: string;
	detailContent: string;
	images: { representativeImage: { url: string }; optionalImages?: Array<{ url: string }> };
	saleStartDate?: string;
	saleEndDate?: string;
	salePrice: number;
	stockQuantity: number;
	/** None for what is not shipped (e-coupons). */
	deliveryInfo?: Record<string, unknown>;
	detailAttribute: {
		sellerCodeInfo?: { sellerManagementCode?: string; [key: string]: unknown };
		optionInfo?: {
			optionCombinationSortType?: string;
			optionCombinationGroupNames?: Record<string, string>;
			optionCombinations?: OptionCombination[];
			standardOptionGroups?: Array<Record<string, unknown>>;
			optionStandards?: OptionStandard[];
			useStockManagement?: boolean;
			[key: string]: unknown;
		};
		[key: string]: unknown;
	};
	customerBenefit?: {
		immediateDiscountPolicy?: {
			discountMethod: { value: number; unitType: string; startDate?: string; endDate?: string };
		};
		[key: string]: unknown;
	};
	[key: string]: unknown;
}

export interface EmulatorProduct {
	originProductNo: number;
	groupProductNo?: number;
	/** The group's name, for a product of a group product registered through the API. */
	groupProductName?: string;
	smartstoreChannelProductNo: number;
	windowChannelProductNo?: number;
	/** 수급 상품번호, which the search shows for a product listed from a supplier's catalogue. */
	injectProductNo?: number;
	/** A rental product's terms, which only the write answers show (see productRecords). */
	rental?: { rentalInfo: Record<string, unknown>; benefits: Record<string, unknown> };
	regMs: number;
	modMs: number;
	popularity: number;
	/** The product as GET returns it, in Naver's shape; the write APIs change it. */
	originProduct: OriginProduct;
	smartstoreChannelProduct: Record<string, unknown>;
	windowChannelProduct?: Record<string, unknown>;
}

export interface RecordedRequest {
	route: string;
	method: string;
	path: string;
	body: unknown;
}

export interface ProductCatalogue {
	products: EmulatorProduct[];
	/** Every product API request in order, with its body, for tests to check what was sent. */
	requests: RecordedRequest[];
	byOriginProductNo(originProductNo: number): EmulatorProduct | undefined;
	/** Back to the seeded catalogue and an empty request log. */
	reset(): void;
}

const catalogues = new WeakMap<Store, ProductCatalogue>();

/** The product catalogue of the emulator that owns `store` (`emulator.store`). */
export function productCatalogue(store: Store): ProductCatalogue {
	const catalogue = catalogues.get(store);
	if (!catalogue) throw new Error('This store has no product catalogue: start an emulator first');
	return catalogue;
}

const NAMES = [
	'제주 감귤 5kg',
	'무선 블루투스 이어폰',
	'유기농 현미 10kg',
	'스테인리스 텀블러 500ml',
	'면 100% 반팔 티셔츠',
	'캠핑 접이식 의자',
	'국산 참기름 300ml',
	'LED 스탠드',
];
const CATEGORIES = [
	{ id: '50000803', whole: '식품>농산물>과일>감귤' },
	{ id: '50001203', whole: '디지털/가전>음향가전>이어폰' },
	{ id: '50000145', whole: '생활/건강>주방용품>텀블러' },
	{ id: '50000830', whole: '패션의류>남성의류>티셔츠' },
];
const COLORS = ['블랙', '화이트', '네이비'];
const SIZES = ['S', 'M', 'L'];

/** What a seeded product's status is, by its position: mostly on sale, some of every kind. */
function seededStatus(index: number): string {
	const slot = index % 20;
	if (slot < 13) return 'SALE';
	if (slot < 16) return 'OUTOFSTOCK';
	if (slot < 18) return 'SUSPENSION';
	return ['WAIT', 'CLOSE', 'PROHIBITION', 'UNADMISSION', 'REJECTION'][Math.floor(index / 20) % 5];
}

function seedProducts(seed: number, nowMs: number): EmulatorProduct[] {
	const random = seededRandom(seed + 7);
	const products: EmulatorProduct[] = [];
	for (let index = 0; index < PRODUCT_COUNT; index++) {
		const status = seededStatus(index);
		const category = CATEGORIES[index % CATEGORIES.length];
		const regMs =
			nowMs - (PRODUCT_COUNT - index) * 3 * 3_600_000 - Math.floor(random() * 3_600_000);
		const modMs = Math.min(nowMs - 60_000, regMs + Math.floor(random() * 30 * 86_400_000));
		const salePrice = (10 + Math.floor(random() * 990)) * 100;
		const hasOptions = index % 3 === 0;
		// Every twelfth product, from the fifth on, has standard options instead (표준형 옵션).
		const hasStandardOptions = index % 12 === 4;
		let combinations: OptionCombination[] | undefined;
		let standards: OptionStandard[] | undefined;
		if (hasStandardOptions) {
			standards = SIZES.map((size, k) => ({
				id: 31_000_000_000 + index * 16 + k,
				optionName1: COLORS[0],
				optionName2: size,
				stockQuantity: status === 'OUTOFSTOCK' ? 0 : 2 + Math.floor(random() * 30),
				usable: true,
				sellerManagerCode: `STD-${index}-${k}`,
			}));
		}
		if (hasOptions) {
			combinations = [];
			const count = 3 + Math.floor(random() * 4);
			for (let k = 0; k < count; k++) {
				combinations.push({
					id: 30_000_000_000 + index * 16 + k,
					optionName1: COLORS[Math.floor(k / SIZES.length) % COLORS.length],
					optionName2: SIZES[k % SIZES.length],
					stockQuantity: status === 'OUTOFSTOCK' ? 0 : 1 + Math.floor(random() * 50),
					price: [0, 500, 1000, 2000][k % 4],
					usable: k !== count - 1 || index % 2 === 0,
					sellerManagerCode: `OPT-${index}-${k}`,
				});
			}
		}
		const stockQuantity = combinations
			? totalStock(combinations)
			: standards
				? totalStock(standards)
				: status === 'OUTOFSTOCK'
					? 0
					: 1 + Math.floor(random() * 200);
		const originProductNo = 10_000_000_000 + index * 7;
		const product: EmulatorProduct = {
			originProductNo,
			groupProductNo: index % 25 < 3 ? 5_000 + Math.floor(index / 25) : undefined,
			smartstoreChannelProductNo: 11_000_000_000 + index * 11,
			windowChannelProductNo: index % 5 === 2 ? 12_000_000_000 + index * 13 : undefined,
			regMs,
			modMs,
			popularity: Math.floor(random() * 10_000),
			originProduct: {
				statusType: status,
				saleType: 'NEW',
				leafCategoryId: category.id,
				name: `${NAMES[index % NAMES.length]} #${index + 1}`,
				detailContent: `<p>${NAMES[index % NAMES.length]} 상세 설명</p>`,
				images: {
					representativeImage: {
						url: `https://shop-phinf.pstatic.net/emulator/${originProductNo}.jpg`,
					},
				},
				saleStartDate: formatKst(regMs),
				salePrice,
				stockQuantity,
				deliveryInfo: {
					deliveryType: 'DELIVERY',
					deliveryAttributeType: 'NORMAL',
					deliveryCompany: 'CJGLS',
					deliveryFee: { deliveryFeeType: 'PAID', baseFee: 3000, deliveryFeePayType: 'PREPAID' },
					claimDeliveryInfo: { returnDeliveryFee: 3000, exchangeDeliveryFee: 6000 },
				},
				detailAttribute: {
					afterServiceInfo: {
						afterServiceTelephoneNumber: '02-0000-0000',
						afterServiceGuideContent: '고객센터로 문의해 주세요.',
					},
					originAreaInfo: { originAreaCode: '00' },
					sellerCodeInfo: { sellerManagementCode: `SKU-${String(index).padStart(5, '0')}` },
					minorPurchasable: true,
					// Every fourth product is matched to Naver's catalogue and has fashion size models:
					// the GET shows fields there (catalogue match, model display data) the PUT does not take.
					...(index % 4 === 3
						? {
								naverShoppingSearchInfo: {
									manufacturerName: '에뮬레이터 제조사',
									brandName: '에뮬레이터',
									catalogMatchingYn: true,
									matchedCatalogId: 40_000_000_000 + index,
								},
								productSize: {
									sizeTypeNo: 1,
									sizeAttributes: [
										{ name: '가슴단면', sizeValues: [{ sizeValueTypeNo: 1, value: 52 }] },
									],
									models: [
										{
											modelId: 7000 + index,
											name: '모델 A',
											height: 178,
											weight: 65,
											top: '100',
											bottom: '30',
											shoe: '270',
										},
									],
								},
							}
						: {}),
					...(combinations
						? {
								optionInfo: {
									optionCombinationSortType: 'CREATE',
									optionCombinationGroupNames: {
										optionGroupName1: '색상',
										optionGroupName2: '사이즈',
									},
									optionCombinations: combinations,
									useStockManagement: true,
								},
							}
						: standards
							? {
									optionInfo: {
										standardOptionGroups: [
											{
												groupName: '색상',
												standardOptionAttributes: [
													{ attributeId: 1, attributeValueId: 11, attributeValueName: COLORS[0] },
												],
											},
										],
										optionStandards: standards,
										useStockManagement: true,
									},
								}
							: {}),
				},
				...(index % 4 === 1
					? {
							customerBenefit: {
								immediateDiscountPolicy: { discountMethod: { value: 1000, unitType: 'WON' } },
								// Naver's own promotions show in the GET; the seller cannot send them.
								...(index % 8 === 1
									? {
											promotionDiscountPolicies: [
												{
													promotionName: '네이버 프로모션',
													discountMethod: { value: 5, unitType: 'PERCENT' },
												},
											],
										}
									: {}),
							},
						}
					: {}),
			},
			smartstoreChannelProduct: {
				channelProductName: `${NAMES[index % NAMES.length]} #${index + 1}`,
				storeKeepExclusiveProduct: false,
				naverShoppingRegistration: true,
				channelProductDisplayStatusType: status === 'SUSPENSION' ? 'SUSPENSION' : 'ON',
			},
		};
		if (product.windowChannelProductNo) {
			product.windowChannelProduct = {
				channelProductName: product.originProduct.name,
				channelNo: 100000002,
				naverShoppingRegistration: true,
				best: false,
				channelProductDisplayStatusType: 'ON',
			};
		}
		products.push(product);
	}
	return enrichProducts(products, nowMs);
}

function totalStock(combinations: Array<{ usable: boolean; stockQuantity: number }>): number {
	return combinations
		.filter((combination) => combination.usable)
		.reduce((sum, combination) => sum + combination.stockQuantity, 0);
}

// --- request checks --------------------------------------------------------------------------

interface InvalidInput {
	name: string;
	type: string;
	message: string;
}

class BadRequest extends Error {
	constructor(
		message: string,
		readonly invalidInputs?: InvalidInput[],
	) {
		super(message);
	}
}

function invalid(name: string, type: string, message: string): BadRequest {
	return new BadRequest('잘못된 요청입니다.', [{ name, type, message }]);
}

/** An int64 as Jackson reads one: a JSON integer or a string of digits. */
function asLong(value: unknown, name: string): number {
	if (typeof value === 'number' && Number.isInteger(value)) return value;
	if (typeof value === 'string' && /^-?\d+$/.test(value.trim())) return Number(value);
	throw invalid(name, 'typeMismatch', `${name}의 형식이 올바르지 않습니다.`);
}

function asOptionalLong(value: unknown, name: string): number | undefined {
	return value === undefined || value === null ? undefined : asLong(value, name);
}

function asBoolean(value: unknown, name: string): boolean | undefined {
	if (value === undefined || value === null) return undefined;
	if (typeof value === 'boolean') return value;
	throw invalid(name, 'typeMismatch', `${name}의 형식이 올바르지 않습니다.`);
}

function asEnum(value: unknown, name: string, allowed: readonly string[]): string | undefined {
	if (value === undefined || value === null) return undefined;
	if (typeof value !== 'string' || !allowed.includes(value)) {
		throw invalid(name, 'typeMismatch', `${name}에 허용되지 않는 값입니다: ${String(value)}`);
	}
	return value;
}

function asLongList(value: unknown, name: string): number[] | undefined {
	if (value === undefined || value === null) return undefined;
	if (!Array.isArray(value)) throw invalid(name, 'typeMismatch', `${name}은 배열이어야 합니다.`);
	return value.map((entry, index) => asLong(entry, `${name}[${index}]`));
}

function asDate(value: unknown, name: string): string | undefined {
	if (value === undefined || value === null) return undefined;
	if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value)) {
		throw invalid(name, 'typeMismatch', `${name}은 'yyyy-MM-dd' 형식이어야 합니다.`);
	}
	return value;
}

function asObject(value: unknown, name: string): Record<string, unknown> {
	if (value === null || typeof value !== 'object' || Array.isArray(value)) {
		throw invalid(name, 'NotNull', `${name}은 필수입니다.`);
	}
	return value as Record<string, unknown>;
}

function checkRange(value: number | undefined, name: string, max: number): void {
	if (value === undefined) return;
	if (value < 0) throw invalid(name, 'Min', `${name}은 0 이상이어야 합니다.`);
	if (value > max) throw invalid(name, 'Max', `${name}은 ${max} 이하여야 합니다.`);
}

// --- the API ---------------------------------------------------------------------------------

function channelProductSummaries(product: EmulatorProduct): Array<Record<string, unknown>> {
	const origin = product.originProduct;
	const wholeCategoryName =
		CATEGORIES.find((entry) => entry.id === origin.leafCategoryId)?.whole ??
		kindCategoryName(origin.leafCategoryId);
	const discount = origin.customerBenefit?.immediateDiscountPolicy?.discountMethod;
	const discountedPrice = !discount
		? origin.salePrice
		: discount.unitType === 'PERCENT'
			? Math.round((origin.salePrice * (100 - discount.value)) / 100)
			: Math.max(0, origin.salePrice - discount.value);
	const delivery = (origin.deliveryInfo ?? {}) as {
		deliveryAttributeType?: string;
		deliveryFee?: { baseFee?: number };
		claimDeliveryInfo?: { returnDeliveryFee?: number; exchangeDeliveryFee?: number };
	};
	const common = {
		...(product.groupProductNo ? { groupProductNo: product.groupProductNo } : {}),
		originProductNo: product.originProductNo,
	};
	const summary = (
		channelProductNo: number,
		channelServiceType: string,
		channel: Record<string, unknown>,
	) => ({
		...common,
		channelProductNo,
		channelServiceType,
		categoryId: origin.leafCategoryId,
		name: (channel.channelProductName as string | undefined) ?? origin.name,
		sellerManagementCode: origin.detailAttribute.sellerCodeInfo?.sellerManagementCode,
		statusType: origin.statusType,
		channelProductDisplayStatusType: channel.channelProductDisplayStatusType,
		salePrice: origin.salePrice,
		discountedPrice,
		stockQuantity: origin.stockQuantity,
		knowledgeShoppingProductRegistration: channel.naverShoppingRegistration === true,
		...(delivery.deliveryAttributeType
			? { deliveryAttributeType: delivery.deliveryAttributeType }
			: {}),
		deliveryFee: delivery.deliveryFee?.baseFee ?? 0,
		returnFee: delivery.claimDeliveryInfo?.returnDeliveryFee ?? 0,
		exchangeFee: delivery.claimDeliveryInfo?.exchangeDeliveryFee ?? 0,
		...(origin.saleStartDate ? { saleStartDate: origin.saleStartDate } : {}),
		...(origin.saleEndDate ? { saleEndDate: origin.saleEndDate } : {}),
		wholeCategoryName,
		wholeCategoryId: origin.leafCategoryId,
		representativeImage: { url: origin.images.representativeImage.url },
		...summaryBenefits(product, discountedPrice),
		regDate: formatKst(product.regMs),
		modifiedDate: formatKst(product.modMs),
	});
	const summaries = [
		summary(product.smartstoreChannelProductNo, 'STOREFARM', product.smartstoreChannelProduct),
	];
	if (product.windowChannelProductNo && product.windowChannelProduct) {
		summaries.push(summary(product.windowChannelProductNo, 'WINDOW', product.windowChannelProduct));
	}
	return summaries;
}

function kstDate(ms: number | undefined): string | undefined {
	return ms === undefined ? undefined : formatKst(ms).slice(0, 10);
}

function periodDate(product: EmulatorProduct, periodType: string): string | undefined {
	const origin = product.originProduct;
	switch (periodType) {
		case 'PROD_REG_DAY':
			return kstDate(product.regMs);
		case 'PROD_MOD_DAY':
			return kstDate(product.modMs);
		case 'SALE_START_DAY':
			return origin.saleStartDate?.slice(0, 10);
		default:
			return origin.saleEndDate?.slice(0, 10);
	}
}

type Comparator = (a: EmulatorProduct, b: EmulatorProduct) => number;

const byText = (text: (product: EmulatorProduct) => string | undefined): Comparator => {
	return (a, b) => (text(a) ?? '').localeCompare(text(b) ?? '');
};
const byNumber = (value: (product: EmulatorProduct) => number | undefined): Comparator => {
	return (a, b) => (value(a) ?? 0) - (value(b) ?? 0);
};
const descending =
	(comparator: Comparator): Comparator =>
	(a, b) =>
		comparator(b, a);

const ORDERS: Record<string, { comparator: Comparator; field: string; direction: string }> = {
	NO: {
		comparator: descending(byNumber((p) => p.originProductNo)),
		field: 'originProductNo',
		direction: 'DESC',
	},
	NAME: { comparator: byText((p) => p.originProduct.name), field: 'name', direction: 'ASC' },
	SELLER_CODE: {
		comparator: byText((p) => p.originProduct.detailAttribute.sellerCodeInfo?.sellerManagementCode),
		field: 'sellerManagementCode',
		direction: 'ASC',
	},
	LOW_PRICE: {
		comparator: byNumber((p) => p.originProduct.salePrice),
		field: 'salePrice',
		direction: 'ASC',
	},
	HIGH_PRICE: {
		comparator: descending(byNumber((p) => p.originProduct.salePrice)),
		field: 'salePrice',
		direction: 'DESC',
	},
	REG_DATE: {
		comparator: descending(byNumber((p) => p.regMs)),
		field: 'regDate',
		direction: 'DESC',
	},
	MOD_DATE: {
		comparator: descending(byNumber((p) => p.modMs)),
		field: 'modifiedDate',
		direction: 'DESC',
	},
	POPULARITY: {
		comparator: descending(byNumber((p) => p.popularity)),
		field: 'popularity',
		direction: 'DESC',
	},
};

function search(products: EmulatorProduct[], rawBody: unknown): HttpReply {
	const body = asObject(rawBody ?? {}, 'body');
	const keywordType = asEnum(body.searchKeywordType, 'searchKeywordType', SEARCH_KEYWORD_TYPES);
	const channelProductNos = asLongList(body.channelProductNos, 'channelProductNos');
	const originProductNos = asLongList(body.originProductNos, 'originProductNos');
	const groupProductNos = asLongList(body.groupProductNos, 'groupProductNos');
	const sellerCode =
		typeof body.sellerManagementCode === 'string' ? body.sellerManagementCode : undefined;
	const statusTypes = Array.isArray(body.productStatusTypes)
		? body.productStatusTypes.map((status, index) =>
				asEnum(status, `productStatusTypes[${index}]`, PRODUCT_STATUS_TYPES),
			)
		: undefined;
	const periodType = asEnum(body.periodType, 'periodType', PERIOD_TYPES);
	const fromDate = asDate(body.fromDate, 'fromDate');
	const toDate = asDate(body.toDate, 'toDate');
	const orderType = asEnum(body.orderType, 'orderType', ORDER_TYPES) ?? 'NO';
	const page = asOptionalLong(body.page, 'page') ?? 1;
	const size = asOptionalLong(body.size, 'size') ?? SEARCH_DEFAULT_SIZE;
	if (page < 1) throw invalid('page', 'Min', 'page는 1 이상이어야 합니다.');
	if (size < 1) throw invalid('size', 'Min', 'size는 1 이상이어야 합니다.');
	if (size > SEARCH_MAX_SIZE) {
		throw invalid('size', 'Max', `size는 ${SEARCH_MAX_SIZE} 이하여야 합니다.`);
	}
	if ((fromDate || toDate) && !periodType) {
		throw invalid('periodType', 'NotNull', '검색 기간을 입력하면 periodType은 필수입니다.');
	}
	if (fromDate && toDate && fromDate > toDate) {
		throw new BadRequest('검색 기간 시작일이 종료일보다 늦을 수 없습니다.', [
			{ name: 'fromDate', type: 'Invalid', message: 'fromDate는 toDate 이전이어야 합니다.' },
		]);
	}
	// The keyword type picks the list that filters; a list without its type filters nothing.
	const keywordFilter: ((product: EmulatorProduct) => boolean) | undefined = (() => {
		switch (keywordType) {
			case 'CHANNEL_PRODUCT_NO': {
				if (!channelProductNos?.length)
					throw invalid('channelProductNos', 'NotEmpty', '채널 상품번호를 입력해 주세요.');
				const wanted = new Set(channelProductNos);
				return (product: EmulatorProduct) =>
					wanted.has(product.smartstoreChannelProductNo) ||
					(product.windowChannelProductNo !== undefined &&
						wanted.has(product.windowChannelProductNo));
			}
			case 'PRODUCT_NO': {
				if (!originProductNos?.length)
					throw invalid('originProductNos', 'NotEmpty', '원상품번호를 입력해 주세요.');
				const wanted = new Set(originProductNos);
				return (product: EmulatorProduct) => wanted.has(product.originProductNo);
			}
			case 'GROUP_PRODUCT_NO': {
				if (!groupProductNos?.length)
					throw invalid('groupProductNos', 'NotEmpty', '그룹상품번호를 입력해 주세요.');
				const wanted = new Set(groupProductNos);
				return (product: EmulatorProduct) =>
					product.groupProductNo !== undefined && wanted.has(product.groupProductNo);
			}
			case 'SELLER_CODE':
				if (!sellerCode)
					throw invalid('sellerManagementCode', 'NotEmpty', '판매자 관리 코드를 입력해 주세요.');
				return (product: EmulatorProduct) =>
					product.originProduct.detailAttribute.sellerCodeInfo?.sellerManagementCode === sellerCode;
			default:
				return undefined;
		}
	})();

	const order = ORDERS[orderType] ?? ORDERS.NO;
	const matching = products
		.filter((product) => !keywordFilter || keywordFilter(product))
		.filter((product) =>
			// Deleted products only show up when asked for.
			(statusTypes ?? PRODUCT_STATUS_TYPES.filter((status) => status !== 'DELETE')).includes(
				product.originProduct.statusType as (typeof PRODUCT_STATUS_TYPES)[number],
			),
		)
		.filter((product) => {
			if (!periodType || (!fromDate && !toDate)) return true;
			const date = periodDate(product, periodType);
			if (date === undefined) return false;
			return (!fromDate || date >= fromDate) && (!toDate || date <= toDate);
		})
		// Ties are broken by product number, so pages never overlap or skip.
		.sort((a, b) => order.comparator(a, b) || b.originProductNo - a.originProductNo);
	const totalPages = Math.ceil(matching.length / size);
	const contents = matching.slice((page - 1) * size, page * size).map((product) => ({
		...(product.groupProductNo ? { groupProductNo: product.groupProductNo } : {}),
		originProductNo: product.originProductNo,
		channelProducts: channelProductSummaries(product),
	}));
	return {
		status: 200,
		body: {
			contents,
			page,
			size,
			totalElements: matching.length,
			totalPages,
			sort: { sorted: true, fields: [{ name: order.field, direction: order.direction }] },
			first: page === 1,
			last: page >= totalPages,
		},
	};
}

function productResponse(product: EmulatorProduct): Record<string, unknown> {
	return structuredClone({
		...(product.groupProductNo
			? {
					groupProduct: {
						groupProductNo: product.groupProductNo,
						leafCategoryId: product.originProduct.leafCategoryId,
						groupProductName: product.groupProductName ?? `그룹 ${product.groupProductNo}`,
					},
				}
			: {}),
		originProduct: product.originProduct,
		smartstoreChannelProduct: product.smartstoreChannelProduct,
		...(product.windowChannelProduct ? { windowChannelProduct: product.windowChannelProduct } : {}),
	});
}

function productNumbers(product: EmulatorProduct): Record<string, unknown> {
	return {
		originProductNo: product.originProductNo,
		smartstoreChannelProductNo: product.smartstoreChannelProductNo,
		...(product.windowChannelProductNo
			? { windowChannelProductNo: product.windowChannelProductNo }
			: {}),
	};
}

/** Naver's stock rule for every write: no stock means out of stock, unless sale is suspended. */
export function settleStatus(origin: OriginProduct): void {
	if (origin.stockQuantity === 0 && origin.statusType === 'SALE') origin.statusType = 'OUTOFSTOCK';
}

function changeStatus(product: EmulatorProduct, rawBody: unknown, nowMs: number): HttpReply {
	const body = asObject(rawBody, 'body');
	const target = asEnum(body.statusType, 'statusType', PRODUCT_STATUS_TYPES);
	if (!target) throw invalid('statusType', 'NotNull', 'statusType은 필수입니다.');
	const stockQuantity = asOptionalLong(body.stockQuantity, 'stockQuantity');
	checkRange(stockQuantity, 'stockQuantity', MAX_STOCK);
	const origin = product.originProduct;
	const current = origin.statusType;
	// For each status that can be asked for, the statuses it can be reached from.
	const allowed: Record<string, string[]> = {
		OUTOFSTOCK: ['SALE'],
		SALE: ['SUSPENSION', 'OUTOFSTOCK'],
		SUSPENSION: ['SALE', 'OUTOFSTOCK', 'WAIT'],
	};
	if (!(allowed[target] ?? []).includes(current)) {
		throw new BadRequest(`${current} 상태의 상품은 ${target} 상태로 변경할 수 없습니다.`, [
			{ name: 'statusType', type: 'Invalid', message: '변경할 수 없는 판매 상태입니다.' },
		]);
	}
	if (target === 'SALE' && current === 'OUTOFSTOCK' && stockQuantity === undefined) {
		throw new BadRequest('품절 상품을 판매중으로 변경하려면 재고 수량을 입력해야 합니다.', [
			{ name: 'stockQuantity', type: 'NotNull', message: '재고 수량은 필수입니다.' },
		]);
	}
	const combinations = origin.detailAttribute.optionInfo?.optionCombinations;
	if (target === 'OUTOFSTOCK') {
		origin.stockQuantity = 0;
		for (const combination of combinations ?? []) combination.stockQuantity = 0;
	} else if (stockQuantity !== undefined) {
		origin.stockQuantity = stockQuantity;
	}
	// Without stock a product does not go on sale: it stays out of stock, or suspended.
	if (!(target === 'SALE' && origin.stockQuantity === 0)) origin.statusType = target;
	if (typeof body.saleStartDate === 'string') origin.saleStartDate = body.saleStartDate;
	if (typeof body.saleEndDate === 'string') origin.saleEndDate = body.saleEndDate;
	product.smartstoreChannelProduct.channelProductDisplayStatusType =
		origin.statusType === 'SUSPENSION' ? 'SUSPENSION' : 'ON';
	product.modMs = nowMs;
	return {
		status: 200,
		body: { code: 'SUCCESS', message: '판매 상태가 변경되었습니다.', data: {} },
	};
}

const DISCOUNT_UNITS = ['PERCENT', 'WON'];

/**
 * immediateDiscountPolicy of option-stock: `{ discountMethod: { value, unitType, startDate?,
 * endDate? } }` beside productSalePrice (the reference's request examples); value 1–10,000,000,
 * unit PERCENT or WON (the enum lists YEN and COUNT too, but the text says only these two are
 * accepted), starts on minutes 00, 10, …, 50 and ends on 09, 19, …, 59.
 */
function discountOf(
	raw: unknown,
): { value: number; unitType: string; startDate?: string; endDate?: string } | undefined {
	if (raw === undefined || raw === null) return undefined;
	const policy = asObject(raw, 'immediateDiscountPolicy');
	const method = asObject(policy.discountMethod, 'immediateDiscountPolicy.discountMethod');
	const name = 'immediateDiscountPolicy.discountMethod';
	const value = method.value;
	if (typeof value !== 'number' || value < 1 || value > 10_000_000) {
		throw invalid(`${name}.value`, 'Range', '할인 값은 1 이상 10000000 이하여야 합니다.');
	}
	const unitType = asEnum(method.unitType, `${name}.unitType`, DISCOUNT_UNITS);
	if (!unitType) throw invalid(`${name}.unitType`, 'NotNull', '할인 단위는 필수입니다.');
	const discount: { value: number; unitType: string; startDate?: string; endDate?: string } = {
		value,
		unitType,
	};
	for (const [field, minute] of [
		['startDate', 0],
		['endDate', 9],
	] as const) {
		const text = method[field];
		if (text === undefined || text === null) continue;
		// 'yyyy-MM-dd'T'HH:mm[:ss][.SSS]XXX', as the reference gives it.
		if (
			typeof text !== 'string' ||
			!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{3})?)?(Z|[+-]\d{2}:\d{2})$/.test(text)
		) {
			throw invalid(`${name}.${field}`, 'typeMismatch', '날짜 형식이 올바르지 않습니다.');
		}
		const at = new Date(Date.parse(text));
		if (at.getUTCMinutes() % 10 !== minute || at.getUTCSeconds() !== 0) {
			throw invalid(
				`${name}.${field}`,
				'Invalid',
				`할인 ${field === 'startDate' ? '시작' : '종료'} 시각의 분이 올바르지 않습니다.`,
			);
		}
		discount[field] = text;
	}
	return discount;
}

function optionStock(product: EmulatorProduct, rawBody: unknown, nowMs: number): HttpReply {
	const body = asObject(rawBody, 'body');
	const origin = product.originProduct;
	const optionInfo = asObject(body.optionInfo, 'optionInfo');
	const existing = origin.detailAttribute.optionInfo?.optionCombinations ?? [];
	const existingStandards = origin.detailAttribute.optionInfo?.optionStandards ?? [];
	if (existing.length === 0 && existingStandards.length === 0) {
		throw new BadRequest('옵션 재고 및 옵션가 설정이 가능한 옵션 설정 상품이 아닙니다.', [
			{ name: 'optionInfo', type: 'Invalid', message: '옵션이 없는 상품입니다.' },
		]);
	}
	let salePrice: number | undefined;
	if (body.productSalePrice !== undefined && body.productSalePrice !== null) {
		const productSalePrice = asObject(body.productSalePrice, 'productSalePrice');
		salePrice = asOptionalLong(productSalePrice.salePrice, 'productSalePrice.salePrice');
		if (salePrice === undefined) {
			throw invalid('productSalePrice.salePrice', 'NotNull', '판매가는 필수입니다.');
		}
		checkRange(salePrice, 'productSalePrice.salePrice', MAX_PRICE);
	}
	const requested = Array.isArray(optionInfo.optionCombinations)
		? optionInfo.optionCombinations
		: [];
	// Check everything before changing anything: a rejected request changes nothing.
	const changes = requested.map((raw, index) => {
		const name = `optionInfo.optionCombinations[${index}]`;
		const entry = asObject(raw, name);
		const id = asOptionalLong(entry.id, `${name}.id`);
		if (id === undefined) throw invalid(`${name}.id`, 'NotNull', '조합형 옵션 ID는 필수입니다.');
		const target = existing.find((combination) => combination.id === id);
		if (!target) throw invalid(`${name}.id`, 'Invalid', `존재하지 않는 옵션 ID입니다: ${id}`);
		const stockQuantity = asOptionalLong(entry.stockQuantity, `${name}.stockQuantity`);
		const price = asOptionalLong(entry.price, `${name}.price`);
		checkRange(stockQuantity, `${name}.stockQuantity`, MAX_STOCK);
		if (price !== undefined && Math.abs(price) > MAX_PRICE) {
			throw invalid(`${name}.price`, 'Max', `옵션가는 ${MAX_PRICE} 이하여야 합니다.`);
		}
		return { target, stockQuantity, price, usable: asBoolean(entry.usable, `${name}.usable`) };
	});
	const requestedStandards = Array.isArray(optionInfo.optionStandards)
		? optionInfo.optionStandards
		: [];
	const standardChanges = requestedStandards.map((raw, index) => {
		const name = `optionInfo.optionStandards[${index}]`;
		const entry = asObject(raw, name);
		const id = asOptionalLong(entry.id, `${name}.id`);
		if (id === undefined) throw invalid(`${name}.id`, 'NotNull', '표준형 옵션 ID는 필수입니다.');
		const target = existingStandards.find((standard) => standard.id === id);
		if (!target) throw invalid(`${name}.id`, 'Invalid', `존재하지 않는 옵션 ID입니다: ${id}`);
		if (entry.price !== undefined) {
			throw invalid(`${name}.price`, 'Unknown', '표준형 옵션에는 옵션가가 없습니다.');
		}
		const stockQuantity = asOptionalLong(entry.stockQuantity, `${name}.stockQuantity`);
		checkRange(stockQuantity, `${name}.stockQuantity`, MAX_STOCK);
		return { target, stockQuantity, usable: asBoolean(entry.usable, `${name}.usable`) };
	});
	const discount = discountOf(body.immediateDiscountPolicy);
	for (const change of changes) {
		// Naver's documented behaviour: what a listed option leaves out is saved as 0 (or true).
		change.target.stockQuantity = change.stockQuantity ?? 0;
		change.target.price = change.price ?? 0;
		change.target.usable = change.usable ?? true;
	}
	for (const change of standardChanges) {
		change.target.stockQuantity = change.stockQuantity ?? 0;
		change.target.usable = change.usable ?? true;
	}
	const useStockManagement = asBoolean(
		optionInfo.useStockManagement,
		'optionInfo.useStockManagement',
	);
	if (useStockManagement !== undefined && origin.detailAttribute.optionInfo) {
		origin.detailAttribute.optionInfo.useStockManagement = useStockManagement;
	}
	if (salePrice !== undefined) origin.salePrice = salePrice;
	// The reference does not say what a request without immediateDiscountPolicy does to the
	// current discount. The emulator takes the reading that costs a seller most, as Naver does for
	// a missing option stock or price: the discount is cleared. A client must send it to keep it.
	const benefits = { ...(origin.customerBenefit ?? {}) };
	delete benefits.immediateDiscountPolicy;
	if (discount) benefits.immediateDiscountPolicy = { discountMethod: discount };
	origin.customerBenefit = benefits;
	origin.stockQuantity = totalStock(existing.length > 0 ? existing : existingStandards);
	settleStatus(origin);
	product.modMs = nowMs;
	return { status: 200, body: writeAnswer(product) };
}

/**
 * Fields the v2 GET documents and the PUT does not (Naver's reference v2.73.0, the GET response
 * example against the PUT request example). The reference is silent on what Naver does with a
 * field it does not document; the emulator refuses each with BAD_REQUEST naming it, so a node that
 * sends a Get's answer back whole is caught.
 */
const GET_ONLY_FIELDS = [
	'originProduct.customerBenefit.promotionDiscountPolicies',
	'originProduct.detailAttribute.naverShoppingSearchInfo.catalogMatchingYn',
	'originProduct.detailAttribute.naverShoppingSearchInfo.matchedCatalogId',
	...['name', 'top', 'bottom', 'shoe', 'height', 'weight'].map(
		(field) => `originProduct.detailAttribute.productSize.models[].${field}`,
	),
	'windowChannelProduct.channelProductDisplayStatusType',
];

/** The paths of `fields` (dots, `[]` for every element of a list) present in `value`. */
function presentFields(value: unknown, fields: string[]): string[] {
	const present = (target: unknown, steps: string[]): boolean => {
		if (steps.length === 0) return target !== undefined;
		if (target === null || typeof target !== 'object') return false;
		const [step, ...rest] = steps;
		const child = (target as Record<string, unknown>)[step.replace(/\[\]$/, '')];
		return step.endsWith('[]')
			? Array.isArray(child) && child.some((element) => present(element, rest))
			: present(child, rest);
	};
	return fields.filter((field) => present(value, field.split('.')));
}

/**
 * The full update (PUT origin-products, and PUT channel-products through productBulk.ts).
 * `products` is the whole catalogue, from which new option ids are drawn (freshOptionIds).
 */
export function updateProduct(
	product: EmulatorProduct,
	rawBody: unknown,
	nowMs: number,
	products: EmulatorProduct[],
): HttpReply {
	const body = asObject(rawBody, 'body');
	const readOnly = presentFields(body, GET_ONLY_FIELDS);
	if (readOnly.length > 0) {
		throw new BadRequest(
			'요청 본문에 정의되지 않은 필드가 있습니다.',
			readOnly.map((name) => ({ name, type: 'Unknown', message: '정의되지 않은 필드입니다.' })),
		);
	}
	const origin = asObject(body.originProduct, 'originProduct') as Partial<OriginProduct>;
	const smartstore = asObject(body.smartstoreChannelProduct, 'smartstoreChannelProduct');
	const window =
		body.windowChannelProduct === undefined || body.windowChannelProduct === null
			? undefined
			: asObject(body.windowChannelProduct, 'windowChannelProduct');
	const statusType = asEnum(origin.statusType, 'originProduct.statusType', PRODUCT_STATUS_TYPES);
	if (!statusType) throw invalid('originProduct.statusType', 'NotNull', '판매 상태는 필수입니다.');
	if (statusType !== 'SALE' && statusType !== 'SUSPENSION') {
		throw new BadRequest('상품 수정 시 판매 상태는 SALE, SUSPENSION만 입력할 수 있습니다.', [
			{
				name: 'originProduct.statusType',
				type: 'Invalid',
				message: 'SALE 또는 SUSPENSION만 입력할 수 있습니다.',
			},
		]);
	}
	if (typeof origin.name !== 'string' || origin.name.trim() === '') {
		throw invalid('originProduct.name', 'NotBlank', '상품명은 필수입니다.');
	}
	const salePrice = asOptionalLong(origin.salePrice, 'originProduct.salePrice');
	if (salePrice === undefined)
		throw invalid('originProduct.salePrice', 'NotNull', '판매가는 필수입니다.');
	checkRange(salePrice, 'originProduct.salePrice', MAX_PRICE);
	const stockQuantity = asOptionalLong(origin.stockQuantity, 'originProduct.stockQuantity');
	checkRange(stockQuantity, 'originProduct.stockQuantity', MAX_STOCK);
	if (typeof origin.images?.representativeImage?.url !== 'string') {
		throw invalid(
			'originProduct.images.representativeImage.url',
			'NotNull',
			'대표 이미지는 필수입니다.',
		);
	}
	const detailAttribute = asObject(origin.detailAttribute, 'originProduct.detailAttribute');

	const current = product.originProduct;
	const optionInfo = detailAttribute.optionInfo as OriginProduct['detailAttribute']['optionInfo'];
	let combinations: OptionCombination[] | undefined;
	if (optionInfo?.optionCombinations) {
		// A full update replaces the option list: options left out are gone, listed ones take
		// exactly what is sent (omitted stock or price is 0). Their ids: numberUpdatedOptions.
		combinations = optionInfo.optionCombinations.map((raw, index) => {
			const name = `originProduct.detailAttribute.optionInfo.optionCombinations[${index}]`;
			const entry = asObject(raw, name);
			const stock = asOptionalLong(entry.stockQuantity, `${name}.stockQuantity`) ?? 0;
			checkRange(stock, `${name}.stockQuantity`, MAX_STOCK);
			if (typeof entry.optionName1 !== 'string') {
				throw invalid(`${name}.optionName1`, 'NotNull', '옵션값은 필수입니다.');
			}
			return {
				...(entry as unknown as OptionCombination),
				stockQuantity: stock,
				price: asOptionalLong(entry.price, `${name}.price`) ?? 0,
				usable: asBoolean(entry.usable, `${name}.usable`) ?? true,
			};
		});
	}

	const next = structuredClone({
		...origin,
		detailContent: origin.detailContent ?? current.detailContent,
		salePrice,
		detailAttribute: {
			...detailAttribute,
			...(combinations && optionInfo
				? { optionInfo: { ...optionInfo, optionCombinations: combinations } }
				: {}),
		},
	}) as OriginProduct;
	numberUpdatedOptions(next.detailAttribute, current.detailAttribute, products);
	next.stockQuantity = combinations
		? totalStock(combinations)
		: (stockQuantity ?? current.stockQuantity);
	next.statusType = statusType;
	settleStatus(next);
	const nextWindow =
		window && product.windowChannelProductNo
			? structuredClone(window)
			: product.windowChannelProduct;
	keepNaverManagedFields(current, next, product.windowChannelProduct, nextWindow);
	product.originProduct = next;
	product.smartstoreChannelProduct = structuredClone(smartstore);
	product.windowChannelProduct = nextWindow;
	product.modMs = nowMs;
	return { status: 200, body: writeAnswer(product) };
}

// --- option ids ------------------------------------------------------------------------------

/**
 * The lists under detailAttribute whose entries carry an id Naver assigns (products.POST.md and
 * origin-products/{originProductNo}.PUT.md; the GET and write answers show each with its id).
 */
const NUMBERED_LISTS = [
	['optionInfo', 'optionSimple'],
	['optionInfo', 'optionCustom'],
	['optionInfo', 'optionCombinations'],
	['optionInfo', 'optionStandards'],
	['supplementProductInfo', 'supplementProducts'],
] as const;
type NumberedList = (typeof NUMBERED_LISTS)[number];

/**
 * The option values that name an entry sent without an id, for the two lists whose id the PUT page
 * describes that way ("옵션ID가 미입력된 경우, 옵션값의 옵션정보를 수정합니다. (동일 옵션값이
 * 존재하지 않는 경우 옵션 신규등록)", optionCombinations[].id and optionStandards[].id).
 */
const MATCHED_BY_VALUES: Partial<Record<NumberedList[1], string[]>> = {
	optionCombinations: ['optionName1', 'optionName2', 'optionName3', 'optionName4'],
	optionStandards: ['optionName1', 'optionName2'],
};

function numberedEntries(
	detail: Record<string, unknown> | undefined,
	[holder, list]: NumberedList,
): Array<Record<string, unknown>> {
	const parent = detail?.[holder];
	const entries =
		parent !== null && typeof parent === 'object'
			? (parent as Record<string, unknown>)[list]
			: undefined;
	return Array.isArray(entries)
		? entries.filter(
				(entry): entry is Record<string, unknown> =>
					entry !== null && typeof entry === 'object' && !Array.isArray(entry),
			)
		: [];
}

const hasId = (entry: Record<string, unknown>) => entry.id !== undefined && entry.id !== null;

/**
 * New ids, each above every id the catalogue holds in any numbered list, so that no two options
 * share one (the reference does not describe how Naver draws them; option-stock finds an option by
 * its id alone).
 */
function freshOptionIds(products: EmulatorProduct[]): () => number {
	let highest = 0;
	for (const product of products) {
		for (const list of NUMBERED_LISTS) {
			for (const entry of numberedEntries(product.originProduct.detailAttribute, list)) {
				if (typeof entry.id === 'number' && entry.id > highest) highest = entry.id;
			}
		}
	}
	return () => ++highest;
}

/**
 * Registration (POST /v2/products): Naver numbers every option, standard option and supplement
 * product it registers (the answer's optionInfo and supplementProductInfo show an id on each).
 * products.POST.md describes a sent id only for an update ("상품 수정 시", "옵션 ID 입력 시 기존
 * 옵션 수정"), and a new product has no option to name: the emulator does not refuse a sent id, it
 * numbers every entry itself.
 */
export function numberRegisteredOptions(
	detail: Record<string, unknown>,
	products: EmulatorProduct[],
): void {
	const next = freshOptionIds(products);
	for (const list of NUMBERED_LISTS) {
		for (const entry of numberedEntries(detail, list)) entry.id = next();
	}
}

/**
 * The full update's ids, list by list, as origin-products/{originProductNo}.PUT.md describes them:
 * - optionCombinations and optionStandards: an entry with an id changes that option and keeps the
 *   id ("옵션ID가 입력된 경우, 옵션ID의 옵션정보를 수정합니다"); one without an id changes the
 *   current option with the same option values, keeping its id, and is a new option with a new id
 *   when there is none ("옵션ID가 미입력된 경우, 옵션값의 옵션정보를 수정합니다. (동일 옵션값이
 *   존재하지 않는 경우 옵션 신규등록)"). A current option that an id in the same request already
 *   names is not matched again, so no two entries end with one id (the page does not say);
 * - optionSimple and optionCustom: the page says only "옵션 ID 입력 시 기존 옵션 수정", so an entry
 *   with an id keeps it and one without is read as a new option with a new id;
 * - supplementProducts: the page documents the id and says nothing of it on an update; the emulator
 *   treats it as the option lists: kept when sent, new when not.
 * The pages do not say what an id the product does not have does; the emulator keeps it as sent
 * (the request is not refused for it).
 */
function numberUpdatedOptions(
	detail: Record<string, unknown>,
	current: Record<string, unknown>,
	products: EmulatorProduct[],
): void {
	let next: (() => number) | undefined;
	const fresh = () => (next ??= freshOptionIds(products))();
	for (const list of NUMBERED_LISTS) {
		const [holder, name] = list;
		const entries = numberedEntries(detail, list);
		entries.forEach((entry, index) => {
			if (hasId(entry)) {
				entry.id = asLong(entry.id, `originProduct.detailAttribute.${holder}.${name}[${index}].id`);
			}
		});
		const valueFields = MATCHED_BY_VALUES[name];
		const claimed = new Set(entries.filter(hasId).map((entry) => entry.id));
		const unclaimed = numberedEntries(current, list).filter(
			(entry) => typeof entry.id === 'number' && !claimed.has(entry.id),
		);
		const valuesOf = (entry: Record<string, unknown>) =>
			JSON.stringify(valueFields!.map((field) => entry[field] ?? ''));
		for (const entry of entries) {
			if (hasId(entry)) continue;
			const match = valueFields
				? unclaimed.find((option) => valuesOf(option) === valuesOf(entry))
				: undefined;
			if (match) {
				entry.id = match.id;
				unclaimed.splice(unclaimed.indexOf(match), 1);
			} else {
				entry.id = fresh();
			}
		}
	}
}

/**
 * What both writes (the full update and option-stock) answer, as their reference pages document
 * it: the product numbers and the product as it now is; the group, which neither can change, is
 * not part of it.
 */
export function writeAnswer(product: EmulatorProduct): Record<string, unknown> {
	const updated = productResponse(product);
	delete updated.groupProduct;
	return withWriteOnlyFields(product, { ...productNumbers(product), ...updated });
}

/** Products (상품). */
export const productRoutes: RouteModule = ({ store, now, seed }) => {
	const seededAt = now();
	const catalogue: ProductCatalogue = {
		products: seedProducts(seed, seededAt),
		requests: [],
		byOriginProductNo(originProductNo) {
			return this.products.find((product) => product.originProductNo === originProductNo);
		},
		reset() {
			this.products = seedProducts(seed, seededAt);
			this.requests = [];
		},
	};
	catalogues.set(store, catalogue);

	const errorReply = (status: number, code: string, message: string, inputs?: InvalidInput[]) => ({
		status,
		body: {
			code,
			message,
			...(inputs ? { invalidInputs: inputs } : {}),
			timestamp: formatKst(now()),
		},
	});

	/** Records the request, finds the product named in the path and turns BadRequest into a 400. */
	const handle =
		(
			route: string,
			action: (request: ApiRequest, product: EmulatorProduct | undefined) => HttpReply,
			needsProduct = true,
		) =>
		(request: ApiRequest, match: RegExpMatchArray): HttpReply => {
			catalogue.requests.push({
				route,
				method: request.method,
				path: request.path,
				body: structuredClone(request.body),
			});
			try {
				let product: EmulatorProduct | undefined;
				if (needsProduct) {
					const originProductNo = asLong(match[1], 'originProductNo');
					product = catalogue.byOriginProductNo(originProductNo);
					if (!product) return errorReply(404, 'NOT_FOUND', '상품이 존재하지 않습니다.');
				}
				return action(request, product);
			} catch (error) {
				if (error instanceof BadRequest) {
					return errorReply(400, 'BAD_REQUEST', error.message, error.invalidInputs);
				}
				throw error;
			}
		};

	return [
		{
			method: 'POST',
			pattern: /^\/v1\/products\/search$/,
			name: 'products.search',
			handler: handle(
				'products.search',
				(request) => search(catalogue.products, request.body),
				false,
			),
		},
		{
			method: 'GET',
			pattern: /^\/v2\/products\/origin-products\/([^/]+)$/,
			name: 'products.get',
			handler: handle('products.get', (_request, product) => ({
				status: 200,
				body: productResponse(product!),
			})),
		},
		{
			method: 'PUT',
			pattern: /^\/v2\/products\/origin-products\/([^/]+)$/,
			name: 'products.update',
			handler: handle('products.update', (request, product) =>
				updateProduct(product!, request.body, now(), catalogue.products),
			),
		},
		{
			method: 'PUT',
			pattern: /^\/v1\/products\/origin-products\/([^/]+)\/change-status$/,
			name: 'products.changeStatus',
			handler: handle('products.changeStatus', (request, product) =>
				changeStatus(product!, request.body, now()),
			),
		},
		{
			method: 'PUT',
			pattern: /^\/v1\/products\/origin-products\/([^/]+)\/option-stock$/,
			name: 'products.optionStock',
			handler: handle('products.optionStock', (request, product) =>
				optionStock(product!, request.body, now()),
			),
		},
	];
};
