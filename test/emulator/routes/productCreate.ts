/**
 * Product registration (POST /v2/products, (v2) 상품 등록): an origin product with its SmartStore
 * channel product (and a Window channel product when the seller has one), under the rules
 * docs/api/v2/products.POST.md states beyond the schema the contract checks:
 * - leafCategoryId is required at registration ("상품 등록 시 필수") and must be a leaf;
 * - statusType: registration takes SALE; SUSPENSION "is registered as SALE"; stock 0 is saved as
 *   OUTOFSTOCK;
 * - stockQuantity is required at registration;
 * - images: a representative image and at most 9 more, every URL one the image upload issued
 *   ("반드시 상품 이미지 다건 등록 API로 이미지를 업로드하고 반환받은 URL");
 * - productInfoProvidedNotice is required at registration, with the object of its type;
 * - deliveryCompany for DELIVERY ("DELIVERY(택배, 소포, 등기)일 때 필수 입력"); freeConditionalAmount
 *   for conditional free delivery ("'조건부 무료'일 경우 입력합니다"); the page asks baseFee of no fee
 *   type, so none is refused without it;
 * - originAreaInfo: importer for imports (02…), content for "other, as written" (04);
 * - options: simple, combination and standard options do not go together; at most 3 simple option
 *   groups and 3 combination groups; each combination names a value for each of its groups (the
 *   page: optionName1 required, optionName2/3 "옵션명 2/3에 해당하는 옵션값"); two combinations
 *   with the same values are not refused (the page does not say they are);
 * - saleStartDate on minute 00, saleEndDate on minute 59.
 * Every option, standard option and supplement product registered gets an id, as Naver's answer
 * shows (numberRegisteredOptions in products.ts).
 * The page warns that a BAD_REQUEST may come without invalidInputs, to be read from its message:
 * the image rule answers that way here, the others name their field.
 */
import { formatKst } from '../kst';
import type { ApiRequest, HttpReply, RouteModule } from '../server';
import type { Store } from '../store';
import { issuedImageUrls } from './productImages';
import {
	type EmulatorProduct,
	type OriginProduct,
	numberRegisteredOptions,
	productCatalogue,
	settleStatus,
	writeAnswer,
} from './products';
import { isLeafCategory } from '../catalogueData';

interface InvalidInput {
	name: string;
	type: string;
	message: string;
}

const MAX_OPTIONAL_IMAGES = 9;
const MAX_OPTION_GROUPS = 3;
/** What Naver writes into a notice text field left out (미입력 시 상품상세 참조로 입력됩니다). */
const SEE_DETAIL_PAGE = '상품상세 참조';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
	value !== null && typeof value === 'object' && !Array.isArray(value);

function problemsOf(body: Json, store: Store): { inputs: InvalidInput[]; message?: string } {
	const inputs: InvalidInput[] = [];
	const add = (name: string, type: string, message: string) => inputs.push({ name, type, message });
	const origin = isObject(body.originProduct) ? body.originProduct : {};
	const at = (path: string) => `originProduct.${path}`;

	const category = origin.leafCategoryId;
	if (category === undefined || category === null || category === '') {
		add(at('leafCategoryId'), 'NotNull', '상품 등록 시 리프 카테고리 ID는 필수입니다.');
	} else if (!isLeafCategory(String(category))) {
		add(at('leafCategoryId'), 'Invalid', '리프 카테고리가 아니거나 존재하지 않는 카테고리입니다.');
	}
	if (!['SALE', 'SUSPENSION'].includes(String(origin.statusType))) {
		add(at('statusType'), 'Invalid', '상품 등록 시에는 판매 중(SALE)만 입력할 수 있습니다.');
	}
	if (origin.stockQuantity === undefined || origin.stockQuantity === null) {
		add(at('stockQuantity'), 'NotNull', '상품 등록 시 재고 수량은 필수입니다.');
	}
	salePeriodMinuteProblems(origin, (field, message) => add(at(field), 'Invalid', message));

	const images = isObject(origin.images) ? origin.images : {};
	const optional = Array.isArray(images.optionalImages) ? images.optionalImages : [];
	if (optional.length > MAX_OPTIONAL_IMAGES) {
		add(at('images.optionalImages'), 'Size', '추가 이미지는 최대 9개까지 등록할 수 있습니다.');
	}

	const detail = isObject(origin.detailAttribute) ? origin.detailAttribute : {};
	const notice = detail.productInfoProvidedNotice;
	if (!isObject(notice)) {
		add(
			at('detailAttribute.productInfoProvidedNotice'),
			'NotNull',
			'상품정보제공고시는 필수입니다.',
		);
	} else {
		const type = String(notice.productInfoProvidedNoticeType ?? '');
		const field = noticeField(type);
		const objects = Object.keys(notice).filter((key) => key !== 'productInfoProvidedNoticeType');
		if (!field || !objects.includes(field) || objects.length !== 1) {
			add(
				at('detailAttribute.productInfoProvidedNotice'),
				'Invalid',
				`상품정보제공고시 유형(${type})에 맞는 정보 하나를 입력해 주세요.`,
			);
		}
	}

	const origins = isObject(detail.originAreaInfo) ? detail.originAreaInfo : {};
	const code = String(origins.originAreaCode ?? '');
	if (code.startsWith('02') && !origins.importer) {
		add(
			at('detailAttribute.originAreaInfo.importer'),
			'NotNull',
			'수입산인 경우 수입사명은 필수입니다.',
		);
	}
	if (code === '04' && !origins.content) {
		add(
			at('detailAttribute.originAreaInfo.content'),
			'NotNull',
			'기타-직접 입력인 경우 원산지 표시 내용은 필수입니다.',
		);
	}

	const delivery = isObject(origin.deliveryInfo) ? origin.deliveryInfo : undefined;
	if (delivery) {
		if (delivery.deliveryType === 'DELIVERY' && !delivery.deliveryCompany) {
			add(at('deliveryInfo.deliveryCompany'), 'NotNull', '택배 배송인 경우 택배사는 필수입니다.');
		}
		const fee = isObject(delivery.deliveryFee) ? delivery.deliveryFee : {};
		const feeType = String(fee.deliveryFeeType ?? 'FREE');
		// baseFee (기본 배송비) is not refused missing: the page gives it only a maximum (<= 100000),
		// for no fee type does it say it is required. freeConditionalAmount it does ask for
		// ("배송비 유형이 '조건부 무료'일 경우 입력합니다").
		if (feeType === 'CONDITIONAL_FREE' && fee.freeConditionalAmount === undefined) {
			add(
				at('deliveryInfo.deliveryFee.freeConditionalAmount'),
				'NotNull',
				'조건부 무료인 경우 무료 조건 금액은 필수입니다.',
			);
		}
	}

	const options = isObject(detail.optionInfo) ? detail.optionInfo : undefined;
	if (options) {
		const kinds = ['optionSimple', 'optionCombinations', 'optionStandards'].filter(
			(kind) => Array.isArray(options[kind]) && (options[kind] as unknown[]).length > 0,
		);
		if (kinds.length > 1) {
			add(
				at('detailAttribute.optionInfo'),
				'Invalid',
				'표준형, 단독형, 조합형 옵션은 함께 사용할 수 없습니다.',
			);
		}
		const simple = (options.optionSimple ?? []) as Json[];
		if (new Set(simple.map((option) => option.groupName)).size > MAX_OPTION_GROUPS) {
			add(
				at('detailAttribute.optionInfo.optionSimple'),
				'Size',
				'단독형 옵션은 최대 3개까지 등록할 수 있습니다.',
			);
		}
		const names = isObject(options.optionCombinationGroupNames)
			? options.optionCombinationGroupNames
			: {};
		const groups = [1, 2, 3].filter((n) => names[`optionGroupName${n}`]).length;
		// Two combinations with the same values are not refused: the page says nothing of it.
		((options.optionCombinations ?? []) as Json[]).forEach((combination, index) => {
			const values = [1, 2, 3, 4]
				.map((n) => combination[`optionName${n}`])
				.filter((value) => value !== undefined && value !== '');
			const name = at(`detailAttribute.optionInfo.optionCombinations[${index}]`);
			if (groups === 0 || groups > MAX_OPTION_GROUPS || values.length !== groups) {
				add(name, 'Invalid', '조합형 옵션값은 옵션명마다 하나씩 입력해야 합니다.');
			}
		});
	}
	if (inputs.length > 0) return { inputs };

	// The image rule last, answered as the page warns: no invalidInputs, the reason in the message.
	const issued = issuedImageUrls(store);
	const urls = [
		(isObject(images.representativeImage) ? images.representativeImage.url : undefined) as unknown,
		...optional.map((image) => (isObject(image) ? image.url : undefined)),
	];
	const foreign = urls.filter((url) => typeof url !== 'string' || !issued.has(url));
	if (foreign.length > 0) {
		return {
			inputs,
			message: `상품 이미지는 상품 이미지 다건 등록 API로 업로드한 URL만 사용할 수 있습니다: ${foreign.join(', ')}`,
		};
	}
	return { inputs };
}

/** The notice object a notice type is written in (WEAR → wear, MICROELECTRONICS → microElectronics). */
function noticeField(type: string): string | undefined {
	if (!/^[A-Z_]+$/.test(type)) return undefined;
	if (type === 'MICROELECTRONICS') return 'microElectronics';
	if (type === 'CELLPHONE') return 'cellPhone';
	return type.toLowerCase().replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

function register(store: Store, request: ApiRequest, nowMs: number): HttpReply {
	const catalogue = productCatalogue(store);
	catalogue.requests.push({
		route: 'products.create',
		method: request.method,
		path: request.path,
		body: structuredClone(request.body),
	});
	const body = (isObject(request.body) ? request.body : {}) as Json;
	const { inputs, message } = problemsOf(body, store);
	if (inputs.length > 0 || message) {
		return {
			status: 400,
			body: {
				code: 'BAD_REQUEST',
				message: message ?? '잘못된 요청입니다.',
				...(inputs.length > 0 ? { invalidInputs: inputs } : {}),
				timestamp: formatKst(nowMs),
			},
		};
	}
	const origin = structuredClone(body.originProduct) as unknown as OriginProduct;
	origin.statusType = 'SALE';
	origin.saleType ??= 'NEW';
	origin.saleStartDate ??= formatKst(nowMs);
	settleStatus(origin);
	const detail = origin.detailAttribute as Json;
	detail.taxType ??= 'TAX';
	// Naver answers the notice's text fields a seller leaves out with "상품상세 참조".
	const notice = detail.productInfoProvidedNotice as Json;
	const noticeObject = notice[noticeField(String(notice.productInfoProvidedNoticeType))!] as Json;
	for (const [key, value] of Object.entries(noticeObject))
		if (value === '') noticeObject[key] = SEE_DETAIL_PAGE;
	// Naver numbers the options and supplement products it registers (optionCombinations[].id …).
	numberRegisteredOptions(detail, catalogue.products);

	const highest = (pick: (product: EmulatorProduct) => number | undefined) =>
		Math.max(0, ...catalogue.products.map((product) => pick(product) ?? 0));
	const window = isObject(body.windowChannelProduct) ? body.windowChannelProduct : undefined;
	const product: EmulatorProduct = {
		originProductNo: highest((p) => p.originProductNo) + 7,
		smartstoreChannelProductNo: highest((p) => p.smartstoreChannelProductNo) + 11,
		...(window ? { windowChannelProductNo: highest((p) => p.windowChannelProductNo) + 13 } : {}),
		regMs: nowMs,
		modMs: nowMs,
		popularity: 0,
		originProduct: origin,
		smartstoreChannelProduct: {
			channelProductName: origin.name,
			storeKeepExclusiveProduct: false,
			...(body.smartstoreChannelProduct as Json),
		},
		...(window
			? { windowChannelProduct: { ...window, channelProductDisplayStatusType: 'ON' } }
			: {}),
	};
	catalogue.products.push(product);
	return { status: 200, body: writeAnswer(product) };
}

export const productCreateRoutes: RouteModule = ({ store, now }) => [
	{
		method: 'POST',
		pattern: /^\/v2\/products$/,
		name: 'products.create',
		handler: (request) => register(store, request, now()),
	},
];

/**
 * The sale period's minutes: "매 시각 00분으로만 설정 가능합니다" (saleStartDate) and "매 시각 59분으로만
 * 설정 가능합니다" (saleEndDate), on a product and on each product of a group.
 */
export function salePeriodMinuteProblems(
	record: Json,
	report: (field: 'saleStartDate' | 'saleEndDate', message: string) => void,
): void {
	for (const [field, minute] of [
		['saleStartDate', '00'],
		['saleEndDate', '59'],
	] as const) {
		const value = record[field];
		if (typeof value === 'string' && value.slice(14, 16) !== minute) {
			report(field, `${field}는 매 시각 ${minute}분으로만 설정할 수 있습니다.`);
		}
	}
}
