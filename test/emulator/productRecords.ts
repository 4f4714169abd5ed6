/**
 * What a seeded product carries beyond the basics seedProducts gives it (numbers, name, status,
 * price, stock, options): the rest of what Naver's reference documents for a product in the v2
 * GET, the write answers and the search summary, so a client meets here every field it can meet
 * on the real API.
 *
 * A store's products are of different kinds. Most are ordinary goods (the seeded names), each with
 * the notice type (상품정보제공고시) of what it is. Every fourth product from the third on is of a
 * kind of its own, one per notice type the reference documents, in turn: a book, a mobile gift
 * card, a TV, a rental water purifier, … with a name, category, options and notice of that kind.
 * The policies sellers set (points, free instalments, gifts, multi-purchase and reserved
 * discounts), the delivery variants and the other optional parts are spread over all products by
 * position, with moduli prime to the status cycle (20) and the option cycle (12), so each appears
 * on products with and without options and in every status.
 *
 * Values are deterministic (by position and the seeding time), so a reset gives the same store.
 */
import { contract, type Schema } from '../contract/contract';
import { formatKst } from './kst';
import type { EmulatorProduct, OptionCombination, OriginProduct } from './routes/products';

const DAY_MS = 86_400_000;
/**
 * What sellers write in a notice's text fields. The reference marks the five common clauses
 * (returnCostReason, …) required and also says a missing one is saved as this.
 */
const REFER_TO_DETAIL = '상품상세 참조';

/** The seller's address book (주소록) entries the products point at. */
const ADDRESS_BOOK = { shipping: 100_1001, returns: 100_1002, visit: 100_1003, store: 100_1004 };

const kstDay = (ms: number) => formatKst(ms).slice(0, 10);
/** A KST date-time on the day of `ms` at `time` (HH:mm): discounts start on minutes 00, 10, … and end on 09, 19, …. */
const kstAt = (ms: number, time: string) => `${kstDay(ms)}T${time}:00.000+09:00`;

// --- kinds ----------------------------------------------------------------------------------

interface Kind {
	name: string;
	categoryId: string;
	wholeCategoryName: string;
	/** Option group names and values for a product of this kind with combination options. */
	options: [group1: string, values1: string[], group2: string, values2: string[]];
}

/**
 * One product kind per notice type, a line each: the notice type, the product's name, its category
 * (ID and whole name) and its two option groups with their values. The category IDs are the
 * emulator's (Naver's category tree is an API of its own); the names are what a seller would list.
 */
const KIND_TABLE = `
WEAR | 린넨 셔츠 원피스 | 50000807 | 패션의류>여성의류>원피스 | 색상: 베이지, 블랙 | 사이즈: S, M, L
SHOES | 소가죽 로퍼 | 50000788 | 패션잡화>여성신발>로퍼 | 색상: 브라운, 블랙 | 사이즈: 230, 240, 250
BAG | 캔버스 토트백 | 50000644 | 패션잡화>여성가방>토트백 | 색상: 아이보리, 네이비 | 크기: 소, 중, 대
FASHION_ITEMS | 울 베레모 | 50000615 | 패션잡화>모자>베레모 | 색상: 카멜, 블랙 | 사이즈: 55cm, 57cm, 59cm
SLEEPING_GEAR | 순면 차렵이불 | 50001003 | 가구/인테리어>침구>이불 | 색상: 그레이, 화이트 | 사이즈: 싱글, 퀸, 킹
FURNITURE | 원목 4인 식탁 | 50001083 | 가구/인테리어>주방가구>식탁 | 색상: 오크, 월넛 | 구성: 식탁만, 의자 2개, 의자 4개
IMAGE_APPLIANCES | 55인치 4K UHD TV | 50001404 | 디지털/가전>TV>LED TV | 설치: 벽걸이, 스탠드 | 보증: 기본, 1년 연장, 2년 연장
HOME_APPLIANCES | 드럼 세탁기 12kg | 50001460 | 디지털/가전>생활가전>세탁기 | 색상: 화이트, 실버 | 설치: 기본설치, 이전설치, 철거포함
SEASON_APPLIANCES | 벽걸이 에어컨 6평 | 50001490 | 디지털/가전>계절가전>에어컨 | 색상: 화이트, 베이지 | 설치: 기본설치, 배관 추가, 앵글 포함
OFFICE_APPLIANCES | 15인치 노트북 | 50000151 | 디지털/가전>노트북 | 메모리: 16GB, 32GB | 저장장치: 256GB, 512GB, 1TB
OPTICS_APPLIANCES | 미러리스 카메라 바디 | 50000268 | 디지털/가전>카메라>미러리스 | 색상: 블랙, 실버 | 구성: 바디, 렌즈킷, 더블렌즈킷
MICROELECTRONICS | 전자사전 | 50000230 | 디지털/가전>학습기기>전자사전 | 색상: 화이트, 핑크 | 구성: 기본, 파우치 포함, 보호필름 포함
CELLPHONE | 자급제 스마트폰 | 50000204 | 디지털/가전>휴대폰>자급제폰 | 색상: 블랙, 블루 | 용량: 128GB, 256GB, 512GB
NAVIGATION | 8인치 내비게이션 | 50000257 | 디지털/가전>자동차기기>내비게이션 | 구성: 본체, 본체+후방카메라 | 설치: 자가설치, 출장설치, 매장설치
CAR_ARTICLES | 차량용 방향제 | 50001812 | 생활/건강>자동차용품>방향제 | 향: 레몬, 라벤더 | 수량: 1개, 2개, 3개
MEDICAL_APPLIANCES | 가정용 혈압계 | 50001903 | 생활/건강>의료용품>혈압계 | 색상: 화이트, 그레이 | 구성: 본체, 어댑터 포함, 보관함 포함
KITCHEN_UTENSILS | 스테인리스 냄비 세트 | 50000149 | 생활/건강>주방용품>냄비 | 구성: 3종, 5종 | 색상: 실버, 블랙, 골드
COSMETIC | 수분 크림 50ml | 50000437 | 화장품/미용>스킨케어>크림 | 용량: 50ml, 100ml | 구성: 단품, 미니 증정, 기획세트
JEWELLERY | 14K 골드 목걸이 | 50000542 | 패션잡화>주얼리>목걸이 | 색상: 옐로골드, 로즈골드 | 길이: 40cm, 45cm, 50cm
FOOD | 국산 한우 등심 500g | 50000834 | 식품>축산물>소고기 | 등급: 1+, 1++ | 중량: 500g, 1kg, 2kg
GENERAL_FOOD | 수제 딸기잼 300g | 50000860 | 식품>가공식품>잼 | 용량: 300g, 500g | 구성: 1병, 2병, 3병
DIET_FOOD | 종합 비타민 90정 | 50000903 | 식품>건강식품>비타민 | 구성: 90정, 180정 | 수량: 1통, 2통, 3통
KIDS | 유아 원목 블록 | 50001222 | 출산/육아>완구>블록 | 구성: 50피스, 100피스 | 포장: 기본, 선물포장, 이름각인
MUSICAL_INSTRUMENT | 입문용 통기타 | 50001640 | 취미/반려>악기>기타 | 색상: 내추럴, 선버스트 | 구성: 단품, 케이스 포함, 풀패키지
SPORTS_EQUIPMENT | 요가 매트 10mm | 50001683 | 스포츠/레저>요가>매트 | 색상: 퍼플, 민트 | 두께: 6mm, 8mm, 10mm
BOOKS | 한국 근현대사 산책 | 50005542 | 도서>역사>한국사 | 구성: 1권, 전권 | 포장: 기본, 선물포장, 북커버
RENTAL_HA | 직수 정수기 렌탈 | 50002371 | 디지털/가전>렌탈>정수기 | 색상: 화이트, 실버 | 관리: 방문관리, 자가관리, 방문+필터
RENTAL_ETC | 유아 카시트 대여 | 50002388 | 출산/육아>대여>카시트 | 기간: 1개월, 3개월 | 색상: 블랙, 그레이, 베이지
DIGITAL_CONTENTS | 온라인 영어 회화 강의 | 50002404 | 도서>e러닝>외국어 | 기간: 3개월, 6개월 | 레벨: 초급, 중급, 고급
GIFT_CARD | 모바일 상품권 | 50002466 | 생활/건강>상품권>모바일상품권 | 금액: 3만원권, 5만원권 | 수량: 1매, 2매, 3매
MOBILE_COUPON | 아메리카노 모바일 쿠폰 | 50002470 | 식품>모바일쿠폰>커피 | 사이즈: 톨, 그란데 | 수량: 1잔, 2잔, 5잔
MOVIE_SHOW | 뮤지컬 관람권 | 50002485 | 여가/생활편의>공연>뮤지컬 | 좌석: R석, S석 | 회차: 평일 저녁, 주말 낮, 주말 저녁
ETC_SERVICE | 에어컨 분해 세척 서비스 | 50002512 | 여가/생활편의>생활서비스>청소 | 형태: 벽걸이, 스탠드 | 대수: 1대, 2대, 3대
BIOCHEMISTRY | 주방 세제 1L | 50001321 | 생활/건강>세제>주방세제 | 향: 레몬, 자몽 | 수량: 1개, 2개, 4개
BIOCIDAL | 살균 소독제 500ml | 50001334 | 생활/건강>위생용품>소독제 | 용량: 500ml, 1L | 수량: 1개, 2개, 3개
ETC | 반려동물 자동 급식기 | 50001750 | 생활/건강>반려동물>급식기 | 색상: 화이트, 그레이 | 용량: 2L, 4L, 6L
`;

const KINDS: Record<string, Kind> = Object.fromEntries(
	KIND_TABLE.trim()
		.split('\n')
		.map((line) => {
			const [type, name, categoryId, wholeCategoryName, first, second] = line
				.split('|')
				.map((cell) => cell.trim());
			const group = (cell: string) => {
				const [groupName, values] = cell.split(':');
				return [groupName.trim(), values.split(',').map((value) => value.trim())] as const;
			};
			const [group1, values1] = group(first);
			const [group2, values2] = group(second);
			const kind: Kind = {
				name,
				categoryId,
				wholeCategoryName,
				options: [group1, values1, group2, values2],
			};
			return [type, kind];
		}),
);

/** The whole category name of a category a product kind uses (the search answer shows it). */
export function kindCategoryName(categoryId: string): string | undefined {
	return Object.values(KINDS).find((entry) => entry.categoryId === categoryId)?.wholeCategoryName;
}

/** What the ordinary goods (products.ts's NAMES) are, as notice types. */
const ORDINARY_NOTICE_TYPES: Record<string, string> = {
	'제주 감귤 5kg': 'FOOD',
	'무선 블루투스 이어폰': 'MICROELECTRONICS',
	'유기농 현미 10kg': 'FOOD',
	'스테인리스 텀블러 500ml': 'KITCHEN_UTENSILS',
	'면 100% 반팔 티셔츠': 'WEAR',
	'캠핑 접이식 의자': 'SPORTS_EQUIPMENT',
	'국산 참기름 300ml': 'GENERAL_FOOD',
	'LED 스탠드': 'HOME_APPLIANCES',
};

const ELECTRONICS = new Set([
	'IMAGE_APPLIANCES',
	'HOME_APPLIANCES',
	'SEASON_APPLIANCES',
	'OFFICE_APPLIANCES',
	'OPTICS_APPLIANCES',
	'MICROELECTRONICS',
	'CELLPHONE',
	'NAVIGATION',
	'MEDICAL_APPLIANCES',
	'RENTAL_HA',
]);
const FOODS = new Set(['FOOD', 'GENERAL_FOOD', 'DIET_FOOD']);
const FASHION = new Set(['WEAR', 'SHOES', 'BAG', 'FASHION_ITEMS', 'JEWELLERY']);
/** Sold as e-coupons (E쿠폰): nothing is shipped. */
const ECOUPONS = new Set(['GIFT_CARD', 'MOBILE_COUPON', 'MOVIE_SHOW']);
/** Sold by the measure, so the price per unit is shown (단위가격). */
const MEASURED = new Set(['FOOD', 'GENERAL_FOOD', 'COSMETIC', 'BIOCHEMISTRY', 'BIOCIDAL']);
/** Heavy goods delivered and set up by the seller (직접배송, 설치). */
const INSTALLED = new Set([
	'FURNITURE',
	'HOME_APPLIANCES',
	'SEASON_APPLIANCES',
	'IMAGE_APPLIANCES',
]);

// --- the notice (상품정보제공고시) -------------------------------------------------------------

interface NoticeType {
	type: string;
	/** The field of productInfoProvidedNotice that holds it (WEAR → wear, CELLPHONE → cellPhone). */
	key: string;
	schema: Schema;
}

let noticeTypesCache: NoticeType[] | undefined;

/**
 * The notice types and their fields, read from the contract, which scripts/contract/convert.ts
 * makes from Naver's reference: the fields are the reference's, not a copy of our reading. The
 * type list also names LODGMENT_RESERVATION, TRAVEL_PACKAGE, AIRLINE_TICKET and RENT_CAR, for
 * which the reference documents no fields (and its list of types in words leaves them out): no
 * product is seeded with them.
 */
export function noticeTypes(): NoticeType[] {
	if (noticeTypesCache) return noticeTypesCache;
	const get = contract().endpoints.find(
		(endpoint) =>
			endpoint.method === 'GET' &&
			endpoint.path === '/v2/products/origin-products/{originProductNo}',
	);
	const notice =
		get?.response?.properties?.originProduct?.properties?.detailAttribute?.properties
			?.productInfoProvidedNotice;
	const fields = notice?.properties ?? {};
	const types = fields.productInfoProvidedNoticeType?.enum ?? [];
	noticeTypesCache = types.flatMap((type) => {
		const key = Object.keys(fields).find(
			(name) =>
				name !== 'productInfoProvidedNoticeType' && name.toUpperCase() === type.replace(/_/g, ''),
		);
		return key && fields[key].properties ? [{ type, key, schema: fields[key] }] : [];
	});
	return noticeTypesCache;
}

/**
 * Where one of several fields is enough, the groups a seller picks from: the reference's "useStorePlace,
 * useStoreAddressId, useStoreUrl 셋 중 하나는 필수", a validity as dates or as days from purchase, and
 * "afterServiceDirector를 입력하지 않은 경우에는 필수". Products take the groups in turn.
 */
const NOTICE_ALTERNATIVES: Record<string, string[][][]> = {
	giftCard: [
		[['periodStartDate', 'periodEndDate'], ['periodDays']],
		[['useStorePlace'], ['useStoreAddressId'], ['useStoreUrl']],
	],
	etc: [[['afterServiceDirector'], ['customerServicePhoneNumber']]],
};

const MONTHS = [
	'JANUARY',
	'FEBRUARY',
	'MARCH',
	'APRIL',
	'MAY',
	'JUNE',
	'JULY',
	'AUGUST',
	'SEPTEMBER',
	'OCTOBER',
	'NOVEMBER',
	'DECEMBER',
];

interface ProductDates {
	made: number;
	released: number;
	expires: number;
	validFrom: number;
	validTo: number;
}

function noticeDate(name: string, dates: ProductDates): number {
	if (/^(packDate|manufactur)/.test(name)) return dates.made;
	if (/^(expirationDate|consumptionDate)/.test(name)) return dates.expires;
	if (name === 'periodStartDate') return dates.validFrom;
	if (name === 'periodEndDate') return dates.validTo;
	return dates.released;
}

/** A seller's notice of one type: the way sellers fill it, mostly "상품상세 참조". */
export function noticeOf(
	notice: NoticeType,
	occurrence: number,
	dates: ProductDates,
): Record<string, unknown> {
	const properties = notice.schema.properties ?? {};
	const required = new Set(notice.schema.required ?? []);
	const chosen = new Set<string>();
	const passedOver = new Set<string>();
	for (const groups of NOTICE_ALTERNATIVES[notice.key] ?? []) {
		groups.forEach((group, position) => {
			for (const name of group) {
				(position === occurrence % groups.length ? chosen : passedOver).add(name);
			}
		});
	}
	const fields: Record<string, unknown> = {};
	for (const [name, field] of Object.entries(properties)) {
		if (passedOver.has(name)) continue;
		// A date and its "직접 입력" text: every other product writes the date out in words instead.
		const hasText = properties[`${name}Text`] !== undefined;
		const isText = name.endsWith('Text') && properties[name.slice(0, -4)] !== undefined;
		if ((hasText && occurrence % 2 === 1) || (isText && occurrence % 2 === 0)) continue;
		// "해당 사항이 없으면 이 요소를 삭제하고 전송합니다": optional fields, left out on every other
		// product. The foods' 유통기한 (expirationDate), which the reference marks deprecated for
		// 소비기한, is among them: products listed before the change still carry it.
		const optional = !required.has(name) && !chosen.has(name) && !hasText && !isText;
		if (optional && occurrence % 2 === 1) continue;
		fields[name] = noticeValue(name, field, occurrence, dates);
	}
	return { productInfoProvidedNoticeType: notice.type, [notice.key]: fields };
}

function noticeValue(
	name: string,
	field: Schema,
	occurrence: number,
	dates: ProductDates,
): unknown {
	const at = new Date(noticeDate(name, dates) + 9 * 3_600_000);
	// A release month the contract takes as a 'yyyy-MM' text or YearMonth's object: the object, as
	// the reference's example and field list give it.
	if (field.anyOf) field = field.anyOf.find((branch) => branch.type === 'object') ?? field.anyOf[0];
	if (field.type === 'object') {
		// The reference's field list says "'yyyy-MM' 형식 입력" for the release month of season and
		// office appliances and sports equipment, but documents an object (year, month, monthValue,
		// leapYear: Java's YearMonth) in the example and its fields: the emulator follows the
		// documented object.
		const year = at.getUTCFullYear();
		const yearMonth: Record<string, unknown> = {
			year,
			month: MONTHS[at.getUTCMonth()],
			monthValue: at.getUTCMonth() + 1,
			leapYear: (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0,
		};
		return Object.fromEntries(
			Object.keys(field.properties ?? {}).map((key) => [key, yearMonth[key]]),
		);
	}
	if (field.type === 'boolean') {
		// Not genetically modified; an import declaration (수입 신고 필) on every other imported item.
		return /^importDeclaration/.test(name) ? occurrence % 2 === 0 : false;
	}
	if (field.type === 'integer' || field.type === 'number') {
		// giftCard: valid 90 days from purchase, or usable at the store in the seller's address book.
		return name === 'useStoreAddressId' ? ADDRESS_BOOK.store : 90;
	}
	if (field.enum) return field.enum[occurrence % field.enum.length];
	if (field.format === 'date') return kstDay(noticeDate(name, dates));
	// The other dates of a notice are months: string<'yyyy-MM' 형식 입력> in the reference.
	if (/Date$/.test(name)) return kstDay(noticeDate(name, dates)).slice(0, 7);
	return REFER_TO_DETAIL;
}

// --- enrichment -----------------------------------------------------------------------------

interface Position {
	index: number;
	/**
	 * How many products before this one have the same notice type and, like it, options or none:
	 * the turn it takes among them where a kind has variants.
	 */
	occurrence: number;
	noticeType: string;
	special: boolean;
	nowMs: number;
}

/** Which notice type a product has, and whether it is a product of a kind of its own. */
function noticeTypeAt(product: EmulatorProduct, index: number): { type: string; special: boolean } {
	const types = noticeTypes().map((notice) => notice.type);
	if (index % 4 === 2) {
		// The kinds take the notice types in turn, separately for those with combination options
		// (every twelfth product), so the option-stock answer shows every type too.
		const turn =
			index % 12 === 6
				? Math.floor(index / 12)
				: 2 * Math.floor(index / 12) + (index % 12 === 10 ? 1 : 0);
		return { type: types[turn % types.length], special: true };
	}
	const base = product.originProduct.name.replace(/ #\d+$/, '');
	return { type: ORDINARY_NOTICE_TYPES[base] ?? 'ETC', special: false };
}

/**
 * Adds what Naver documents to every seeded product. Numbers, statuses, prices, stock and option
 * IDs stay as seeded; a product of a kind of its own takes the kind's name, category and option
 * names.
 */
export function enrichProducts(products: EmulatorProduct[], nowMs: number): EmulatorProduct[] {
	const seen = new Map<string, number>();
	products.forEach((product, index) => {
		const { type, special } = noticeTypeAt(product, index);
		// Counted apart for products with options, so each variant also appears among those the
		// option-stock API takes.
		const optionInfo = product.originProduct.detailAttribute.optionInfo;
		const key = `${type}|${Boolean(optionInfo?.optionCombinations ?? optionInfo?.optionStandards)}`;
		const occurrence = seen.get(key) ?? 0;
		seen.set(key, occurrence + 1);
		enrichProduct(product, { index, occurrence, noticeType: type, special, nowMs });
	});
	return products;
}

function enrichProduct(product: EmulatorProduct, at: Position): void {
	const origin = product.originProduct;
	const { index } = at;
	const regMs = product.regMs;
	const dates: ProductDates = {
		made: regMs - 20 * DAY_MS,
		released: regMs - 90 * DAY_MS,
		expires: regMs + 365 * DAY_MS,
		validFrom: regMs,
		validTo: regMs + 365 * DAY_MS,
	};
	if (at.special) becomeKind(product, KINDS[at.noticeType], index);
	const detail = origin.detailAttribute;
	const notice = noticeTypes().find((entry) => entry.type === at.noticeType)!;
	detail.productInfoProvidedNotice = noticeOf(notice, at.occurrence, dates);

	addImagesAndDates(product, at);
	addDelivery(product, at);
	addDetails(product, at, dates);
	addOptions(product, at);
	addKindDetails(product, at, dates);
	addOverseas(product, at);
	addBenefits(product, at);
	addChannels(product, at);
	// 수급 상품번호: the reference names it and says no more; a few products carry one, as if listed
	// from a supplier's catalogue.
	if (index % 31 === 13) product.injectProductNo = 13_000_000_000 + index * 17;
}

/** A product of a kind of its own: its name, category and option names are the kind's. */
function becomeKind(product: EmulatorProduct, kindOf: Kind, index: number): void {
	const origin = product.originProduct;
	const name = `${kindOf.name} #${index + 1}`;
	origin.name = name;
	origin.leafCategoryId = kindOf.categoryId;
	origin.detailContent = `<p>${kindOf.name} 상세 설명</p>`;
	product.smartstoreChannelProduct.channelProductName = name;
	if (product.windowChannelProduct) product.windowChannelProduct.channelProductName = name;
	const optionInfo = origin.detailAttribute.optionInfo;
	if (!optionInfo?.optionCombinations) return;
	const [group1, values1, group2, values2] = kindOf.options;
	optionInfo.optionCombinationGroupNames = { optionGroupName1: group1, optionGroupName2: group2 };
	optionInfo.optionCombinations.forEach((combination, position) => {
		combination.optionName1 = values1[Math.floor(position / 3) % values1.length];
		combination.optionName2 = values2[position % values2.length];
	});
}

function addImagesAndDates(product: EmulatorProduct, at: Position): void {
	const origin = product.originProduct;
	const { index } = at;
	if (index % 7 === 0 || index % 7 === 3) {
		origin.images.optionalImages = [1, 2, 3].slice(0, 1 + (index % 3)).map((n) => ({
			url: `https://shop-phinf.pstatic.net/emulator/${product.originProductNo}_${n}.jpg`,
		}));
	}
	// A closed product's sale ended when it was closed; a few others sell for a limited time.
	if (origin.statusType === 'CLOSE') origin.saleEndDate = formatKst(product.modMs);
	else if (index % 11 === 4) origin.saleEndDate = kstAt(at.nowMs + 60 * DAY_MS, '23:59');
	// A second-hand item now and then (중고).
	if (index % 53 === 26) origin.saleType = 'OLD';
}

/** Delivery variants: fees, areas, bundles, Naver's delivery services, pick-up and made to order. */
function addDelivery(product: EmulatorProduct, at: Position): void {
	const origin = product.originProduct;
	const { index, noticeType } = at;
	if (ECOUPONS.has(noticeType)) {
		// "입력하지 않으면 배송 없는 상품으로 등록됩니다": an e-coupon is not shipped.
		delete origin.deliveryInfo;
		return;
	}
	const delivery = origin.deliveryInfo as Record<string, unknown>;
	const fee = delivery.deliveryFee as Record<string, unknown>;
	// "렌탈상품 등록/수정 시": fees FREE or PAID only, delivery NORMAL or HOPE only.
	const rental = noticeType === 'RENTAL_HA';
	const feeVariant = rental && index % 13 !== 7 ? -1 : index % 13;
	switch (feeVariant) {
		case 7:
			Object.assign(fee, { deliveryFeeType: 'FREE', baseFee: 0 });
			break;
		case 8:
		case 9:
			Object.assign(fee, {
				deliveryFeeType: 'CONDITIONAL_FREE',
				freeConditionalAmount: index % 13 === 8 ? 30_000 : 50_000,
			});
			break;
		case 10:
			// 수량별: the base fee again for every 3 items.
			Object.assign(fee, { deliveryFeeType: 'UNIT_QUANTITY_PAID', repeatQuantity: 3 });
			break;
		case 11:
			// 구간별: 3,000 won, 2,000 more from the 4th item, 4,000 more from the 10th.
			Object.assign(fee, {
				deliveryFeeType: 'RANGE_QUANTITY_PAID',
				secondBaseQuantity: 4,
				secondExtraFee: 2000,
				thirdBaseQuantity: 10,
				thirdExtraFee: 4000,
			});
			break;
		case 12:
			fee.deliveryFeePayType = 'COLLECT_OR_PREPAID';
			break;
	}
	if (index % 7 === 3 || index % 7 === 6) {
		const threeAreas = index % 7 === 6;
		fee.deliveryFeeByArea = {
			deliveryAreaType: threeAreas ? 'AREA_3' : 'AREA_2',
			area2extraFee: threeAreas ? 3000 : 5000,
			...(threeAreas ? { area3extraFee: 7000 } : {}),
		};
		fee.differentialFeeByArea = threeAreas
			? '제주 3,000원, 제주 외 도서산간 7,000원 추가'
			: '제주 및 도서산간 5,000원 추가';
	}
	const claim = delivery.claimDeliveryInfo as Record<string, unknown>;
	Object.assign(claim, {
		returnDeliveryCompanyPriorityType: index % 11 === 6 ? 'SECONDARY_1' : 'PRIMARY',
		shippingAddressId: ADDRESS_BOOK.shipping,
		returnAddressId: ADDRESS_BOOK.returns,
		freeReturnInsuranceYn: index % 4 === 0,
	});

	const service = rental && index % 37 !== 25 ? -1 : index % 37;
	const hasCombinations = Boolean(origin.detailAttribute.optionInfo?.optionCombinations?.length);
	if (service === 23 || (service === 24 && !hasCombinations)) {
		delivery.deliveryAttributeType = 'TODAY';
		delivery.todayStockQuantity = Math.min(origin.stockQuantity, 30);
	} else if (service === 24) {
		// 옵션별 오늘출발: which values of the first option leave today.
		delivery.deliveryAttributeType = 'OPTION_TODAY';
		const first = origin.detailAttribute.optionInfo!.optionCombinations![0];
		origin.detailAttribute.optionInfo!.optionDeliveryAttributes = [first.optionName1];
	} else if (service === 25) {
		delivery.deliveryAttributeType = 'HOPE';
		delivery.hopeDeliveryGroupId = 900_001;
	} else if (service === 26 || service === 27) {
		// N판매자배송 and N희망일배송: from the seller's warehouse, by its logistics company; the
		// latter with installation and without bundles, which it cannot have.
		delivery.deliveryAttributeType = service === 26 ? 'SELLER_GUARANTEE' : 'HOPE_SELLER_GUARANTEE';
		delivery.deliveryCompany = 'LC_EMULATOR';
		delivery.outboundLocationId = 'WH-0001';
		if (service === 27)
			Object.assign(delivery, { installation: true, installationFee: index % 2 === 0 });
	} else if (service === 28) {
		// N배송 (Naver fulfillment): stored and shipped by the logistics company, so no shipping address.
		delivery.deliveryAttributeType = 'ARRIVAL_GUARANTEE';
		delete claim.shippingAddressId;
		// logisticsCenterId is deprecated, and still shown for products set up with it.
		origin.productLogistics = [
			{
				logisticsCompanyId: 'LC_EMULATOR',
				...(index % 2 === 0 ? { logisticsCenterId: 'CT-01' } : {}),
			},
		];
		origin.detailAttribute.skuYn = true;
	}
	const attribute = delivery.deliveryAttributeType as string;
	const plain = attribute === 'NORMAL' || attribute === 'TODAY';
	if (INSTALLED.has(noticeType) && attribute === 'NORMAL') {
		// 직접배송(화물배달): no courier.
		delivery.deliveryType = 'DIRECT';
		delete delivery.deliveryCompany;
	}
	if (attribute !== 'HOPE_SELLER_GUARANTEE' && attribute !== 'ARRIVAL_GUARANTEE') {
		const bundled = index % 5 === 0;
		delivery.deliveryBundleGroupUsable = bundled;
		if (bundled) delivery.deliveryBundleGroupId = 800_001 + (index % 3);
	}
	if (plain && index % 29 === 7) delivery.quickServiceAreas = ['SEOUL', 'GWACHEON', 'SEONGNAM'];
	if (plain && index % 31 === 11) delivery.visitAddressId = ADDRESS_BOOK.visit;
	if (index % 19 === 9) {
		// Made after the order (주문 확인 후 제작): shipped in the days chosen, or as written.
		const period = ['FIVE', 'SEVEN', 'ETC'][at.occurrence % 3];
		Object.assign(delivery, {
			customProductAfterOrderYn: true,
			expectedDeliveryPeriodType: period,
			...(period === 'ETC'
				? { expectedDeliveryPeriodDirectInput: '주문 확인 후 10일 이내 발송' }
				: {}),
		});
		origin.detailAttribute.customProductYn = true;
	}
}

function addDetails(product: EmulatorProduct, at: Position, dates: ProductDates): void {
	const origin = product.originProduct;
	const detail = origin.detailAttribute;
	const { index } = at;
	const code = String(index).padStart(5, '0');
	if (index % 7 === 1) {
		// 880: Korea's GS1 prefix; the last digit is the EAN-13 check digit.
		detail.sellerCodeInfo!.sellerBarcode = withEanCheckDigit(
			`880123${String(index).padStart(6, '0')}`,
		);
	}
	if (index % 13 === 2) {
		Object.assign(detail.sellerCodeInfo!, {
			sellerCustomCode1: `WMS-${code}`,
			sellerCustomCode2: `ERP-${code}`,
		});
	}
	if (index % 11 === 1 || index % 11 === 7) {
		detail.purchaseQuantityInfo = {
			minPurchaseQuantity: index % 11 === 1 ? 1 : 2,
			maxPurchaseQuantityPerId: index % 11 === 1 ? 5 : 20,
			maxPurchaseQuantityPerOrder: index % 11 === 1 ? 3 : 10,
		};
	}
	if (index % 13 === 0 || index % 13 === 5) {
		// Tags from Naver's tag dictionary have a code; one the seller typed in has none.
		detail.seoInfo = {
			pageTitle: `${origin.name} | 에뮬레이터 스토어`,
			metaDescription: `${origin.name}, 오늘 주문하면 내일 도착`,
			sellerTags: [{ code: 310_001 + (index % 50), text: '선물추천' }, { text: '에뮬레이터단독' }],
		};
	}
	if (index % 7 === 2 || index % 7 === 5) {
		detail.productAttributes = [
			{ attributeSeq: 10_001, attributeValueSeq: 100_011 + (index % 4) },
			// A range attribute: the actual value and its unit code. The reference gives no list of
			// unit codes; the emulator uses the unit's name.
			{
				attributeSeq: 10_002,
				attributeValueSeq: 100_021,
				attributeRealValue: '500',
				attributeRealValueUnitCode: 'ml',
			},
		];
	}
	if (index % 13 === 7) detail.eventPhraseCont = '오늘 주문 시 사은품 증정';
	if (index % 17 === 8) {
		Object.assign(detail, {
			sellerCommentContent: '주문이 많아 발송이 1~2일 늦어질 수 있습니다.',
			sellerCommentUsable: true,
		});
	}
	if (index % 19 === 12) detail.itselfProductionProductYn = true;
	if (index % 17 === 3 || index % 17 === 11) {
		detail.supplementProductInfo = {
			sortType: index % 17 === 3 ? 'CREATE' : 'LOW_PRICE',
			supplementProducts: [
				{
					id: 40_000_000_000 + index * 4,
					groupName: '추가구성',
					name: '선물포장',
					price: 2000,
					stockQuantity: 100,
					sellerManagementCode: `SUP-${code}-1`,
					usable: true,
				},
				{
					id: 40_000_000_001 + index * 4,
					groupName: '추가구성',
					name: '쇼핑백',
					price: 500,
					stockQuantity: 0,
					usable: false,
				},
			],
		};
	}
	// Catalogue data: the matched products (every fourth, from the fourth) are Naver's catalogue
	// models, whose ID the search shows as modelId; others name their maker and brand only.
	const search = detail.naverShoppingSearchInfo as Record<string, unknown> | undefined;
	if (search?.catalogMatchingYn) {
		Object.assign(search, {
			modelId: search.matchedCatalogId,
			modelName: `에뮬레이터 모델 ${index}`,
			brandId: 90_001,
		});
	} else if (index % 7 === 6) {
		detail.naverShoppingSearchInfo = {
			manufacturerName: '한국에뮬레이터(주)',
			brandId: 90_002,
			brandName: '에뮬',
			catalogMatchingYn: false,
		};
		if (index % 2 === 0) detail.brandCertificationYn = true;
	}
	if (FASHION.has(at.noticeType) || index % 23 === 4) detail.manufactureDefineNo = `EM-${code}`;
	// Books and unprocessed farm, livestock and fishery goods are VAT-free (면세).
	detail.taxType = ['BOOKS', 'FOOD'].includes(at.noticeType) ? 'DUTYFREE' : 'TAX';
	if (index % 43 === 5) {
		detail.originAreaInfo = { originAreaCode: '04', content: '국산(제주도)', plural: false };
	} else if (index % 43 === 6) {
		// Ingredients from several countries (복수 원산지), as the detail page says.
		detail.originAreaInfo = { originAreaCode: '03', plural: true };
	}
	if (index % 29 === 3) detail.purchaseReviewInfo = { purchaseReviewExposure: true };
	if (detail.releaseDate === undefined && ELECTRONICS.has(at.noticeType)) {
		detail.releaseDate = kstDay(dates.released);
	}
}

/** Options beyond the seeded ones: single and custom options, a third and fourth option group. */
function addOptions(product: EmulatorProduct, at: Position): void {
	const detail = product.originProduct.detailAttribute;
	const { index } = at;
	const optionInfo = detail.optionInfo;
	const idBase = 32_000_000_000 + index * 16;
	if (!optionInfo && index % 19 === 14 && at.noticeType !== 'RENTAL_HA') {
		// 단독형 옵션: one value each, no stock of their own (a rental may not have them).
		detail.optionInfo = {
			simpleOptionSortType: 'ABC',
			optionSimple: [
				{ id: idBase, groupName: '맛', name: '순한맛', usable: true },
				{ id: idBase + 1, groupName: '맛', name: '매운맛', usable: true },
			],
		} as unknown as typeof detail.optionInfo;
		return;
	}
	if (index % 23 === 15 || (!optionInfo && index % 23 === 8)) {
		// 직접 입력형 옵션: the buyer types the value, so the option has a name and no value
		// ("직접 입력형 옵션인 경우 무시됩니다").
		const custom = [{ id: idBase + 4, groupName: '각인 문구', usable: true }];
		if (optionInfo) (optionInfo as Record<string, unknown>).optionCustom = custom;
		else detail.optionInfo = { optionCustom: custom } as unknown as typeof detail.optionInfo;
	}
	const combinations = optionInfo?.optionCombinations;
	if (!optionInfo || !combinations) {
		for (const standard of optionInfo?.optionStandards ?? []) {
			if (detail.skuYn) (standard as unknown as Record<string, unknown>).skuYn = true;
		}
		for (const group of optionInfo?.standardOptionGroups ?? []) {
			for (const attribute of group.standardOptionAttributes as Array<Record<string, unknown>>) {
				attribute.imageUrls = [
					`https://shop-phinf.pstatic.net/emulator/${product.originProductNo}_color.jpg`,
				];
			}
		}
		return;
	}
	for (const combination of combinations) {
		if (detail.skuYn) (combination as OptionCombination & { skuYn?: boolean }).skuYn = true;
	}
	// By sevens, so the statuses (a cycle of 20) vary among them.
	const turn = Math.floor(index / 12) % 7;
	const delivery = product.originProduct.deliveryInfo;
	if (index % 12 === 6 && turn === 6 && delivery && delivery.deliveryAttributeType === 'NORMAL') {
		// 지점형 옵션 of 지금배달 (당일배송): the first value is a branch ID, and a fourth group is
		// allowed ("optionGroupName4: 지점형 옵션인 경우만 대상").
		const names = optionInfo.optionCombinationGroupNames!;
		optionInfo.optionCombinationGroupNames = {
			optionGroupName1: '지점',
			optionGroupName2: names.optionGroupName1,
			optionGroupName3: names.optionGroupName2,
			optionGroupName4: '포장',
		};
		combinations.forEach((combination, position) => {
			const entry = combination as OptionCombination & {
				optionName3?: string;
				optionName4?: string;
			};
			entry.optionName4 = position % 2 === 0 ? '기본포장' : '보냉포장';
			entry.optionName3 = combination.optionName2;
			entry.optionName2 = combination.optionName1;
			entry.optionName1 = String(7_000_100 + (position % 2));
		});
		delivery.deliveryAttributeType = 'TODAY_ARRIVAL';
	} else if (turn === 3) {
		optionInfo.optionCombinationGroupNames!.optionGroupName3 = '포장';
		combinations.forEach((combination, position) => {
			(combination as OptionCombination & { optionName3?: string }).optionName3 =
				position % 2 === 0 ? '기본포장' : '선물포장';
		});
	}
}

/** What a kind has of its own: books, e-coupons, certifications, unit prices, food details. */
function addKindDetails(product: EmulatorProduct, at: Position, dates: ProductDates): void {
	const origin = product.originProduct;
	const detail = origin.detailAttribute;
	const { noticeType, occurrence, index } = at;
	const code = String(index).padStart(5, '0');
	if (noticeType === 'BOOKS') {
		// A book with an ISBN, a magazine with an ISSN, or an independent publication without.
		const form = occurrence % 3;
		detail.isbnInfo =
			form === 0
				? {
						isbn13: withEanCheckDigit(`979119${String(index).padStart(6, '0')}`),
						independentPublicationYn: false,
					}
				: form === 1
					? { issn: withIssnCheckDigit(String(1000 + (index % 9000)).padStart(7, '0')) }
					: { independentPublicationYn: true };
		// Codes from the seller centre's lists where the seller found one; names only otherwise.
		detail.bookInfo = {
			publishDay: kstDay(dates.released),
			publisher: { code: 'PB0001', text: '에뮬레이터출판' },
			authors: [{ code: 'AU0101', text: '김한국' }],
			...(occurrence % 2 === 0
				? {
						illustrators: [{ code: 'IL0042', text: '이그림' }],
						translators: [{ code: 'TR0007', text: '박번역' }],
					}
				: {}),
		};
		detail.cultureCostIncomeDeductionYn = true;
		detail.releaseDate = kstDay(dates.released);
	}
	if (noticeType === 'MOVIE_SHOW') detail.cultureCostIncomeDeductionYn = true;
	if (noticeType === 'RENTAL_HA') product.rental = rentalOf(product, at);
	if (ECOUPONS.has(noticeType)) {
		// Valid between two dates or for some days from purchase; used at a place, an address of
		// the seller's address book, or a web site.
		const fixed = occurrence % 2 === 0;
		const place = (['PLACE', 'ADDRESS', 'URL'] as const)[occurrence % 3];
		detail.ecoupon = {
			periodType: fixed ? 'FIXED' : 'FLEXIBLE',
			...(fixed
				? { validStartDate: kstDay(dates.validFrom), validEndDate: kstDay(dates.validTo) }
				: { periodDays: 90 }),
			publicInformationContents: '에뮬레이터 기프트',
			contactInformationContents: '1588-0000',
			usePlaceType: place,
			usePlaceContents:
				place === 'PLACE'
					? '전국 에뮬레이터 카페 매장'
					: place === 'ADDRESS'
						? String(ADDRESS_BOOK.store)
						: 'https://gift.emulator.example/use',
			...(place === 'URL' ? { siteName: '에뮬레이터 기프트' } : {}),
			restrictCart: occurrence % 2 === 1,
		};
		detail.validDate = kstDay(dates.validTo);
		detail.originAreaInfo = { originAreaCode: '05' };
	}
	if (ELECTRONICS.has(noticeType) || noticeType === 'KIDS') {
		const child = noticeType === 'KIDS';
		detail.productCertificationInfos = [
			{
				certificationInfoId: child ? 1004 : 1001,
				certificationKindType: child ? 'CHILD_CERTIFICATION' : 'KC_CERTIFICATION',
				name: child ? '한국건설생활환경시험연구원' : '국립전파연구원',
				certificationNumber: child ? `CB063R${code}-1001` : `R-R-EMU-${code}`,
				certificationMark: true,
				companyName: '(주)에뮬레이터전자',
				certificationDate: kstDay(dates.released),
			},
		];
		detail.certificationTargetExcludeContent = {
			kcCertifiedProductExclusionYn: 'FALSE',
			childCertifiedProductExclusionYn: !child,
			greenCertifiedProductExclusionYn: true,
		};
	} else if (noticeType === 'BIOCHEMISTRY' && !detail.certificationTargetExcludeContent) {
		// 안전기준준수 대상 생활화학제품, and a green (친환경) label.
		detail.certificationTargetExcludeContent = {
			kcCertifiedProductExclusionYn: 'KC_EXEMPTION_OBJECT',
			kcExemptionType: 'SAFE_CRITERION',
			childCertifiedProductExclusionYn: true,
			greenCertifiedProductExclusionYn: false,
		};
		detail.productCertificationInfos = [
			{
				certificationInfoId: 1006,
				certificationKindType: 'GREEN_PRODUCTS',
				name: '한국환경산업기술원',
				certificationNumber: `EL-${code}`,
				certificationMark: true,
			},
		];
	} else if (FASHION.has(noticeType) && !detail.certificationTargetExcludeContent) {
		detail.certificationTargetExcludeContent = {
			kcCertifiedProductExclusionYn: 'TRUE',
			childCertifiedProductExclusionYn: true,
			greenCertifiedProductExclusionYn: true,
		};
		if (index % 3 === 1) {
			// A parallel import (병행수입), which must name its certification.
			detail.productCertificationInfos = [
				{
					certificationInfoId: 1008,
					certificationKindType: 'PARALLEL_IMPORT',
					name: '병행수입',
					certificationNumber: `PI-${code}`,
					certificationMark: false,
				},
			];
		} else if (index % 3 === 2) {
			detail.productCertificationInfos = [
				{
					certificationInfoId: 1010,
					certificationKindType: 'ETC',
					name: '울마크',
					certificationNumber: `WM-${code}`,
				},
			];
		}
	}
	if (MEASURED.has(noticeType)) {
		// 단위가격: e.g. 300 ml shown per 100 ml.
		detail.unitCapacity = {
			unitPriceYn: true,
			totalCapacityValue: noticeType === 'FOOD' ? 500 : 300,
			unitCapacity: 100,
			indicationUnit: noticeType === 'FOOD' ? 'g' : 'ml',
		};
	}
	if (FOODS.has(noticeType)) {
		detail.manufactureDate = kstDay(dates.made);
		detail.validDate = kstDay(dates.expires);
		// Reviews may be hidden only in food categories, with the reason; shown, the reason is
		// saved empty ("빈 값으로 저장"), so it is left out.
		detail.purchaseReviewInfo =
			occurrence % 4 === 3
				? {
						purchaseReviewExposure: false,
						reviewUnExposeReason: '건강기능식품 표시·광고 심의 대상',
					}
				: { purchaseReviewExposure: true };
		if (noticeType === 'FOOD' && occurrence % 5 === 1) {
			detail.originAreaInfo = { originAreaCode: '02', importer: '에뮬레이터 푸드', plural: false };
		}
	}
}

/**
 * Bought abroad for the buyer (구매대행): imported, customs included or not, and exempt from KC
 * certification as such, with the certification it has abroad. After the kinds' certifications,
 * which it replaces.
 */
function addOverseas(product: EmulatorProduct, at: Position): void {
	const { index, noticeType } = at;
	if (index % 41 !== 20 || ECOUPONS.has(noticeType)) return;
	const detail = product.originProduct.detailAttribute;
	const code = String(index).padStart(5, '0');
	Object.assign(detail, {
		originAreaInfo: { originAreaCode: '02', importer: '에뮬레이터 트레이딩', content: '미국' },
		customsTaxType: at.occurrence % 2 === 0 ? 'INCLUDED' : 'EXCLUDED',
		certificationTargetExcludeContent: {
			kcCertifiedProductExclusionYn: 'KC_EXEMPTION_OBJECT',
			kcExemptionType: 'OVERSEAS',
			childCertifiedProductExclusionYn: true,
			greenCertifiedProductExclusionYn: true,
		},
		productCertificationInfos: [
			{
				certificationInfoId: 1009,
				certificationKindType: 'OVERSEAS',
				name: 'FCC',
				certificationNumber: `FCC-ID-EMU${code}`,
				certificationMark: false,
			},
		],
	});
	if (product.originProduct.deliveryInfo) {
		product.originProduct.deliveryInfo.businessCustomsClearanceSaleYn = true;
	}
}

/** The seller's benefit policies (고객 혜택), with their periods where they have one. */
function addBenefits(product: EmulatorProduct, at: Position): void {
	const origin = product.originProduct;
	const { index, nowMs } = at;
	const benefit: NonNullable<OriginProduct['customerBenefit']> = origin.customerBenefit ?? {};
	const from = product.regMs;
	const until = nowMs + 90 * DAY_MS;
	const immediate = benefit.immediateDiscountPolicy?.discountMethod;
	if (immediate && index % 8 === 5) {
		immediate.startDate = kstAt(from, '00:00');
		immediate.endDate = kstAt(until, '23:59');
	}
	for (const promotion of (benefit.promotionDiscountPolicies ?? []) as Array<{
		discountMethod: Record<string, unknown>;
	}>) {
		if (index % 16 === 9) {
			promotion.discountMethod.startDate = kstAt(nowMs - 7 * DAY_MS, '10:00');
			promotion.discountMethod.endDate = kstAt(nowMs + 7 * DAY_MS, '23:59');
		}
	}
	if (index % 7 === 4) {
		// "시작일을 입력한 경우 필수": an end date wherever there is a start date.
		const percent = index % 2 === 0;
		benefit.purchasePointPolicy = {
			value: percent ? 1 : 500,
			unitType: percent ? 'PERCENT' : 'WON',
			...(index % 3 === 0 ? { startDate: kstDay(from), endDate: kstDay(until) } : {}),
		};
	}
	if (index % 11 === 2) {
		benefit.reviewPointPolicy = {
			textReviewPoint: 50,
			photoVideoReviewPoint: 150,
			afterUseTextReviewPoint: 100,
			afterUsePhotoVideoReviewPoint: 200,
			storeMemberReviewPoint: 100,
			startDate: kstDay(from),
			endDate: kstDay(until),
		};
	}
	if (index % 13 === 9) {
		benefit.freeInterestPolicy = {
			value: 3 + (index % 3) * 3,
			...(index % 2 === 0 ? { startDate: kstDay(from), endDate: kstDay(until) } : {}),
		};
	}
	if (index % 17 === 5) benefit.giftPolicy = { presentContent: '보냉백 증정 (선착순 100명)' };
	if (index % 19 === 7) {
		// 복수 구매 할인: 1,000 won off from 2 items, or 5 % off from 50,000 won; dates only.
		const byCount = index % 2 === 0;
		benefit.multiPurchaseDiscountPolicy = {
			discountMethod: {
				value: byCount ? 1000 : 5,
				unitType: byCount ? 'WON' : 'PERCENT',
				startDate: kstDay(from),
				endDate: kstDay(until),
			},
			orderValue: byCount ? 2 : 50_000,
			orderValueUnitType: byCount ? 'COUNT' : 'WON',
		};
	}
	if (index % 23 === 11) {
		// 예약 할인: a discount set up for next week.
		benefit.reservedDiscountPolicy = {
			discountMethod: {
				value: 10,
				unitType: 'PERCENT',
				startDate: kstAt(nowMs + 7 * DAY_MS, '00:00'),
				endDate: kstAt(nowMs + 14 * DAY_MS, '23:59'),
			},
		};
	}
	if (Object.keys(benefit).length > 0) origin.customerBenefit = benefit;
}

function addChannels(product: EmulatorProduct, at: Position): void {
	const { index } = at;
	// bbsSeq: the store notice (공지사항) shown with the product.
	if (index % 9 === 4) product.smartstoreChannelProduct.bbsSeq = 5_000_001 + (index % 4);
	const window = product.windowChannelProduct;
	if (!window) return;
	if (index % 7 === 1) window.bbsSeq = 6_000_001;
	// 알림받기 동의 회원 전용 상품: on the window channel only for some.
	window.storeKeepExclusiveProduct = index % 3 === 0;
}

/**
 * A rental (렌탈) product's contract terms and rental point policies. The write answers (PUT
 * origin-products and option-stock) document them; the v2 GET documents neither, and the PUT
 * request cannot send them. The emulator keeps them beside the product: its GET answer leaves them
 * out, as its reference page does, the write answers show them, and an update keeps them.
 */
function rentalOf(product: EmulatorProduct, at: Position): NonNullable<EmulatorProduct['rental']> {
	const { occurrence, nowMs, index } = at;
	const exclusive = occurrence % 2 === 0;
	const from = kstAt(product.regMs, '00:00');
	const until = kstAt(nowMs + 180 * DAY_MS, '23:59');
	return {
		rentalInfo: {
			// "렌탈전용상품여부N일경우 필수": a product also sold outright has its one-off price.
			exclusiveRentalProductYn: exclusive,
			...(exclusive ? {} : { retailPrice: 890_000 }),
			basisCreditScore: 600,
			contractGuideInfo: {
				guideContents: [
					{
						guideType: 'CONSUMABLE_FEE',
						feeValue: 15_000,
						feeText: '필터 추가 교체 시 회당 15,000원',
						conditionalFeeYn: false,
					},
					{
						guideType: 'ADDITIONAL_FEE',
						guideTypeNameInput: '층간 이동 설치비',
						feeValue: 30_000,
						conditionalFeeYn: true,
					},
				],
			},
			onetimeFeeInfo: {
				onetimeFeeUsable: true,
				onetimeFeePaymentType: exclusive ? 'DIRECT' : 'AFTER_ONE_TERM',
				onetimeFeeContents: [
					{ feeType: 'REGISTRATION_FEE', feeValue: 100_000, exemptionYn: true },
					{
						feeType: 'ADDITIONAL_FEE',
						feeTypeNameInput: '설치비',
						feeValue: 50_000,
						exemptionYn: false,
					},
				],
			},
			rentalTermsPolicyId: 3001,
			rentalPenaltyPolicyId: 3101,
			rentalContractConditions: [
				{
					contractPeriod: 36,
					commitmentPeriod: 36,
					managementMethodType: 'VISIT',
					visitIntervals: 4,
					replacementServiceType: 'INCLUDE',
					replacementUnitName: '필터',
					replacementCount: 9,
					advancedPaymentFeeType: 'NONE',
					ownershipTransferType: 'AUTO',
					rentalMonthlyFee: 29_900,
					naverShoppingPriceYn: true,
					sellerManagerCode: `RNT-${index}-36`,
					usable: true,
				},
				{
					contractPeriod: 60,
					commitmentPeriod: 36,
					managementMethodType: 'ONESELF',
					selfManagementAdditionalServiceText: '6개월마다 필터 택배 발송',
					replacementServiceType: 'NOT_INCLUDE',
					advancedPaymentFeeType: 'PAID',
					advancedPaymentFeeValue: 200_000,
					ownershipTransferType: 'NO_TRANSFER',
					rentalMonthlyFee: 19_900,
					naverShoppingPriceYn: false,
					usable: true,
				},
			],
			// Discounts for all terms, the first month free on 60-month visit contracts, and 10 %
			// off months 13 to 24.
			rentalContractBenefits: [
				{
					contractPeriodType: 'ALL',
					commitmentPeriodType: 'ALL',
					managementMethodType: 'ALL',
					discountName: '제휴카드 할인',
					discountTermType: 'ALL',
					exemptionYn: false,
					benefitValue: 5000,
					benefitUnitType: 'WON',
					startDate: from,
					endDate: until,
					regOrder: 1,
				},
				{
					contractPeriodType: 'CONDITIONAL',
					contractPeriod: 60,
					commitmentPeriodType: 'CONDITIONAL',
					commitmentPeriod: 36,
					managementMethodType: 'VISIT',
					discountName: '첫 달 무료',
					promotionCode: 'FIRSTMONTH',
					discountTermType: 'CONDITIONAL',
					conditionalDiscountTerms: [1],
					exemptionYn: true,
					regOrder: 2,
				},
				{
					contractPeriodType: 'ALL',
					commitmentPeriodType: 'ALL',
					managementMethodType: 'ALL',
					discountName: '2년차 할인',
					discountTermType: 'PERIOD',
					startPeriod: 13,
					endPeriod: 24,
					exemptionYn: false,
					benefitValue: 10,
					benefitUnitType: 'PERCENT',
					regOrder: 3,
				},
			],
		},
		benefits: {
			// 정기결제 포인트 in %, 0.1 to 30; 감사 and 예약 포인트 in won, with minute rules like discounts.
			scheduledPointPolicy: {
				value: 1.5,
				startDate: kstDay(product.regMs),
				endDate: kstDay(nowMs + 180 * DAY_MS),
			},
			rentalGiftPointPolicy: { value: 30_000, startDate: from, endDate: until },
			rentalReservedPointPolicy: { value: 10_000, startDate: from, endDate: until },
		},
	};
}

/** The write answers' product: the GET's, with what only they document (see rentalOf). */
export function withWriteOnlyFields(
	product: EmulatorProduct,
	answer: Record<string, unknown>,
): Record<string, unknown> {
	if (!product.rental) return answer;
	const origin = answer.originProduct as OriginProduct;
	origin.detailAttribute.rentalInfo = structuredClone(product.rental.rentalInfo);
	origin.customerBenefit = {
		...(origin.customerBenefit ?? {}),
		...structuredClone(product.rental.benefits),
	};
	return answer;
}

function withEanCheckDigit(twelveDigits: string): string {
	const sum = [...twelveDigits].reduce(
		(total, digit, position) => total + Number(digit) * (position % 2 === 0 ? 1 : 3),
		0,
	);
	return `${twelveDigits}${(10 - (sum % 10)) % 10}`;
}

function withIssnCheckDigit(sevenDigits: string): string {
	const sum = [...sevenDigits].reduce(
		(total, digit, position) => total + Number(digit) * (8 - position),
		0,
	);
	const check = (11 - (sum % 11)) % 11;
	return `${sevenDigits}${check === 10 ? 'X' : check}`;
}

// --- read-only fields and answers -----------------------------------------------------------

/**
 * What Naver keeps of a product whatever a full update sends: its own catalogue matching and
 * promotions, the fashion models' details (the PUT names a model by modelId only) and the window
 * channel's display status, all of which the write answers document but the PUT cannot carry.
 */
export function keepNaverManagedFields(
	before: EmulatorProduct['originProduct'],
	after: EmulatorProduct['originProduct'],
	windowBefore: Record<string, unknown> | undefined,
	windowAfter: Record<string, unknown> | undefined,
): void {
	const promotions = before.customerBenefit?.promotionDiscountPolicies;
	if (promotions) {
		after.customerBenefit = {
			...(after.customerBenefit ?? {}),
			promotionDiscountPolicies: structuredClone(promotions),
		};
	}
	const matched = before.detailAttribute.naverShoppingSearchInfo as
		| Record<string, unknown>
		| undefined;
	if (matched && matched.catalogMatchingYn !== undefined) {
		const search = (after.detailAttribute.naverShoppingSearchInfo ?? {}) as Record<string, unknown>;
		search.catalogMatchingYn = matched.catalogMatchingYn;
		if (matched.matchedCatalogId !== undefined) search.matchedCatalogId = matched.matchedCatalogId;
		after.detailAttribute.naverShoppingSearchInfo = search;
	}
	type Model = { modelId: number } & Record<string, unknown>;
	const knownModels =
		(before.detailAttribute.productSize as { models?: Model[] } | undefined)?.models ?? [];
	const models = (after.detailAttribute.productSize as { models?: Model[] } | undefined)?.models;
	for (const [position, model] of (models ?? []).entries()) {
		const known = knownModels.find((entry) => entry.modelId === model.modelId);
		if (known) models![position] = { ...structuredClone(known), ...model };
	}
	if (windowBefore && windowAfter && windowBefore.channelProductDisplayStatusType !== undefined) {
		windowAfter.channelProductDisplayStatusType = windowBefore.channelProductDisplayStatusType;
	}
}

/** The search summary's benefit and catalogue fields, from the product they summarise. */
export function summaryBenefits(
	product: EmulatorProduct,
	discountedPrice: number,
): Record<string, unknown> {
	const origin = product.originProduct;
	const benefit = (origin.customerBenefit ?? {}) as Record<
		string,
		Record<string, unknown> | undefined
	>;
	const multi = benefit.multiPurchaseDiscountPolicy;
	const multiMethod = multi?.discountMethod as Record<string, unknown> | undefined;
	const point = benefit.purchasePointPolicy;
	const review = benefit.reviewPointPolicy;
	const search = origin.detailAttribute.naverShoppingSearchInfo as
		| Record<string, unknown>
		| undefined;
	const seo = origin.detailAttribute.seoInfo as { sellerTags?: unknown[] } | undefined;
	return {
		...(product.injectProductNo ? { injectProductNo: product.injectProductNo } : {}),
		// Deprecated: "mobileDiscountMethod로 설정한 값은 무시됩니다", so it is the discounted price.
		mobileDiscountedPrice: discountedPrice,
		...(multiMethod
			? {
					multiPurchaseDiscount: multiMethod.value,
					multiPurchaseDiscountUnitType: multiMethod.unitType,
				}
			: {}),
		...(point
			? {
					sellerPurchasePoint: point.value,
					sellerPurchasePointUnitType: point.unitType,
					// The product documents no administrator's point (GET has the seller's policy
					// only): the emulator has none to add.
					managerPurchasePoint: 0,
				}
			: {}),
		...(review
			? {
					textReviewPoint: review.textReviewPoint,
					photoVideoReviewPoint: review.photoVideoReviewPoint,
					regularCustomerPoint: review.storeMemberReviewPoint,
				}
			: {}),
		...(benefit.freeInterestPolicy ? { freeInterest: benefit.freeInterestPolicy.value } : {}),
		...(benefit.giftPolicy ? { gift: benefit.giftPolicy.presentContent } : {}),
		...(search?.modelId !== undefined
			? { modelId: search.modelId, modelName: search.modelName }
			: {}),
		...(search?.brandName !== undefined ? { brandName: search.brandName } : {}),
		...(search?.manufacturerName !== undefined
			? { manufacturerName: search.manufacturerName }
			: {}),
		...(seo?.sellerTags ? { sellerTags: structuredClone(seo.sellerTags) } : {}),
	};
}
