/**
 * Group products (v2 그룹상품): products of one kind that differ only by their purchase options
 * (판매 옵션: colour, size, weight…), registered and changed together, as Naver's reference pages
 * describe them.
 *
 * Registration and change are asynchronous ("비동기로 동작합니다"): POST and PUT answer a request ID
 * and the request's progress, QUEUED; the status API (그룹상품 요청 결과 조회) tells how it goes.
 * Here a request moves on when it is asked about: IN_PROGRESS at the first poll, done at the
 * `pollsToComplete`-th (2 by default; 0 finishes it before POST or PUT answers; set it with
 * `groupProductStateOf(emulator.store).pollsToComplete`). Done is COMPLETED, with the group
 * product number, the products' numbers and their purchase options, or FAILED with the inputs at
 * fault (progress.invalidInputs, errorMessage). While a request of the store is not done, another
 * POST or PUT answers ALREADY_RESERVED ("동일 계정에서 이미 다른 요청이 진행 중"). The status API
 * without requestId answers the latest request (of the `type` asked for).
 *
 * A body that breaks the contract is refused up front, as every write (400 BAD_REQUEST). What the
 * pages state beyond the schema is checked when the request runs, and fails it:
 * - leafCategoryId is a leaf, and guideId one of its purchase option guides ("카테고리에서 허용하지
 *   않는 가이드 ID는 사용할 수 없습니다", GET /v2/standard-purchase-option-guides);
 * - each product names exactly the guide's options ("가이드에서 허용하지 않는 옵션이 포함되어
 *   있거나, 가이드 내 옵션이 누락된 경우에는 … 불가능"), a number with one of the allowed units for
 *   a NUMBER option ("숫자+단위 조합"), colour codes as #RRGGBB, at most 2, on all products or none
 *   and the same for the same value (dropped on options without colour chips: "이외에는 입력된
 *   값이 삭제됩니다"); at most the guide's number of products ("최대 20개 또는 100개");
 * - on registration no originProductNo ("입력 시 error") and a stock of 1 or more ("등록 시 재고를
 *   1 이상으로 입력"); on a change every product of the group listed by its originProductNo ("모두
 *   필수로 입력"), a new one (no originProductNo) with stock of 1 or more; an option value or guide
 *   changes only within 30 days of a product's registration or of a category change;
 * - the detail page: commonDetailContent, or a detailContentTempId (temp-detail-content, valid an
 *   hour) on every product ("일부 상품에만 입력 불가"); commonDetailContent wins when both are sent;
 *   a change that sends neither keeps what the products had;
 * - image URLs issued by the image upload; the notice's object of its type; the importer of an
 *   import and the text of "other, as written" (원산지); sale start on minute 00 and end on minute 59;
 *   a warehouse (outboundLocationId) for N판매자배송 and N희망일배송; a display name with its
 *   promotionText of at most 100 characters; a release date given once and not changed ("최초 1회만
 *   입력 가능(수정/삭제 불가능)"); fashion models and size types that exist;
 *   a window channel product only with a window group channel (its channelNo); bbsSeq a notice.
 *
 * What the page says is ignored is not kept: a model number (manufactureDefineNo) outside the
 * categories that take one, a warehouse for other deliveries, colour codes on options without
 * colour chips; skuYn left out of (or N in) a change keeps its value.
 *
 * The products of a completed group are origin products of the catalogue (routes/products.ts):
 * GET origin-products and the search show them with their group. Stock left out of a change keeps
 * the product's stock; 0 makes it OUTOFSTOCK. Deleting a group deletes its products: the pages
 * offer no way to take a product out of a group ("기존의 상품을 그룹에서 해제하는 기능은 API와
 * 스마트스토어 센터 모두 제공하고 있지 않습니다"), so none is left without it. Groups seeded with the
 * catalogue (5000–5049) are not v2 group products and are not served here.
 */
import { categoryById, exceptionalCategoriesOf, isLeafCategory } from '../catalogueData';
import { formatKst } from '../kst';
import type { RouteModule } from '../server';
import { seededRandom, type Store } from '../store';
import {
	answerSchema,
	isObject,
	notFound,
	omit,
	pruneToSchema,
	queryText,
	routeTable,
	success,
	type InvalidInput,
	type Json,
	type RouteCall,
} from './collections';
import {
	lookupStateOf,
	purchaseOptionGuidesOf,
	SIZE_TYPES,
	type PurchaseOptionGuide,
} from './listingLookups';
import { salePeriodMinuteProblems } from './productCreate';
import { issuedImageUrls } from './productImages';
import {
	numberRegisteredOptions,
	productCatalogue,
	type EmulatorProduct,
	type OriginProduct,
} from './products';
import { sellerNoticeStateOf } from './sellerNotices';

const DAY_MS = 24 * 3_600_000;
const TEMP_CONTENT_MS = 3_600_000;
const CHANGE_WINDOW_MS = 30 * DAY_MS;
export const DEFAULT_POLLS_TO_COMPLETE = 2;

type JobType = 'CREATE' | 'UPDATE';

export interface GroupProductJob {
	requestId: string;
	type: JobType;
	/** The group a change is for. */
	groupProductNo?: number;
	groupProduct: Json;
	polls: number;
	createdMs: number;
	result?: {
		state: 'COMPLETED' | 'FAILED' | 'ERROR';
		invalidInputs?: InvalidInput[];
		errorMessage?: string;
		groupProductNo?: number;
		products?: Array<{ product: EmulatorProduct; options: Json[] }>;
	};
}

/** A product of a group as the seller sent it, beside the catalogue's origin product. */
interface SpecificProduct {
	originProductNo: number;
	/** As sent (no originProductNo, detailContentTempId): what GET answers. */
	sent: Json;
	registeredMs: number;
}

export interface StoredGroup {
	groupProductNo: number;
	/** The group's own fields as sent, without its products and common detail page. */
	fields: Json;
	commonDetailContent?: string;
	specifics: SpecificProduct[];
	categoryChangedMs?: number;
}

export interface GroupProductState {
	/** Polls of the status API after which a request is done (0: done before POST/PUT answers). */
	pollsToComplete: number;
	/**
	 * How many of the next requests end in ERROR ("시스템 오류") when they run, for tests of a
	 * client's handling; nothing is written. The page says no more of such an answer than its state.
	 */
	systemErrors: number;
	jobs: GroupProductJob[];
	groups: Map<number, StoredGroup>;
	tempContents: Map<number, { content: string; createdMs: number }>;
	reset(): void;
}

const STATES = new WeakMap<Store, GroupProductState>();

export function groupProductStateOf(store: Store): GroupProductState {
	const state = STATES.get(store);
	if (!state) throw new Error('This store has no group product routes');
	return state;
}

/** The notice object a notice type is written in (WEAR → wear, MICROELECTRONICS → microElectronics). */
function noticeField(type: string): string | undefined {
	if (!/^[A-Z_]+$/.test(type)) return undefined;
	if (type === 'MICROELECTRONICS') return 'microElectronics';
	if (type === 'CELLPHONE') return 'cellPhone';
	return type.toLowerCase().replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());
}

const HEX_COLOUR = /^#[0-9A-Fa-f]{6}$/;
/** Delivery attributes shipped from the seller's warehouse (outboundLocationId). */
const SELLER_WAREHOUSE_TYPES = ['SELLER_GUARANTEE', 'HOPE_SELLER_GUARANTEE'];

/** Checks a request when it runs: the inputs at fault, as Naver names them. */
function problemsOf(
	store: Store,
	state: GroupProductState,
	job: GroupProductJob,
	nowMs: number,
): { inputs: InvalidInput[]; guide?: PurchaseOptionGuide } {
	const inputs: InvalidInput[] = [];
	const add = (name: string, type: string, message: string) => inputs.push({ name, type, message });
	const group = job.groupProduct;
	const at = (path: string) => `groupProduct.${path}`;
	const stored =
		job.groupProductNo !== undefined ? state.groups.get(job.groupProductNo) : undefined;

	const categoryId = String(group.leafCategoryId ?? '');
	let guide: PurchaseOptionGuide | undefined;
	if (!isLeafCategory(categoryId)) {
		add(at('leafCategoryId'), 'Invalid', '리프 카테고리가 아니거나 존재하지 않는 카테고리입니다.');
	} else {
		guide = purchaseOptionGuidesOf(categoryById(categoryId)!).find(
			(entry) => entry.guideId === group.guideId,
		);
		if (!guide) {
			add(at('guideId'), 'Invalid', '카테고리에서 허용하지 않는 판매 옵션 가이드 ID입니다.');
		}
	}

	const notice = group.productInfoProvidedNotice;
	if (isObject(notice)) {
		const type = String(notice.productInfoProvidedNoticeType ?? '');
		const field = noticeField(type);
		const objects = Object.keys(notice).filter((key) => key !== 'productInfoProvidedNoticeType');
		if (!field || !objects.includes(field) || objects.length !== 1) {
			add(
				at('productInfoProvidedNotice'),
				'Invalid',
				`상품정보제공고시 유형(${type})에 맞는 정보 하나를 입력해 주세요.`,
			);
		}
	}

	const size = isObject(group.productSize) ? group.productSize : undefined;
	if (size?.sizeTypeNo !== undefined && !SIZE_TYPES.some((type) => type.id === size.sizeTypeNo)) {
		add(at('productSize.sizeTypeNo'), 'Invalid', '존재하지 않는 사이즈 타입입니다.');
	}
	const fashionModels = lookupStateOf(store).fashionModels;
	((size?.productFashionModels ?? []) as Json[]).forEach((model, index) => {
		if (!fashionModels.find(model.modelId as number)) {
			add(
				at(`productSize.productFashionModels[${index}].modelId`),
				'Invalid',
				'존재하지 않는 패션모델입니다.',
			);
		}
	});
	const notices = sellerNoticeStateOf(store).notices;
	for (const channel of ['smartstoreGroupChannel', 'windowGroupChannel']) {
		const bbsSeq = isObject(group[channel]) ? (group[channel] as Json).bbsSeq : undefined;
		if (bbsSeq !== undefined && !notices.find(bbsSeq as number)) {
			add(at(`${channel}.bbsSeq`), 'Invalid', '존재하지 않는 공지사항입니다.');
		}
	}

	const specifics = (Array.isArray(group.specificProducts) ? group.specificProducts : []) as Json[];
	if (specifics.length === 0) {
		add(at('specificProducts'), 'NotEmpty', '그룹상품으로 등록할 상품을 입력해 주세요.');
	}
	if (guide && specifics.length > guide.maxProducts) {
		add(
			at('specificProducts'),
			'Size',
			`판매옵션 상품은 최대 ${guide.maxProducts}개까지 등록할 수 있습니다.`,
		);
	}
	const issued = issuedImageUrls(store);
	const colourByValue = new Map<string, string>();
	const hasColours = new Map<number, boolean[]>();
	const listed = new Set<number>();
	specifics.forEach((specific, index) => {
		const here = (path: string) => at(`specificProducts[${index}].${path}`);
		const originProductNo = specific.originProductNo as number | undefined | null;
		const isNew = originProductNo === undefined || originProductNo === null;
		if (job.type === 'CREATE' && !isNew) {
			add(
				here('originProductNo'),
				'Invalid',
				'그룹상품 등록 시에는 원상품번호를 입력할 수 없습니다.',
			);
		}
		if (job.type === 'UPDATE' && !isNew) {
			if (!stored?.specifics.some((entry) => entry.originProductNo === originProductNo)) {
				add(here('originProductNo'), 'Invalid', '그룹상품에 속한 원상품번호가 아닙니다.');
			}
			listed.add(originProductNo);
		}
		const stock = specific.stockQuantity;
		if (isNew && (typeof stock !== 'number' || stock < 1)) {
			add(here('stockQuantity'), 'Min', '신규 판매옵션 상품의 재고 수량은 1 이상이어야 합니다.');
		}

		const options = (
			Array.isArray(specific.standardPurchaseOptions) ? specific.standardPurchaseOptions : []
		) as Json[];
		if (guide) {
			const wanted = guide.options.map((option) => option.optionId).sort();
			const sent = options.map((option) => option.optionId as number).sort();
			if (JSON.stringify(wanted) !== JSON.stringify(sent)) {
				add(
					here('standardPurchaseOptions'),
					'Invalid',
					`판매 옵션 가이드(${guide.guideId})의 판매옵션(${wanted.join(', ')})을 모두, 한 번씩 입력해 주세요.`,
				);
			}
			options.forEach((option, position) => {
				const known = guide!.options.find((entry) => entry.optionId === option.optionId);
				if (!known) return;
				const name = here(`standardPurchaseOptions[${position}]`);
				const value = String(option.valueName ?? '');
				if (known.optionType === 'NUMBER') {
					const units = known.units ?? [''];
					const fits = units.some((unit) =>
						new RegExp(`^\\d+(\\.\\d+)?${unit.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`).test(
							value,
						),
					);
					if (!fits) {
						add(
							`${name}.valueName`,
							'Pattern',
							known.units
								? `숫자+단위(${known.units.join(', ')}) 형식으로 입력해 주세요.`
								: '숫자로 입력해 주세요.',
						);
					}
				}
				const codes = option.colorCodes;
				if (known.colorCodeYn) {
					const seen = hasColours.get(known.optionId) ?? [];
					seen.push(Array.isArray(codes) && codes.length > 0);
					hasColours.set(known.optionId, seen);
				}
				if (known.colorCodeYn && Array.isArray(codes) && codes.length > 0) {
					if (codes.length > 2)
						add(`${name}.colorCodes`, 'Size', '색상 코드는 최대 2개까지 입력할 수 있습니다.');
					if (codes.some((code) => typeof code !== 'string' || !HEX_COLOUR.test(code))) {
						add(`${name}.colorCodes`, 'Pattern', "색상 코드는 '#000000' 형식으로 입력해 주세요.");
					}
					const key = `${known.optionId}|${value}`;
					const joined = JSON.stringify(codes);
					if (colourByValue.has(key) && colourByValue.get(key) !== joined) {
						add(
							`${name}.colorCodes`,
							'Invalid',
							'동일한 판매옵션값에는 동일한 색상 코드를 입력해야 합니다.',
						);
					}
					colourByValue.set(key, joined);
				}
			});
		}

		salePeriodMinuteProblems(specific, (field, message) => add(here(field), 'Invalid', message));
		const images = isObject(specific.images) ? specific.images : {};
		const urls = [
			isObject(images.representativeImage) ? images.representativeImage.url : undefined,
			...((Array.isArray(images.optionalImages) ? images.optionalImages : []) as Json[]).map(
				(image) => image.url,
			),
		];
		if (urls.some((url) => typeof url !== 'string' || !issued.has(url))) {
			add(
				here('images'),
				'Invalid',
				'상품 이미지는 상품 이미지 다건 등록 API로 업로드한 URL만 사용할 수 있습니다.',
			);
		}
		const origin = isObject(specific.originAreaInfo) ? specific.originAreaInfo : {};
		const code = String(origin.originAreaCode ?? '');
		if (code.startsWith('02') && !origin.importer) {
			add(here('originAreaInfo.importer'), 'NotNull', '수입산인 경우 수입사명은 필수입니다.');
		}
		if (code === '04' && !origin.content) {
			add(
				here('originAreaInfo.content'),
				'NotNull',
				'기타-직접 입력인 경우 원산지 표시 내용은 필수입니다.',
			);
		}
		const tempId = specific.detailContentTempId;
		if (tempId !== undefined && tempId !== null) {
			const temp = state.tempContents.get(tempId as number);
			if (!temp || nowMs - temp.createdMs > TEMP_CONTENT_MS) {
				add(
					here('detailContentTempId'),
					'Invalid',
					'유효하지 않거나 만료된 상품상세 임시 ID입니다.',
				);
			}
		}
		const delivery = isObject(specific.deliveryInfo) ? specific.deliveryInfo : undefined;
		// "배송 속성이 SELLER_GURANTEE(N판매자배송), HOPE_SELLER_GUARANTEE(N희망일배송)인 경우
		// 필수입력이며, 그 밖의 배송속성에 입력된 판매자 창고ID값은 무시됩니다."
		if (
			delivery &&
			SELLER_WAREHOUSE_TYPES.includes(String(delivery.deliveryAttributeType)) &&
			!delivery.outboundLocationId
		) {
			add(
				here('deliveryInfo.outboundLocationId'),
				'NotNull',
				'N판매자배송, N희망일배송 상품은 판매자 창고 ID가 필수입니다.',
			);
		}
		// "추가 문구를 포함한 노출 상품명은 최대 100자까지 입력 가능합니다."
		for (const channel of ['smartstoreChannelProduct', 'windowChannelProduct']) {
			const text = isObject(specific[channel])
				? (specific[channel] as Json).promotionText
				: undefined;
			if (typeof text === 'string' && [...`${text} ${productName(group, specific)}`].length > 100) {
				add(
					here(`${channel}.promotionText`),
					'Size',
					'추가 문구를 포함한 노출 상품명은 최대 100자까지 입력할 수 있습니다.',
				);
			}
		}
		// "최초 1회만 입력 가능(수정/삭제 불가능)": a release date once given stays as it is.
		const before = isNew
			? undefined
			: stored?.specifics.find((entry) => entry.originProductNo === originProductNo);
		if (
			before?.sent.releaseDate !== undefined &&
			specific.releaseDate !== undefined &&
			specific.releaseDate !== before.sent.releaseDate
		) {
			add(here('releaseDate'), 'Invalid', '출시일자는 최초 1회만 입력할 수 있습니다.');
		}
		if (isObject(specific.windowChannelProduct) && !isObject(group.windowGroupChannel)) {
			add(
				here('windowChannelProduct'),
				'Invalid',
				'윈도 채널 상품은 windowGroupChannel과 함께 입력해 주세요.',
			);
		}
	});
	for (const [optionId, seen] of hasColours) {
		if (seen.some(Boolean) && !seen.every(Boolean)) {
			add(
				at('specificProducts'),
				'Invalid',
				`색상칩(판매옵션 ${optionId})은 그룹상품 하위 전체 상품에 등록하거나 전체 상품에서 해제해야 합니다.`,
			);
		}
	}

	const temps = specifics.filter(
		(specific) =>
			specific.detailContentTempId !== undefined && specific.detailContentTempId !== null,
	).length;
	const common = typeof group.commonDetailContent === 'string' && group.commonDetailContent !== '';
	if (!common && temps > 0 && temps < specifics.length) {
		add(
			at('specificProducts'),
			'Invalid',
			'상품별 상품상세 임시 ID는 모든 상품에 입력해야 합니다.',
		);
	} else if (job.type === 'CREATE' && !common && temps === 0) {
		add(
			at('commonDetailContent'),
			'NotNull',
			'상품상세 정보는 commonDetailContent 또는 detailContentTempId로 입력해야 합니다.',
		);
	}

	if (job.type === 'UPDATE' && stored) {
		const missing = stored.specifics.filter((entry) => !listed.has(entry.originProductNo));
		if (missing.length > 0) {
			add(
				at('specificProducts'),
				'NotNull',
				`그룹상품에 속한 원상품번호를 모두 입력해야 합니다: ${missing.map((entry) => entry.originProductNo).join(', ')}`,
			);
		}
		// "수정 가능 조건: 그룹상품에 속한 판매옵션 중, 하나라도 등록 완료일 30일 이내이거나, 카테고리
		// 수정일 30일 이내인 경우 수정 가능합니다."
		const recent =
			stored.specifics.some((entry) => nowMs - entry.registeredMs <= CHANGE_WINDOW_MS) ||
			(stored.categoryChangedMs !== undefined &&
				nowMs - stored.categoryChangedMs <= CHANGE_WINDOW_MS);
		if (!recent) {
			if (group.guideId !== stored.fields.guideId) {
				add(
					at('guideId'),
					'Invalid',
					'판매 옵션 가이드는 등록 또는 카테고리 수정 후 30일 이내에만 수정할 수 있습니다.',
				);
			}
			specifics.forEach((specific, index) => {
				const before = stored.specifics.find(
					(entry) => entry.originProductNo === specific.originProductNo,
				);
				if (
					before &&
					JSON.stringify(valuesOf(before.sent)) !== JSON.stringify(valuesOf(specific))
				) {
					add(
						at(`specificProducts[${index}].standardPurchaseOptions`),
						'Invalid',
						'판매 옵션값은 등록 또는 카테고리 수정 후 30일 이내에만 수정할 수 있습니다.',
					);
				}
			});
		}
	}
	return { inputs, guide };
}

/** A product's purchase options as `{optionId, valueName}`, in the order sent. */
function valuesOf(specific: Json): Json[] {
	return ((specific.standardPurchaseOptions ?? []) as Json[]).map((option) => ({
		optionId: option.optionId,
		valueName: option.valueName,
	}));
}

/** The product's name: "그룹상품명+판매 옵션값명 조합". */
function productName(group: Json, specific: Json): string {
	return [group.name, ...valuesOf(specific).map((option) => option.valueName)].join(' ');
}

const ORIGIN_SCHEMA = () => answerSchema('GET', '/v2/products/origin-products/1', 'originProduct');
const SMARTSTORE_SCHEMA = () =>
	answerSchema('GET', '/v2/products/origin-products/1', 'smartstoreChannelProduct');
const WINDOW_SCHEMA = () =>
	answerSchema('GET', '/v2/products/origin-products/1', 'windowChannelProduct');

/** A specific product as an origin product of the catalogue, in the origin product's shape. */
function originProductOf(
	group: Json,
	specific: Json,
	detailContent: string,
	current: OriginProduct | undefined,
): OriginProduct {
	const benefit = isObject(specific.customerBenefit) ? specific.customerBenefit : {};
	const { eventPhraseCont, ...policies } = benefit;
	const search: Json = {
		...(isObject(specific.modelInfo) ? specific.modelInfo : {}),
		...(group.manufacturerName !== undefined ? { manufacturerName: group.manufacturerName } : {}),
		...(group.brandId !== undefined ? { brandId: group.brandId } : {}),
		...(group.brandName !== undefined ? { brandName: group.brandName } : {}),
	};
	const size = isObject(group.productSize) ? group.productSize : undefined;
	const stock =
		typeof specific.stockQuantity === 'number'
			? specific.stockQuantity
			: (current?.stockQuantity ?? 0);
	const origin: Json = {
		statusType:
			current?.statusType === 'SUSPENSION' ? 'SUSPENSION' : stock > 0 ? 'SALE' : 'OUTOFSTOCK',
		saleType: group.saleType ?? 'NEW',
		leafCategoryId: group.leafCategoryId,
		name: productName(group, specific),
		detailContent,
		images: specific.images,
		saleStartDate: specific.saleStartDate,
		saleEndDate: specific.saleEndDate,
		// The origin product's price is a whole number of won; the group's is a number.
		salePrice: Math.floor(Number(specific.salePrice)),
		stockQuantity: stock,
		deliveryInfo: specific.deliveryInfo,
		productLogistics: specific.productLogistics,
		detailAttribute: {
			...(Object.keys(search).length > 0 ? { naverShoppingSearchInfo: search } : {}),
			manufactureDefineNo: specific.manufactureDefineNo,
			afterServiceInfo: group.afterServiceInfo,
			purchaseQuantityInfo: specific.purchaseQuantityInfo,
			originAreaInfo: specific.originAreaInfo,
			sellerCodeInfo: specific.sellerCodeInfo,
			skuYn: specific.skuYn ?? false,
			supplementProductInfo: group.supplementProductInfo,
			purchaseReviewInfo: specific.purchaseReviewInfo,
			eventPhraseCont,
			manufactureDate: specific.manufactureDate,
			releaseDate: specific.releaseDate,
			validDate: specific.validDate,
			taxType: group.taxType ?? 'TAX',
			customsTaxType: group.customsTaxType,
			productCertificationInfos: specific.productCertificationInfos,
			certificationTargetExcludeContent: specific.certificationTargetExcludeContent,
			sellerCommentContent: group.sellerCommentContent,
			minorPurchasable: group.minorPurchasable,
			productInfoProvidedNotice: group.productInfoProvidedNotice,
			productAttributes: specific.productAttributes,
			customProductYn: specific.customProductYn,
			itselfProductionProductYn: group.itselfProductionProductYn ?? false,
			brandCertificationYn: group.brandCertificationYn,
			seoInfo: group.seoInfo,
			...(size
				? {
						productSize: {
							sizeTypeNo: size.sizeTypeNo,
							sizeAttributes: size.sizeAttributes,
							...(Array.isArray(size.productFashionModels)
								? { models: size.productFashionModels }
								: {}),
						},
					}
				: {}),
			unitCapacity: specific.unitCapacity,
		},
		...(Object.keys(policies).length > 0 ||
		specific.immediateDiscountPolicy ||
		specific.reservedDiscountPolicy
			? {
					customerBenefit: {
						...(specific.immediateDiscountPolicy
							? { immediateDiscountPolicy: specific.immediateDiscountPolicy }
							: {}),
						...(specific.reservedDiscountPolicy
							? { reservedDiscountPolicy: specific.reservedDiscountPolicy }
							: {}),
						...policies,
					},
				}
			: {}),
	};
	const defined = JSON.parse(JSON.stringify(origin)) as Json;
	return pruneToSchema(defined, ORIGIN_SCHEMA()) as OriginProduct;
}

/** The channel products of a specific product, in the origin product GET's shape. */
function channelsOf(group: Json, specific: Json, name: string) {
	const smartstore = isObject(specific.smartstoreChannelProduct)
		? specific.smartstoreChannelProduct
		: {};
	const storeGroup = isObject(group.smartstoreGroupChannel) ? group.smartstoreGroupChannel : {};
	const window = isObject(specific.windowChannelProduct)
		? specific.windowChannelProduct
		: undefined;
	const windowGroup = isObject(group.windowGroupChannel) ? group.windowGroupChannel : {};
	return {
		smartstore: pruneToSchema(
			{
				channelProductName: name,
				...(storeGroup.bbsSeq !== undefined ? { bbsSeq: storeGroup.bbsSeq } : {}),
				storeKeepExclusiveProduct: smartstore.storeKeepExclusiveProduct ?? false,
				naverShoppingRegistration: smartstore.naverShoppingRegistration ?? false,
				channelProductDisplayStatusType: smartstore.channelProductDisplayStatusType ?? 'ON',
			},
			SMARTSTORE_SCHEMA(),
		) as Json,
		window: window
			? (pruneToSchema(
					{
						channelProductName: name,
						...(windowGroup.bbsSeq !== undefined ? { bbsSeq: windowGroup.bbsSeq } : {}),
						storeKeepExclusiveProduct: window.storeKeepExclusiveProduct ?? false,
						naverShoppingRegistration: window.naverShoppingRegistration ?? false,
						channelNo: windowGroup.channelNo,
						best: windowGroup.best ?? false,
						channelProductDisplayStatusType: 'ON',
					},
					WINDOW_SCHEMA(),
				) as Json)
			: undefined,
	};
}

/**
 * What Naver keeps of a product as sent, for GET and for its origin product: no number, no
 * temporary detail ID; without what the page says is ignored (a model number outside the
 * categories that take one, a warehouse for a delivery not from it); a release date and SKU
 * creation as they were when left out of a change.
 */
function sentOf(specific: Json, before: Json | undefined, categoryId: string): Json {
	const rest = omit(specific, 'originProductNo', 'detailContentTempId');
	const category = categoryById(categoryId);
	// "품번 입력 대상 카테고리가 아닌 경우 입력된 값은 무시됩니다."
	if (category && !exceptionalCategoriesOf(category).includes('MANUFACTURE_DEFINE_NO')) {
		delete rest.manufactureDefineNo;
	}
	if (
		isObject(rest.deliveryInfo) &&
		!SELLER_WAREHOUSE_TYPES.includes(String(rest.deliveryInfo.deliveryAttributeType))
	) {
		rest.deliveryInfo = omit(rest.deliveryInfo, 'outboundLocationId');
	}
	if (before?.releaseDate !== undefined) rest.releaseDate = before.releaseDate;
	// "상품 수정 시 SKU 생성여부를 입력하지 않으면 기존값이 유지됩니다. (상품 수정 시 요청된 N은
	// 무시됩니다.)"
	if (before && (rest.skuYn === undefined || rest.skuYn === false) && before.skuYn === true) {
		rest.skuYn = true;
	}
	return rest;
}

export const groupProductRoutes: RouteModule = ({ store, now, seed }) => {
	const random = seededRandom(seed + 31);
	const hex = (length: number) =>
		Array.from({ length }, () => Math.floor(random() * 16).toString(16)).join('');
	const state: GroupProductState = {
		pollsToComplete: DEFAULT_POLLS_TO_COMPLETE,
		systemErrors: 0,
		jobs: [],
		groups: new Map(),
		tempContents: new Map(),
		reset() {
			this.pollsToComplete = DEFAULT_POLLS_TO_COMPLETE;
			this.systemErrors = 0;
			this.jobs = [];
			this.groups = new Map();
			this.tempContents = new Map();
		},
	};
	STATES.set(store, state);
	const catalogue = () => productCatalogue(store);
	const groupNotFound = (number: string) => () =>
		notFound(`그룹상품(${number})이 존재하지 않습니다.`);
	const findGroup = (number: string) => {
		const group = state.groups.get(Number(number));
		if (!/^\d+$/.test(number) || !group) throw groupNotFound(number)();
		return group;
	};
	const productOf = (originProductNo: number) => catalogue().byOriginProductNo(originProductNo);

	/** Applies a request that passed its checks: the products are written, the group kept. */
	const apply = (job: GroupProductJob, nowMs: number) => {
		const group = job.groupProduct;
		const { specificProducts, commonDetailContent, ...fields } = group;
		const specifics = specificProducts as Json[];
		const stored: StoredGroup =
			(job.groupProductNo !== undefined ? state.groups.get(job.groupProductNo) : undefined) ??
			(() => {
				const products = catalogue().products;
				const highest = Math.max(
					0,
					...products.map((product) => product.groupProductNo ?? 0),
					...state.groups.keys(),
				);
				return { groupProductNo: highest + 1, fields, specifics: [] };
			})();
		if (stored.specifics.length > 0 && stored.fields.leafCategoryId !== fields.leafCategoryId) {
			stored.categoryChangedMs = nowMs;
		}
		// Naver numbers the supplement products it registers (supplementProducts[].id, as the
		// product registration does); one sent with an ID keeps it.
		const supplements = ((fields.supplementProductInfo as Json | undefined)?.supplementProducts ??
			[]) as Json[];
		numberRegisteredOptions(
			{
				supplementProductInfo: {
					supplementProducts: supplements.filter(
						(entry) => entry.id === undefined || entry.id === null,
					),
				},
			},
			catalogue().products,
		);
		stored.fields = fields;
		if (typeof commonDetailContent === 'string' && commonDetailContent !== '') {
			stored.commonDetailContent = commonDetailContent;
		}
		const products = catalogue().products;
		const highest = (pick: (product: EmulatorProduct) => number | undefined) =>
			Math.max(0, ...products.map((product) => pick(product) ?? 0));
		const written: Array<{ product: EmulatorProduct; options: Json[] }> = [];
		const specificsKept: SpecificProduct[] = [];
		for (const specific of specifics) {
			const before = stored.specifics.find(
				(entry) => entry.originProductNo === specific.originProductNo,
			);
			const current = before ? productOf(before.originProductNo) : undefined;
			const tempId = specific.detailContentTempId as number | undefined;
			const detailContent =
				typeof commonDetailContent === 'string' && commonDetailContent !== ''
					? commonDetailContent
					: tempId !== undefined && tempId !== null
						? state.tempContents.get(tempId)!.content
						: (current?.originProduct.detailContent ?? stored.commonDetailContent ?? '');
			const kept = sentOf(specific, before?.sent, String(group.leafCategoryId));
			const name = productName(group, specific);
			const origin = originProductOf(group, kept, detailContent, current?.originProduct);
			const channels = channelsOf(group, kept, name);
			let product = current;
			if (product) {
				product.originProduct = origin;
				product.smartstoreChannelProduct = channels.smartstore;
				if (channels.window && !product.windowChannelProductNo) {
					product.windowChannelProductNo = highest((p) => p.windowChannelProductNo) + 13;
				}
				product.windowChannelProduct = channels.window ?? product.windowChannelProduct;
				product.modMs = nowMs;
			} else {
				product = {
					originProductNo: highest((p) => p.originProductNo) + 7,
					smartstoreChannelProductNo: highest((p) => p.smartstoreChannelProductNo) + 11,
					...(channels.window
						? { windowChannelProductNo: highest((p) => p.windowChannelProductNo) + 13 }
						: {}),
					regMs: nowMs,
					modMs: nowMs,
					popularity: 0,
					originProduct: origin,
					smartstoreChannelProduct: channels.smartstore,
					...(channels.window ? { windowChannelProduct: channels.window } : {}),
				};
				products.push(product);
			}
			product.groupProductNo = stored.groupProductNo;
			product.groupProductName = String(group.name);
			// A notice named by the group channel (bbsSeq) is the products' notice.
			const applied = sellerNoticeStateOf(store).applied;
			const storeNotice = (group.smartstoreGroupChannel as Json | undefined)?.bbsSeq;
			const windowNotice = (group.windowGroupChannel as Json | undefined)?.bbsSeq;
			if (typeof storeNotice === 'number')
				applied.set(product.smartstoreChannelProductNo, storeNotice);
			if (typeof windowNotice === 'number' && product.windowChannelProductNo)
				applied.set(product.windowChannelProductNo, windowNotice);
			specificsKept.push({
				originProductNo: product.originProductNo,
				sent: kept,
				registeredMs: before?.registeredMs ?? nowMs,
			});
			written.push({ product, options: valuesOf(specific) });
		}
		stored.specifics = specificsKept;
		state.groups.set(stored.groupProductNo, stored);
		return { groupProductNo: stored.groupProductNo, products: written };
	};

	/** Runs a request: its checks, then the write, or the failure with the inputs at fault. */
	const finish = (job: GroupProductJob) => {
		const nowMs = now();
		if (state.systemErrors > 0) {
			state.systemErrors -= 1;
			job.result = { state: 'ERROR' };
			return;
		}
		const { inputs } = problemsOf(store, state, job, nowMs);
		if (inputs.length > 0) {
			job.result = {
				state: 'FAILED',
				invalidInputs: inputs,
				errorMessage: inputs[0].message,
				...(job.groupProductNo !== undefined ? { groupProductNo: job.groupProductNo } : {}),
			};
			return;
		}
		job.result = { state: 'COMPLETED', ...apply(job, nowMs) };
	};

	const jobAnswer = (job: GroupProductJob): Json => {
		const result = job.result;
		if (!result) {
			const queued = job.polls === 0;
			return {
				progress: {
					state: queued ? 'QUEUED' : 'IN_PROGRESS',
					progress: queued
						? 0
						: Math.min(99, Math.round((100 * job.polls) / state.pollsToComplete)),
				},
				requestId: job.requestId,
				...(job.groupProductNo !== undefined ? { groupProductNo: job.groupProductNo } : {}),
			};
		}
		return {
			progress: {
				state: result.state,
				...(result.invalidInputs ? { invalidInputs: result.invalidInputs } : {}),
				...(result.errorMessage ? { errorMessage: result.errorMessage } : {}),
				progress: 100,
			},
			requestId: job.requestId,
			...(result.groupProductNo !== undefined ? { groupProductNo: result.groupProductNo } : {}),
			...(result.products
				? {
						productNos: result.products.map(({ product }) => ({
							originProductNo: product.originProductNo,
							smartstoreChannelProductNo: product.smartstoreChannelProductNo,
							...(product.windowChannelProductNo
								? { windowChannelProductNo: product.windowChannelProductNo }
								: {}),
						})),
						standardPurchaseOptionsIds: result.products.map(({ product, options }) => ({
							originProductNo: product.originProductNo,
							standardPurchaseOptionsIds: options,
						})),
					}
				: {}),
		};
	};

	/** Takes a registration or change; it runs as the status API is polled. */
	const enqueue = (type: JobType, body: Json, groupProductNo?: number): Json => {
		if (state.jobs.some((job) => !job.result)) {
			// "ALREADY_RESERVED: 동일 계정에서 이미 다른 요청이 진행 중". The page does not say what else
			// such an answer holds: nothing was queued, so it has no request ID.
			return { progress: { state: 'ALREADY_RESERVED', progress: 0 } };
		}
		const job: GroupProductJob = {
			requestId: `${hex(8)}-${hex(4)}-4${hex(3)}-a${hex(3)}-${hex(12)}`,
			type,
			...(groupProductNo !== undefined ? { groupProductNo } : {}),
			groupProduct: structuredClone(body.groupProduct as Json),
			polls: 0,
			createdMs: now(),
		};
		state.jobs.push(job);
		if (state.pollsToComplete <= 0) finish(job);
		return jobAnswer(job);
	};

	/** GET group: the group as sent, with what Naver adds and the products as they now are. */
	const groupAnswer = (stored: StoredGroup): Json => {
		const models = lookupStateOf(store).fashionModels;
		const size = isObject(stored.fields.productSize) ? stored.fields.productSize : undefined;
		const specificProducts = stored.specifics.flatMap((entry) => {
			const product = productOf(entry.originProductNo);
			if (!product) return [];
			const benefit = isObject(entry.sent.customerBenefit) ? entry.sent.customerBenefit : {};
			// Naver's own promotions show on some products (every third by number); the seller cannot
			// send them.
			const promotion =
				product.originProductNo % 3 === 0
					? {
							promotionDiscountPolicies: [
								{
									promotionName: '네이버쇼핑 타임특가',
									discountMethod: {
										value: 5,
										unitType: 'PERCENT',
										startDate: formatKst(product.regMs),
										endDate: formatKst(product.regMs + 14 * DAY_MS),
									},
								},
							],
						}
					: {};
			const window = isObject(entry.sent.windowChannelProduct)
				? entry.sent.windowChannelProduct
				: undefined;
			return [
				{
					originProductNo: product.originProductNo,
					productName: product.originProduct.name,
					...entry.sent,
					salePrice: product.originProduct.salePrice,
					stockQuantity: product.originProduct.stockQuantity,
					...(Object.keys(benefit).length > 0 || promotion.promotionDiscountPolicies
						? { customerBenefit: { ...benefit, ...promotion } }
						: {}),
					smartstoreChannelProduct: {
						...(entry.sent.smartstoreChannelProduct as Json),
						channelProductNo: product.smartstoreChannelProductNo,
					},
					...(window && product.windowChannelProductNo
						? {
								windowChannelProduct: {
									...window,
									channelProductNo: product.windowChannelProductNo,
									channelProductDisplayStatusType: 'ON',
								},
							}
						: {}),
				},
			];
		});
		const answer = {
			groupProduct: {
				...stored.fields,
				...(stored.commonDetailContent !== undefined
					? { commonDetailContent: stored.commonDetailContent }
					: {}),
				...(size
					? {
							productSize: {
								...size,
								...(Array.isArray(size.productFashionModels)
									? {
											productFashionModels: (size.productFashionModels as Json[]).map((model) => {
												const known = models.find(model.modelId as number) ?? {};
												return { modelId: model.modelId, ...omit(known, 'id', 'modelImage') };
											}),
										}
									: {}),
							},
						}
					: {}),
				specificProducts,
			},
		};
		return pruneToSchema(answer, answerSchema('GET', '/v2/standard-group-products/1')) as Json;
	};

	return routeTable(
		[
			{
				method: 'POST',
				path: '/v2/standard-group-products',
				name: 'groupProducts.create',
				action: ({ body }: RouteCall) => enqueue('CREATE', body),
			},
			{
				method: 'GET',
				path: '/v2/standard-group-products/status',
				name: 'groupProducts.status',
				action: ({ query }: RouteCall) => {
					const type = queryText(query, 'type');
					const requestId = queryText(query, 'requestId');
					const candidates = state.jobs.filter(
						(job) =>
							(type === undefined || job.type === type) &&
							(requestId === undefined || job.requestId === requestId),
					);
					// Without requestId, the latest request (of the type asked for).
					const job = candidates[candidates.length - 1];
					if (!job) throw notFound('그룹상품 요청 결과가 존재하지 않습니다.');
					if (!job.result) {
						job.polls += 1;
						if (job.polls >= state.pollsToComplete) finish(job);
					}
					return jobAnswer(job);
				},
			},
			{
				method: 'POST',
				path: '/v2/standard-group-products/temp-detail-content',
				name: 'groupProducts.tempDetailContent',
				action: ({ body }: RouteCall) => {
					const id = 8_000_000_001 + state.tempContents.size;
					state.tempContents.set(id, { content: String(body.content), createdMs: now() });
					return { detailContentTempId: id, content: body.content };
				},
			},
			{
				method: 'GET',
				path: '/v2/standard-group-products/{groupProductNo}',
				name: 'groupProducts.get',
				action: ({ params }: RouteCall) => groupAnswer(findGroup(params.groupProductNo)),
			},
			{
				method: 'PUT',
				path: '/v2/standard-group-products/{groupProductNo}',
				name: 'groupProducts.update',
				action: ({ params, body }: RouteCall) =>
					enqueue('UPDATE', body, findGroup(params.groupProductNo).groupProductNo),
			},
			{
				method: 'DELETE',
				path: '/v2/standard-group-products/{groupProductNo}',
				name: 'groupProducts.delete',
				action: ({ params }: RouteCall) => {
					const stored = findGroup(params.groupProductNo);
					const numbers = new Set(stored.specifics.map((entry) => entry.originProductNo));
					const products = catalogue().products;
					for (let index = products.length - 1; index >= 0; index--) {
						if (numbers.has(products[index].originProductNo)) products.splice(index, 1);
					}
					state.groups.delete(stored.groupProductNo);
					return success('그룹상품이 삭제되었습니다.');
				},
			},
		],
		now,
	);
};
