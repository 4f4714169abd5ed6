/**
 * Group product bodies (POST/PUT /v2/standard-group-products) for the tests and the coverage run:
 * men's T-shirts (leaf 50000830) on the guide 200001 (색상 × 사이즈), one product per option
 * combination, with an image the test registers as issued (GROUP_SAMPLE_IMAGE), and a notice of
 * any documented type. `full` fills every field the reference documents (discounts, benefits,
 * certifications, delivery with area fees, quick service, the window channel, size and fashion
 * models…), so that reading the group back shows each of them.
 */
import { formatKst } from '../kst';
import { noticeOf, noticeTypes } from '../productRecords';
import { answerSchema, pruneToSchema, type Json } from './collections';
import { findEndpoint } from '../../contract/contract';

export const GROUP_SAMPLE_IMAGE =
	'https://shop-phinf.pstatic.net/20261201_7/emulator-group-product.jpg';
export const GROUP_SAMPLE_EXTRA_IMAGE =
	'https://shop-phinf.pstatic.net/20261201_7/emulator-group-product-detail.jpg';
/** 패션의류>남성의류>티셔츠 and its guide 색상 (1001) × 사이즈 (1002). */
export const GROUP_SAMPLE_CATEGORY = '50000830';
export const GROUP_SAMPLE_GUIDE = 200_001;

const DAY_MS = 24 * 3_600_000;
const COLOUR_CODES: Record<string, string> = {
	블랙: '#000000',
	화이트: '#FFFFFF',
	네이비: '#1F2A44',
};

/** A whole hour at minute 00 or 59, `days` from now, as Naver writes date-times. */
function hour(nowMs: number, days: number, minute: '00' | '59'): string {
	const text = formatKst(nowMs + days * DAY_MS);
	return `${text.slice(0, 14)}${minute}:00.000+09:00`;
}

const day = (nowMs: number, days: number) => formatKst(nowMs + days * DAY_MS).slice(0, 10);

/** The notice of a type, filled as sellers do (every other occurrence takes the alternatives). */
export function sampleNotice(type: string, occurrence: number, nowMs: number): Json {
	const notice = noticeTypes().find((entry) => entry.type === type);
	if (!notice) throw new Error(`No documented notice type ${type}`);
	return noticeOf(notice, occurrence, {
		made: nowMs - 30 * DAY_MS,
		released: nowMs - 60 * DAY_MS,
		expires: nowMs + 180 * DAY_MS,
		validFrom: nowMs,
		validTo: nowMs + 365 * DAY_MS,
	});
}

/** Every notice type the reference documents fields for. */
export function sampleNoticeTypes(): string[] {
	return noticeTypes().map((entry) => entry.type);
}

export interface GroupSampleOptions {
	nowMs: number;
	name?: string;
	/** Option values, one product each: [colour, size]. */
	combinations?: Array<[string, string]>;
	noticeType?: string;
	occurrence?: number;
	/** Every documented field. */
	full?: boolean;
}

/** The fields a seller fills for one product of the group. */
function specificProduct(
	[colour, size]: [string, string],
	index: number,
	options: GroupSampleOptions,
): Json {
	const { nowMs, full } = options;
	const basic: Json = {
		standardPurchaseOptions: [
			{
				optionId: 1001,
				valueName: colour,
				...(full ? { colorCodes: [COLOUR_CODES[colour] ?? '#777777'] } : {}),
			},
			{ optionId: 1002, valueName: size, ...(full ? { valueOrder: index + 1 } : {}) },
		],
		salePrice: 19900 + index * 1000,
		stockQuantity: 20 + index * 5,
		images: { representativeImage: { url: GROUP_SAMPLE_IMAGE } },
		originAreaInfo: { originAreaCode: '00' },
		deliveryInfo: {
			deliveryType: 'DELIVERY',
			deliveryAttributeType: 'NORMAL',
			deliveryCompany: 'CJGLS',
			deliveryFee: { deliveryFeeType: 'FREE' },
			claimDeliveryInfo: { returnDeliveryFee: 3000, exchangeDeliveryFee: 6000 },
		},
		smartstoreChannelProduct: {
			naverShoppingRegistration: true,
			channelProductDisplayStatusType: 'ON',
		},
	};
	if (!full) return basic;
	const discount = (value: number, unitType: string, from: number, to: number) => ({
		discountMethod: {
			value,
			unitType,
			startDate: hour(nowMs, from, '00'),
			endDate: hour(nowMs, to, '59'),
		},
	});
	// Each product of the full sample shows other kinds of delivery fee and origin.
	const fees: Json[] = [
		{
			deliveryFeeType: 'CONDITIONAL_FREE',
			baseFee: 3000,
			freeConditionalAmount: 50000,
			deliveryFeePayType: 'PREPAID',
			deliveryFeeByArea: { deliveryAreaType: 'AREA_3', area2extraFee: 3000, area3extraFee: 5000 },
			differentialFeeByArea: '제주 3,000원, 제주 외 도서산간 5,000원 추가',
		},
		{
			deliveryFeeType: 'RANGE_QUANTITY_PAID',
			baseFee: 3000,
			secondBaseQuantity: 3,
			secondExtraFee: 2000,
			thirdBaseQuantity: 6,
			thirdExtraFee: 4000,
			deliveryFeePayType: 'COLLECT_OR_PREPAID',
			deliveryFeeByArea: { deliveryAreaType: 'AREA_2', area2extraFee: 4000 },
		},
		{
			deliveryFeeType: 'UNIT_QUANTITY_PAID',
			baseFee: 2500,
			repeatQuantity: 2,
			deliveryFeePayType: 'COLLECT',
		},
	];
	const origins: Json[] = [
		{ originAreaCode: '0200037', importer: '(주)에뮬레이터무역', plural: false },
		{ originAreaCode: '04', content: '국산 원단, 베트남 봉제', plural: true },
		{ originAreaCode: '00', plural: false },
	];
	return {
		...basic,
		// logisticsCenterId is deprecated; the first product carries it, as products registered
		// before its deprecation do.
		productLogistics: [
			{ logisticsCompanyId: 'EMU-FF', ...(index === 0 ? { logisticsCenterId: 'EMU-LC-1' } : {}) },
		],
		skuYn: true,
		modelInfo: { modelId: 41_000_000_121, modelName: '탑텐 쿨에어 오버핏 반팔 티셔츠' },
		manufactureDefineNo: `TT-${colour === '블랙' ? 'BK' : 'WH'}-${size}`,
		immediateDiscountPolicy: discount(1000, 'WON', 0, 30),
		reservedDiscountPolicy: discount(10, 'PERCENT', 31, 45),
		customerBenefit: {
			purchasePointPolicy: {
				value: 1,
				unitType: 'PERCENT',
				startDate: day(nowMs, 0),
				endDate: day(nowMs, 30),
			},
			reviewPointPolicy: {
				textReviewPoint: 100,
				photoVideoReviewPoint: 500,
				afterUseTextReviewPoint: 200,
				afterUsePhotoVideoReviewPoint: 700,
				storeMemberReviewPoint: 300,
				startDate: day(nowMs, 0),
				endDate: day(nowMs, 60),
			},
			freeInterestPolicy: { value: 3, startDate: day(nowMs, 0), endDate: day(nowMs, 90) },
			giftPolicy: { presentContent: '양말 1켤레 증정' },
			multiPurchaseDiscountPolicy: {
				discountMethod: {
					value: 5,
					unitType: 'PERCENT',
					startDate: day(nowMs, 0),
					endDate: day(nowMs, 30),
				},
				orderValue: 2,
				orderValueUnitType: 'COUNT',
			},
			eventPhraseCont: '2장 이상 구매 시 5% 추가 할인',
		},
		images: {
			representativeImage: { url: GROUP_SAMPLE_IMAGE },
			optionalImages: [{ url: GROUP_SAMPLE_EXTRA_IMAGE }],
		},
		productAttributes: [
			{ attributeSeq: 10_101, attributeValueSeq: 101_011 },
			{
				attributeSeq: 10_105,
				attributeValueSeq: 101_052,
				attributeRealValue: '68',
				attributeRealValueUnitCode: 'cm',
			},
		],
		deliveryInfo: {
			deliveryType: 'DELIVERY',
			deliveryAttributeType: index === 2 ? 'QUICK' : index === 1 ? 'SELLER_GUARANTEE' : 'NORMAL',
			deliveryCompany: 'CJGLS',
			...(index === 1 ? { outboundLocationId: 'OL2025000101' } : {}),
			deliveryBundleGroupUsable: true,
			deliveryBundleGroupId: 800_005,
			...(index === 2 ? { quickServiceAreas: ['SEOUL', 'BUNDANG', 'SEONGNAM'] } : {}),
			...(index === 0 ? { visitAddressId: 1_001_003 } : {}),
			deliveryFee: fees[index % fees.length],
			claimDeliveryInfo: {
				returnDeliveryCompanyPriorityType: 'PRIMARY',
				returnDeliveryFee: 3000,
				exchangeDeliveryFee: 6000,
				shippingAddressId: 1_001_001,
				returnAddressId: 1_001_002,
				freeReturnInsuranceYn: true,
			},
			installation: false,
			installationFee: false,
			expectedDeliveryPeriodType: index === 0 ? 'ETC' : 'THREE',
			...(index === 0 ? { expectedDeliveryPeriodDirectInput: '주문 후 5일 이내 발송' } : {}),
			todayStockQuantity: 10,
			customProductAfterOrderYn: false,
			hopeDeliveryGroupId: 900_001,
			businessCustomsClearanceSaleYn: false,
		},
		saleStartDate: hour(nowMs, 0, '00'),
		saleEndDate: hour(nowMs, 365, '59'),
		productCertificationInfos: [
			{
				certificationInfoId: 1001,
				certificationKindType: 'KC_CERTIFICATION',
				name: '어린이제품 안전확인',
				certificationNumber: 'CB061R1234-1001',
				certificationMark: true,
				companyName: '(주)에뮬레이터무역',
				certificationDate: day(nowMs, -200),
			},
		],
		certificationTargetExcludeContent: {
			childCertifiedProductExclusionYn: true,
			kcExemptionType: 'SAFE_CRITERION',
			kcCertifiedProductExclusionYn: 'KC_EXEMPTION_OBJECT',
			greenCertifiedProductExclusionYn: true,
		},
		purchaseQuantityInfo: { maxPurchaseQuantityPerId: 10, maxPurchaseQuantityPerOrder: 5 },
		sellerCodeInfo: {
			sellerManagementCode: `GRP-TEE-${index + 1}`,
			sellerBarcode: `88012345${String(6700 + index)}`,
			sellerCustomCode1: `WMS-${index + 1}`,
			sellerCustomCode2: `ERP-${index + 1}`,
		},
		originAreaInfo: origins[index % origins.length],
		customProductYn: false,
		manufactureDate: day(nowMs, -40),
		validDate: day(nowMs, 700),
		releaseDate: day(nowMs, -30),
		purchaseReviewInfo:
			index === 0
				? { purchaseReviewExposure: false, reviewUnExposeReason: '리뷰 이벤트 종료 후 노출 예정' }
				: { purchaseReviewExposure: true },
		unitCapacity: {
			unitPriceYn: false,
			totalCapacityValue: 1,
			unitCapacity: 1,
			indicationUnit: '개',
		},
		smartstoreChannelProduct: {
			storeKeepExclusiveProduct: false,
			naverShoppingRegistration: true,
			promotionText: '여름 신상',
			channelProductDisplayStatusType: 'ON',
		},
		windowChannelProduct: {
			storeKeepExclusiveProduct: false,
			naverShoppingRegistration: true,
			promotionText: '윈도 단독',
		},
	};
}

/** A POST body: `{ groupProduct }`. */
export function groupProductBody(options: GroupSampleOptions): Json {
	const { nowMs, full } = options;
	const combinations = options.combinations ?? [
		['블랙', 'M'],
		['블랙', 'L'],
		['화이트', 'M'],
	];
	const groupProduct: Json = {
		leafCategoryId: GROUP_SAMPLE_CATEGORY,
		name: options.name ?? '에뮬레이터 쿨 반팔 티셔츠',
		guideId: GROUP_SAMPLE_GUIDE,
		minorPurchasable: true,
		productInfoProvidedNotice: sampleNotice(
			options.noticeType ?? 'WEAR',
			options.occurrence ?? 0,
			nowMs,
		),
		afterServiceInfo: {
			afterServiceTelephoneNumber: '02-1234-5678',
			afterServiceGuideContent: '고객센터로 문의해 주세요.',
		},
		commonDetailContent: '<p>시원한 소재의 반팔 티셔츠입니다.</p>',
		specificProducts: combinations.map((combination, index) =>
			specificProduct(combination, index, options),
		),
	};
	if (full) {
		Object.assign(groupProduct, {
			brandName: '에뮬레이터',
			brandId: 90_001,
			manufacturerName: '에뮬레이터 제조사',
			itselfProductionProductYn: true,
			taxType: 'TAX',
			customsTaxType: 'NOT_APPLICABLE',
			saleType: 'NEW',
			brandCertificationYn: true,
			sellerCommentContent: '세탁 시 뒤집어서 단독 세탁해 주세요.',
			supplementProductInfo: {
				sortType: 'CREATE',
				supplementProducts: [
					{
						groupName: '추가구성',
						name: '선물포장',
						price: 2000,
						stockQuantity: 100,
						sellerManagementCode: 'SUP-GIFT',
						usable: true,
					},
				],
			},
			seoInfo: {
				pageTitle: '에뮬레이터 쿨 반팔 티셔츠 | 에뮬레이터 스토어',
				metaDescription: '시원한 소재의 오버핏 반팔 티셔츠',
				sellerTags: [{ code: 320_018, text: '여름티셔츠' }, { text: '에뮬레이터단독' }],
			},
			productSize: {
				sizeTypeNo: 1,
				sizeAttributes: [
					{
						name: 'M',
						sizeValues: [
							{ sizeValueTypeNo: 1, value: 54 },
							{ sizeValueTypeNo: 4, value: 70.5 },
						],
					},
				],
				productFashionModels: [{ modelId: 7102 }],
			},
			smartstoreGroupChannel: { bbsSeq: 53_100_005 },
			windowGroupChannel: { bbsSeq: 53_100_005, channelNo: 100_000_002, best: true },
		});
	}
	return { groupProduct };
}

/**
 * A PUT body from a GET answer: what GET shows and the PUT does not take (product names, Naver's
 * promotions, the fashion models' details, the window's display status) left out.
 */
export function updateBodyFrom(answer: Json): Json {
	const put = findEndpoint('PUT', '/v2/standard-group-products/1')?.endpoint.body;
	return pruneToSchema(structuredClone(answer), put) as Json;
}

/** The schema of the GET answer, for tests that compare. */
export const groupAnswerSchema = () => answerSchema('GET', '/v2/standard-group-products/1');
