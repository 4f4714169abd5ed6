/**
 * What a seller looks up while listing products (상품 등록 기준 정보, second part), with the rules
 * of Naver's reference pages:
 *
 * - tags (v2): whether tags are restricted (제한 태그), tags recommended for a keyword (추천 태그);
 * - standard options of a category (표준형 옵션: colours and sizes of fashion), and the purchase
 *   option guides (v2 판매 옵션 가이드) a group product of a leaf category is built on;
 * - catalogue models (카탈로그) by name, paged, and one by ID;
 * - size types (사이즈 타입) and the units of attribute values (속성값 단위);
 * - the seller's fashion models (패션모델): listed, saved, changed and deleted.
 *
 * Data here is the emulator's, chosen to agree with what the seeded products carry: the size type
 * 1 with its value type 1 (가슴단면), the standard colour attribute 1 with 11 블랙, the catalogue
 * models the matched products name (40000000003 에뮬레이터 모델 3, …), the fashion model 7003.
 * Errors are the product group's `{code, message, invalidInputs, timestamp}`.
 */
import {
	BRANDS,
	CATEGORIES,
	categoryById,
	MANUFACTURERS,
	topCategoryOf,
	type Category,
} from '../catalogueData';
import type { RouteModule } from '../server';
import type { Store } from '../store';
import {
	badRequest,
	Collection,
	isObject,
	notFound,
	omit,
	pageQuery,
	requiredText,
	routeTable,
	springPage,
	success,
	type Json,
	type RouteCall,
} from './collections';
import { PRODUCT_COUNT } from './products';

// --- tags ------------------------------------------------------------------------------------

/**
 * Naver's tag dictionary (태그 사전), in part: tags with a code. 310001 선물추천 is the tag the
 * seeded products carry.
 */
export const TAG_DICTIONARY: ReadonlyArray<{ code: number; text: string }> = [
	'선물추천',
	...[
		'생일선물',
		'집들이선물',
		'어버이날선물',
		'크리스마스선물',
		'답례품',
		'가성비',
		'데일리룩',
		'오피스룩',
		'캠핑용품',
		'캠핑의자',
		'캠핑감성',
		'홈카페',
		'홈트레이닝',
		'자취필수템',
		'주방용품',
		'텀블러',
		'보온병',
		'여름티셔츠',
		'반팔티',
		'오버핏티셔츠',
		'커플티',
		'제주감귤',
		'제철과일',
		'산지직송',
		'유기농',
		'무농약',
		'건강간식',
		'다이어트',
		'블루투스이어폰',
		'무선이어폰',
		'노이즈캔슬링',
		'게이밍',
		'재택근무',
		'인테리어소품',
		'북유럽인테리어',
		'수납정리',
		'신생아선물',
		'출산선물',
		'유아식기',
		'반려견간식',
		'고양이장난감',
		'여행용품',
		'비건화장품',
		'민감성피부',
		'수분크림',
	],
].map((text, index) => ({ code: index === 0 ? 310_001 : 320_000 + index, text }));

/**
 * Tags Naver restricts (제한 태그). The reference gives no list; the emulator restricts what
 * sellers are told not to tag with: promotional words, delivery terms, Naver's own names and
 * rankings.
 */
const RESTRICTED_TAGS = new Set([
	'최저가',
	'무료배송',
	'당일배송',
	'특가',
	'할인',
	'세일',
	'이벤트',
	'쿠폰',
	'사은품',
	'1+1',
	'네이버',
	'네이버쇼핑',
	'스마트스토어',
	'베스트',
	'판매1위',
	'정품',
]);

// --- standard options (표준형 옵션) -------------------------------------------------------------

const COLOURS: ReadonlyArray<[id: number, name: string, hex: string]> = [
	[11, '블랙', '#000000'],
	[12, '화이트', '#FFFFFF'],
	[13, '네이비', '#1F2A44'],
	[14, '그레이', '#8C8C8C'],
	[15, '베이지', '#D9C7A7'],
	[16, '레드', '#C8102E'],
	[17, '블루', '#1E5AA8'],
	[18, '그린', '#2E7D32'],
];
const CLOTHING_SIZES = ['XS', 'S', 'M', 'L', 'XL', '2XL'];
const SHOE_SIZES = [220, 230, 240, 250, 260, 270, 280];

const under = (category: Category, branch: string) =>
	category.wholeCategoryName === branch || category.wholeCategoryName.startsWith(`${branch}>`);

function standardOptionsOf(category: Category): Json[] {
	const top = topCategoryOf(category).name;
	if (top !== '패션의류' && top !== '패션잡화') {
		return [{ useStandardOption: false, standardOptionCategoryGroups: [] }];
	}
	const colour = {
		attributeId: 1,
		attributeName: '색상',
		groupName: '색상',
		imageRegistrationUsable: true,
		realValueUsable: true,
		optionSetRequired: false,
		standardOptionAttributes: COLOURS.map(([id, name, hex]) => ({
			attributeId: 1,
			attributeValueId: id,
			attributeValueName: name,
			attributeColorCode: hex,
			imageUrls: [`https://shop-phinf.pstatic.net/standard-option/color_${id}.png`],
		})),
	};
	const shoes = under(category, '패션잡화>여성신발') || under(category, '패션잡화>남성신발');
	const size = shoes
		? {
				attributeId: 3,
				attributeName: '사이즈(mm)',
				groupName: '사이즈',
				imageRegistrationUsable: false,
				realValueUsable: false,
				optionSetRequired: true,
				standardOptionAttributes: SHOE_SIZES.map((mm, index) => ({
					attributeId: 3,
					attributeValueId: 31 + index,
					attributeValueName: String(mm),
				})),
			}
		: {
				attributeId: 2,
				attributeName: '사이즈(공통)',
				groupName: '사이즈',
				imageRegistrationUsable: false,
				realValueUsable: false,
				optionSetRequired: true,
				standardOptionAttributes: CLOTHING_SIZES.map((name, index) => ({
					attributeId: 2,
					attributeValueId: 21 + index,
					attributeValueName: name,
				})),
			};
	return [{ useStandardOption: true, standardOptionCategoryGroups: [colour, size] }];
}

// --- purchase option guides (v2 판매 옵션 가이드) ------------------------------------------------

export interface PurchaseOption {
	optionId: number;
	optionName: string;
	modelOptionYn: boolean;
	colorCodeYn: boolean;
	optionType: 'NUMBER' | 'TEXT';
	/** Units a NUMBER option's value ends with ("숫자+단위값 형식"); none: a plain number. */
	units?: string[];
	tooltip: string;
	placeHolder: string;
	values: string[];
}

const OPTIONS: Record<string, PurchaseOption> = {
	colour: {
		optionId: 1001,
		optionName: '색상',
		modelOptionYn: false,
		colorCodeYn: true,
		optionType: 'TEXT',
		tooltip: '상품의 색상을 입력해 주세요. 색상칩으로 표시할 HEX 코드를 함께 입력할 수 있습니다.',
		placeHolder: '예) 블랙',
		values: COLOURS.map(([, name]) => name),
	},
	size: {
		optionId: 1002,
		optionName: '사이즈',
		modelOptionYn: false,
		colorCodeYn: false,
		optionType: 'TEXT',
		tooltip: '표기된 사이즈를 그대로 입력해 주세요.',
		placeHolder: '예) M',
		values: [...CLOTHING_SIZES, 'FREE'],
	},
	shoeSize: {
		optionId: 1003,
		optionName: '신발사이즈',
		modelOptionYn: false,
		colorCodeYn: false,
		optionType: 'NUMBER',
		units: ['mm'],
		tooltip: '발길이 기준 사이즈를 mm 단위로 입력해 주세요.',
		placeHolder: '예) 250mm',
		values: SHOE_SIZES.map((mm) => `${mm}mm`),
	},
	volume: {
		optionId: 1004,
		optionName: '용량',
		modelOptionYn: true,
		colorCodeYn: false,
		optionType: 'NUMBER',
		units: ['ml', 'L'],
		tooltip: '1개 기준 용량을 숫자와 단위로 입력해 주세요.',
		placeHolder: '예) 500ml',
		values: ['30ml', '50ml', '100ml', '200ml', '500ml', '1L', '2L'],
	},
	weight: {
		optionId: 1005,
		optionName: '중량',
		modelOptionYn: true,
		colorCodeYn: false,
		optionType: 'NUMBER',
		units: ['g', 'kg'],
		tooltip: '1개 기준 중량을 숫자와 단위로 입력해 주세요.',
		placeHolder: '예) 5kg',
		values: ['500g', '1kg', '2kg', '3kg', '5kg', '10kg'],
	},
	count: {
		optionId: 1006,
		optionName: '수량',
		modelOptionYn: false,
		colorCodeYn: false,
		optionType: 'NUMBER',
		units: ['개', '팩', '박스'],
		tooltip: '구성 수량을 숫자와 단위로 입력해 주세요.',
		placeHolder: '예) 2개',
		values: ['1개', '2개', '3개', '5개', '10개', '1박스'],
	},
	storage: {
		optionId: 1007,
		optionName: '저장용량',
		modelOptionYn: true,
		colorCodeYn: false,
		optionType: 'NUMBER',
		units: ['GB', 'TB'],
		tooltip: '저장용량을 숫자와 단위로 입력해 주세요.',
		placeHolder: '예) 256GB',
		values: ['64GB', '128GB', '256GB', '512GB', '1TB'],
	},
	shade: {
		optionId: 1008,
		optionName: '호수',
		modelOptionYn: false,
		colorCodeYn: true,
		optionType: 'TEXT',
		tooltip: '색조 제품의 호수(컬러명)를 입력해 주세요.',
		placeHolder: '예) 21호 라이트',
		values: ['13호 아이보리', '21호 라이트', '23호 내추럴', '25호 베이지'],
	},
	seats: {
		optionId: 1009,
		optionName: '인원',
		modelOptionYn: true,
		colorCodeYn: false,
		optionType: 'NUMBER',
		tooltip: '사용 인원을 숫자로 입력해 주세요.',
		placeHolder: '예) 4',
		values: ['1', '2', '3', '4', '6'],
	},
};

export interface PurchaseOptionGuide {
	guideId: number;
	options: PurchaseOption[];
	/** 단위 가격: how the price per unit is shown (e.g. per 100 g). */
	unitPrice?: { value: number; text: string };
	/**
	 * How many products (option combinations) one group takes: "카테고리에 따라 옵션값 조합 개수를
	 * 기준으로 최대 20개 또는 100개". The page does not say which categories take which; the
	 * emulator's choice is 100 for fashion and 20 elsewhere.
	 */
	maxProducts: 20 | 100;
}

/** The guides of each branch (a leaf takes those of its most specific branch). */
const GUIDES: ReadonlyArray<[branch: string, guides: PurchaseOptionGuide[]]> = [
	[
		'패션의류',
		[
			{ guideId: 200_001, options: [OPTIONS.colour, OPTIONS.size], maxProducts: 100 },
			{ guideId: 200_002, options: [OPTIONS.size], maxProducts: 100 },
		],
	],
	[
		'패션잡화',
		[
			{ guideId: 200_011, options: [OPTIONS.colour], maxProducts: 100 },
			{ guideId: 200_012, options: [OPTIONS.colour, OPTIONS.size], maxProducts: 100 },
		],
	],
	[
		'패션잡화>여성신발',
		[{ guideId: 200_013, options: [OPTIONS.colour, OPTIONS.shoeSize], maxProducts: 100 }],
	],
	[
		'패션잡화>남성신발',
		[{ guideId: 200_013, options: [OPTIONS.colour, OPTIONS.shoeSize], maxProducts: 100 }],
	],
	[
		'화장품/미용',
		[
			{
				guideId: 200_021,
				options: [OPTIONS.volume],
				unitPrice: { value: 10, text: 'ml' },
				maxProducts: 20,
			},
			{ guideId: 200_022, options: [OPTIONS.shade, OPTIONS.volume], maxProducts: 20 },
		],
	],
	[
		'디지털/가전',
		[
			{ guideId: 200_031, options: [OPTIONS.colour, OPTIONS.storage], maxProducts: 20 },
			{ guideId: 200_032, options: [OPTIONS.colour], maxProducts: 20 },
		],
	],
	[
		'식품',
		[
			{
				guideId: 200_041,
				options: [OPTIONS.weight],
				unitPrice: { value: 100, text: 'g' },
				maxProducts: 20,
			},
			{ guideId: 200_042, options: [OPTIONS.weight, OPTIONS.count], maxProducts: 20 },
		],
	],
	[
		'생활/건강',
		[
			{
				guideId: 200_051,
				options: [OPTIONS.volume, OPTIONS.count],
				unitPrice: { value: 100, text: 'ml' },
				maxProducts: 20,
			},
			{ guideId: 200_052, options: [OPTIONS.colour], maxProducts: 20 },
		],
	],
	['출산/육아', [{ guideId: 200_061, options: [OPTIONS.size, OPTIONS.count], maxProducts: 20 }]],
	[
		'스포츠/레저',
		[{ guideId: 200_071, options: [OPTIONS.colour, OPTIONS.size], maxProducts: 100 }],
	],
	[
		'스포츠/레저>캠핑',
		[{ guideId: 200_072, options: [OPTIONS.colour, OPTIONS.seats], maxProducts: 20 }],
	],
];

/**
 * The purchase option guides of a leaf category: those of its most specific branch. None for
 * branches where group products are not offered (가구/인테리어, 도서, 여가/생활편의 …).
 */
export function purchaseOptionGuidesOf(category: Category): PurchaseOptionGuide[] {
	let best: (typeof GUIDES)[number] | undefined;
	for (const entry of GUIDES) {
		if (under(category, entry[0]) && (!best || entry[0].length > best[0].length)) best = entry;
	}
	return best?.[1] ?? [];
}

function guideAnswer(category: Category): Json {
	const guides = purchaseOptionGuidesOf(category);
	return {
		useOptionYn: guides.length > 0,
		optionGuides: guides.map((guide) => ({
			guideId: guide.guideId,
			standardPurchaseOptions: guide.options.map((option) => ({
				optionId: option.optionId,
				optionName: option.optionName,
				modelOptionYn: option.modelOptionYn,
				colorCodeYn: option.colorCodeYn,
				optionType: option.optionType,
				...(option.units ? { optionUsableUnits: option.units.map((unit) => ({ unit })) } : {}),
				optionInfo: { tooltip: option.tooltip, placeHolder: option.placeHolder },
				optionValues: option.values.map((valueName) => ({ valueName })),
			})),
			useUnitPrice: guide.unitPrice !== undefined,
			...(guide.unitPrice
				? { unitPriceValue: guide.unitPrice.value, unitPriceText: guide.unitPrice.text }
				: {}),
		})),
	};
}

// --- catalogue models (카탈로그) ----------------------------------------------------------------

export interface CatalogueModel {
	wholeCategoryName: string;
	categoryId: string;
	manufacturerCode: number;
	manufacturerName: string;
	brandCode: number;
	brandName: string;
	id: number;
	name: string;
}

/** "id | leaf category | brand | manufacturer | model name", names as the dictionaries spell them. */
const MODEL_TABLE = `
41000000101 | 50001203 | 삼성전자 | 삼성전자(주) | 삼성전자 갤럭시 버즈3 프로 SM-R630
41000000102 | 50001203 | 애플 | Apple Inc. | Apple 에어팟 프로 2세대 USB-C
41000000103 | 50001203 | 소니 | 소니코리아(주) | 소니 WF-1000XM5
41000000104 | 50010155 | 소니 | 소니코리아(주) | 소니 WH-1000XM5
41000000105 | 50010155 | 애플 | Apple Inc. | Apple 에어팟 맥스
41000000106 | 50010156 | 소니 | 소니코리아(주) | 소니 SRS-XB100 블루투스 스피커
41000000107 | 50000204 | 삼성전자 | 삼성전자(주) | 삼성전자 갤럭시 S25 256GB 자급제
41000000108 | 50000204 | 애플 | Apple Inc. | Apple 아이폰 16 128GB 자급제
41000000109 | 50000151 | LG전자 | LG전자(주) | LG전자 그램 16 16Z90S
41000000110 | 50000151 | 애플 | Apple Inc. | Apple 맥북 에어 13 M3
41000000111 | 50010114 | 삼성전자 | 삼성전자(주) | 삼성전자 갤럭시 탭 S10 울트라
41000000112 | 50010133 | 삼성전자 | 삼성전자(주) | 삼성전자 비스포크 냉장고 4도어 RF85C90D1AP
41000000113 | 50001460 | LG전자 | LG전자(주) | LG전자 트롬 오브제컬렉션 FX24ENE
41000000114 | 50010137 | 필립스 | 필립스코리아 | 필립스 전자동 에스프레소 머신 EP3246
41000000115 | 50010163 | LG전자 | LG전자(주) | LG전자 울트라기어 27GR93U
41000000116 | 50010117 | 삼성전자 | 삼성전자(주) | 삼성전자 Neo QLED 65인치 KQ65QND90AFXKR
41000000117 | 50010116 | LG전자 | LG전자(주) | LG전자 올레드 evo 55인치 OLED55C4KNA
41000000118 | 50010040 | 나이키 | 나이키코리아 | 나이키 에어포스 1 07 화이트
41000000119 | 50010034 | 뉴발란스 | (주)이랜드월드 | 뉴발란스 530 화이트 실버
41000000120 | 50010040 | 아디다스 | 아디다스코리아 | 아디다스 삼바 OG 클라우드 화이트
41000000121 | 50000830 | 탑텐 | (주)신성통상 | 탑텐 쿨에어 오버핏 반팔 티셔츠
41000000122 | 50000830 | 스파오 | (주)이랜드월드 | 스파오 베이직 라운드 반팔 티셔츠
41000000123 | 50010074 | 라운드랩 | 한국콜마(주) | 라운드랩 1025 독도 토너 200ml
41000000124 | 50000437 | 설화수 | (주)아모레퍼시픽 | 설화수 자음생크림 50ml
41000000125 | 50010076 | 토리든 | 코스맥스(주) | 토리든 다이브인 저분자 히알루론산 세럼 50ml
41000000126 | 50000803 | 오리지널 제주감귤 | 제주감귤농협 | 오리지널 제주감귤 노지 감귤 5kg
41000000127 | 50010281 | 제주삼다수 | 제주특별자치도개발공사 | 제주삼다수 2L x 6병
41000000128 | 50010267 | 농심 | (주)농심 | 농심 신라면 120g x 5개
41000000129 | 50010267 | 오뚜기 | (주)오뚜기 | 오뚜기 진라면 매운맛 120g x 5개
41000000130 | 50010187 | 시디즈 | (주)시디즈 | 시디즈 T50 에어 메쉬 의자
41000000131 | 50010186 | 일룸 | (주)일룸 | 일룸 링키 플러스 책상 1200
41000000132 | 50010215 | 하기스 | 유한킴벌리(주) | 하기스 네이처메이드 밴드형 3단계 144매
41000000133 | 50010298 | 노스페이스 | 영원아웃도어 | 노스페이스 캠핑 로우 체어
41000000134 | 50010297 | 노스페이스 | 영원아웃도어 | 노스페이스 돔 텐트 4인용
`;

/** The catalogue: the table's models and those the seeded catalogue-matched products name. */
function buildModels(): CatalogueModel[] {
	const brand = (name: string) => BRANDS.find((entry) => entry.name === name);
	const maker = (name: string) => MANUFACTURERS.find((entry) => entry.name === name);
	const models = MODEL_TABLE.trim()
		.split('\n')
		.map((line) => {
			const [id, categoryId, brandName, manufacturerName, name] = line
				.split('|')
				.map((cell) => cell.trim());
			const category = categoryById(categoryId);
			const brandEntry = brand(brandName);
			const makerEntry = maker(manufacturerName);
			if (!category || !brandEntry || !makerEntry) throw new Error(`Unknown model data: ${line}`);
			return {
				wholeCategoryName: category.wholeCategoryName,
				categoryId,
				manufacturerCode: makerEntry.id,
				manufacturerName,
				brandCode: brandEntry.id,
				brandName,
				id: Number(id),
				name,
			};
		});
	// The models the seeded catalogue-matched products name (every fourth product, from the
	// fourth: matchedCatalogId 40000000000 + index, 에뮬레이터 모델 <index>), in their leaf.
	const tee = categoryById('50000830')!;
	for (let index = 3; index < PRODUCT_COUNT; index += 4) {
		models.push({
			wholeCategoryName: tee.wholeCategoryName,
			categoryId: tee.id,
			manufacturerCode: maker('에뮬레이터 제조사')!.id,
			manufacturerName: '에뮬레이터 제조사',
			brandCode: brand('에뮬레이터')!.id,
			brandName: '에뮬레이터',
			id: 40_000_000_000 + index,
			name: `에뮬레이터 모델 ${index}`,
		});
	}
	return models.sort((a, b) => a.id - b.id);
}

export const CATALOGUE_MODELS: readonly CatalogueModel[] = buildModels();

// --- size types and units ----------------------------------------------------------------------

export interface SizeType {
	id: number;
	name: string;
	sizeMeasurementType: 'SECTION' | 'ROUND';
	sizeUnitType: 'CM' | 'INCH' | 'MM';
	sizeValueTypes: Array<{ id: number; name: string; exposureOrder: number }>;
}

/** "id | name | measurement | unit | value types": value type IDs run on across the types. */
const SIZE_TABLE = `
1 | 상의 | SECTION | CM | 가슴단면, 어깨너비, 소매길이, 총장
2 | 하의 | SECTION | CM | 허리단면, 엉덩이단면, 허벅지단면, 밑위, 밑단단면, 총장
3 | 원피스 | SECTION | CM | 가슴단면, 허리단면, 총장
4 | 신발 | SECTION | MM | 발길이, 발볼, 굽높이
5 | 모자 | ROUND | CM | 머리둘레, 깊이, 챙길이
6 | 반지 | ROUND | MM | 내경, 두께
7 | 청바지(인치) | SECTION | INCH | 허리, 기장
`;

function buildSizeTypes(): SizeType[] {
	let valueId = 0;
	return SIZE_TABLE.trim()
		.split('\n')
		.map((line) => {
			const [id, name, measurement, unit, values] = line.split('|').map((cell) => cell.trim());
			return {
				id: Number(id),
				name,
				sizeMeasurementType: measurement as SizeType['sizeMeasurementType'],
				sizeUnitType: unit as SizeType['sizeUnitType'],
				sizeValueTypes: values.split(', ').map((valueName, index) => ({
					id: ++valueId,
					name: valueName,
					exposureOrder: index + 1,
				})),
			};
		});
}

export const SIZE_TYPES: readonly SizeType[] = buildSizeTypes();

/**
 * The units of attribute values (속성값 단위). The reference lists no codes; as the category
 * attributes here, a unit's code is the unit as written (ml, cm, 인치, …), its name in words.
 */
export const ATTRIBUTE_VALUE_UNITS: ReadonlyArray<{ id: string; unitCodeName: string }> = [
	['ml', '밀리리터'],
	['L', '리터'],
	['g', '그램'],
	['kg', '킬로그램'],
	['mm', '밀리미터'],
	['cm', '센티미터'],
	['m', '미터'],
	['인치', '인치'],
	['W', '와트'],
	['kW', '킬로와트'],
	['V', '볼트'],
	['mAh', '밀리암페어시'],
	['GB', '기가바이트'],
	['TB', '테라바이트'],
	['Hz', '헤르츠'],
	['시간', '시간'],
	['개', '개'],
	['매', '매'],
	['입', '입'],
	['정', '정'],
	['캡슐', '캡슐'],
	['평', '평'],
].map(([id, unitCodeName]) => ({ id, unitCodeName }));

// --- fashion models (패션모델) ------------------------------------------------------------------

export interface FashionModel extends Json {
	id: number;
	name: string;
	height?: number;
	weight?: number;
	top?: string;
	bottom?: string;
	shoe?: string;
	modelImage?: { url: string };
}

/** The seller's fashion models: 7003 모델 A is the model the seeded fashion products show. */
function seedFashionModels(): FashionModel[] {
	const image = (id: number) => ({
		url: `https://shop-phinf.pstatic.net/20250312_41/fashion-model-${id}.jpg`,
	});
	return [
		{ id: 7003, name: '모델 A', height: 178, weight: 65, top: '100', bottom: '30', shoe: '270' },
		{
			id: 7101,
			name: '이서윤',
			height: 168,
			weight: 49,
			top: '55',
			bottom: '26',
			shoe: '240',
			modelImage: image(7101),
		},
		{
			id: 7102,
			name: '박지훈',
			height: 183,
			weight: 72,
			top: '105',
			bottom: '32',
			shoe: '275',
			modelImage: image(7102),
		},
		{
			id: 7103,
			name: '최하은',
			height: 163,
			weight: 46,
			top: '44',
			bottom: '25',
			modelImage: image(7103),
		},
	];
}

export interface LookupState {
	fashionModels: Collection<FashionModel>;
	/** Puts the seeded fashion models back. */
	reset(): void;
}

const STATES = new WeakMap<Store, LookupState>();

export function lookupStateOf(store: Store): LookupState {
	const state = STATES.get(store);
	if (!state) throw new Error('This store has no listing lookups');
	return state;
}

function category(id: string): Category {
	const found = categoryById(id);
	if (!found) throw notFound(`카테고리(${id})가 존재하지 않습니다.`);
	return found;
}

/** A fashion model as the POST and PUT take it: what the page documents, the ID left out. */
function fashionModelOf(body: Json): Omit<FashionModel, 'id'> {
	const model = omit(body, 'id') as Omit<FashionModel, 'id'>;
	if (typeof model.name !== 'string' || model.name.trim() === '') {
		throw badRequest('name', 'NotBlank', '패션모델명은 필수입니다.');
	}
	if (model.modelImage !== undefined && !isObject(model.modelImage)) {
		throw badRequest('modelImage', 'typeMismatch', 'modelImage는 객체여야 합니다.');
	}
	return model;
}

const modelNotFound = (id: string) => () => notFound(`패션모델(${id})이 존재하지 않습니다.`);

export const listingLookupRoutes: RouteModule = ({ store, now }) => {
	const state: LookupState = {
		fashionModels: new Collection(seedFashionModels, 'id', 1, 7001),
		reset() {
			this.fashionModels.reset();
		},
	};
	STATES.set(store, state);
	const models = () => state.fashionModels;

	return routeTable(
		[
			{
				method: 'GET',
				path: '/v2/tags/restricted-tags',
				name: 'lookups.restrictedTags',
				action: ({ query }: RouteCall) => {
					const tags = query.getAll('tags').filter((tag) => tag.trim() !== '');
					if (tags.length === 0)
						throw badRequest('tags', 'NotEmpty', '조회할 태그를 입력해 주세요.');
					return tags.map((tag) => ({ tag, restricted: RESTRICTED_TAGS.has(tag.trim()) }));
				},
			},
			{
				method: 'GET',
				path: '/v2/tags/recommend-tags',
				name: 'lookups.recommendTags',
				// The page says only "검색할 키워드": tags containing it, those starting with it first.
				action: ({ query }: RouteCall) => {
					const keyword = requiredText(query, 'keyword');
					const containing = TAG_DICTIONARY.filter((tag) => tag.text.includes(keyword));
					return [
						...containing.filter((tag) => tag.text.startsWith(keyword)),
						...containing.filter((tag) => !tag.text.startsWith(keyword)),
					];
				},
			},
			{
				method: 'GET',
				path: '/v1/options/standard-options',
				name: 'lookups.standardOptions',
				action: ({ query }: RouteCall) =>
					standardOptionsOf(category(requiredText(query, 'categoryId'))),
			},
			{
				method: 'GET',
				path: '/v2/standard-purchase-option-guides',
				name: 'lookups.purchaseOptionGuides',
				action: ({ query }: RouteCall) => {
					const leaf = category(requiredText(query, 'categoryId'));
					// "리프 카테고리 ID": a category with children is refused.
					if (!leaf.last) {
						throw badRequest(
							'categoryId',
							'Invalid',
							`리프 카테고리가 아닙니다: ${leaf.wholeCategoryName}`,
						);
					}
					return guideAnswer(leaf);
				},
			},
			{
				method: 'GET',
				path: '/v1/product-models',
				name: 'lookups.catalogueModels',
				// "검색할 카탈로그 이름": models whose name contains it, ignoring case and spaces, by ID
				// (the page does not say how Naver matches or orders them).
				action: ({ query }: RouteCall) => {
					const wanted = requiredText(query, 'name').toLowerCase().replace(/\s+/g, '');
					const { page, size } = pageQuery(query, { defaultSize: 100 });
					const matching = CATALOGUE_MODELS.filter((model) =>
						model.name.toLowerCase().replace(/\s+/g, '').includes(wanted),
					);
					return springPage(matching, page, size, [{ name: 'id', direction: 'ASC' }]);
				},
			},
			{
				method: 'GET',
				path: '/v1/product-models/{id}',
				name: 'lookups.catalogueModel',
				action: ({ params }: RouteCall) => {
					const model = CATALOGUE_MODELS.find((entry) => String(entry.id) === params.id);
					if (!model) throw notFound(`카탈로그(${params.id})가 존재하지 않습니다.`);
					return model;
				},
			},
			{
				method: 'GET',
				path: '/v1/product-sizes',
				name: 'lookups.sizeTypes',
				action: () => SIZE_TYPES,
			},
			{
				method: 'GET',
				path: '/v1/product-sizes/{sizeTypeId}',
				name: 'lookups.sizeType',
				action: ({ params }: RouteCall) => {
					const type = SIZE_TYPES.find((entry) => String(entry.id) === params.sizeTypeId);
					if (!type) throw notFound(`사이즈 타입(${params.sizeTypeId})이 존재하지 않습니다.`);
					return type;
				},
			},
			{
				method: 'GET',
				path: '/v1/product-attributes/attribute-value-units',
				name: 'lookups.attributeValueUnits',
				action: () => ATTRIBUTE_VALUE_UNITS,
			},
			{
				method: 'GET',
				path: '/v1/product-fashion-models',
				name: 'lookups.fashionModels',
				action: () => models().items,
			},
			{
				method: 'POST',
				path: '/v1/product-fashion-models',
				name: 'lookups.fashionModelCreate',
				// The answer is the saved model; an `id` sent with it is not the caller's to choose.
				action: ({ body }: RouteCall) => models().create(fashionModelOf(body)),
			},
			{
				method: 'PUT',
				path: '/v1/product-fashion-models/{fashionModelId}',
				name: 'lookups.fashionModelUpdate',
				action: ({ params, body }: RouteCall) =>
					models().replace(
						params.fashionModelId,
						fashionModelOf(body),
						modelNotFound(params.fashionModelId),
					),
			},
			{
				method: 'DELETE',
				path: '/v1/product-fashion-models/{fashionModelId}',
				name: 'lookups.fashionModelDelete',
				action: ({ params }: RouteCall) => {
					models().remove(params.fashionModelId, modelNotFound(params.fashionModelId));
					return success('패션모델이 삭제되었습니다.');
				},
			},
		],
		now,
	);
};

/** Every leaf category with purchase option guides, for tests and the coverage run. */
export function categoriesWithGuides(): Category[] {
	return CATEGORIES.filter((entry) => entry.last && purchaseOptionGuidesOf(entry).length > 0);
}
