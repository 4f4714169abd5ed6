/* eslint-disable @n8n/community-nodes/require-node-api-error -- Node-side code (tests, emulator, tooling), not run inside n8n */
/**
 * Product writes for many products, deletion and channel products, on the catalogue of
 * routes/products.ts (`productCatalogue`), so what they change is what GET origin-products and
 * POST /v1/products/search show afterwards. The rules are Naver's product API group's as the
 * reference pages document them:
 *
 * - errors are `{ code: 'BAD_REQUEST' | 'NOT_FOUND', message, invalidInputs, timestamp }`, each
 *   input naming the entry at fault (`multiProductUpdateRequestVos[2].stockQuantity`,
 *   `originProductNos[1]`);
 * - DELETE origin-products removes the product with its channel products: GET answers 404
 *   NOT_FOUND for it afterwards and the search no longer lists it;
 * - multi-update (멀티 상품 변경) changes each listed product by its own multiUpdateTypes; the status
 *   changes follow the change-status page (to SALE from SUSPENSION, or from OUTOFSTOCK with a
 *   stock; to SUSPENSION from SALE, OUTOFSTOCK or WAIT), and a product whose stock is 0 is
 *   OUTOFSTOCK unless suspended;
 * - bulk-update (상품 벌크 업데이트) applies one productBulkUpdateType with its object to every
 *   listed product;
 * - GET and PUT channel-products read and replace a product by a channel product number, Smart
 *   Store or window; DELETE channel-products ((v2) 채널 상품 삭제, "채널 상품을 삭제합니다") removes
 *   that channel product, and GET answers 404 NOT_FOUND for it afterwards. A window channel
 *   product goes alone. The emulator keeps a product with its Smart Store channel product, so
 *   deleting that one removes the product, its window channel product included (a simplification:
 *   the page does not say what becomes of the origin product).
 *
 * Neither batch page says how many products one request may hold (their examples list one), so the
 * emulator takes any number. Neither says whether a refused request changed part of its products:
 * the emulator checks every entry first and changes nothing when it refuses, as Naver's HTTP table
 * reads 400 ("요청 데이터의 유효성 검사(validation) 오류").
 */
import { formatKst } from '../kst';
import type { ApiRequest, HttpReply, RouteModule } from '../server';
import {
	productCatalogue,
	settleStatus,
	updateProduct,
	type EmulatorProduct,
	type OriginProduct,
} from './products';

const MAX_STOCK = 99_999_999;
const MAX_PRICE = 999_999_990;

interface InvalidInput {
	name: string;
	type: string;
	message: string;
}

/** A request the route refuses: every input at fault, and whether each is a product not found. */
class Refusal extends Error {
	constructor(readonly inputs: InvalidInput[]) {
		super('잘못된 요청입니다.');
	}
}

const NOT_FOUND_TYPE = 'NotFound';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json =>
	value !== null && typeof value === 'object' && !Array.isArray(value);

/** 'yyyy-MM-dd'T'HH:mm[:ss][.SSS]XXX', as the pages give it. */
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

/** Collects the problems of one request, so all of them are named in one answer. */
class Check {
	readonly inputs: InvalidInput[] = [];

	add(name: string, type: string, message: string): void {
		this.inputs.push({ name, type, message });
	}

	object(value: unknown, name: string): Json | undefined {
		if (isObject(value)) return value;
		this.add(name, 'NotNull', `${name}은(는) 필수입니다.`);
		return undefined;
	}

	range(value: unknown, name: string, min: number, max: number): value is number {
		if (typeof value !== 'number' || !Number.isInteger(value)) {
			this.add(name, 'NotNull', `${name}은(는) 필수입니다.`);
			return false;
		}
		if (value < min) this.add(name, 'Min', `${name}은(는) ${min} 이상이어야 합니다.`);
		else if (value > max) this.add(name, 'Max', `${name}은(는) ${max} 이하여야 합니다.`);
		else return true;
		return false;
	}

	/** A date-time on the minutes a rule allows, with no seconds, as epoch ms. */
	scheduled(
		value: unknown,
		name: string,
		allows: (minute: number) => boolean,
		rule: string,
	): number | undefined {
		if (value === undefined || value === null) return undefined;
		if (typeof value !== 'string' || !DATE_TIME.test(value)) {
			this.add(name, 'typeMismatch', '날짜 형식이 올바르지 않습니다.');
			return undefined;
		}
		const ms = Date.parse(value);
		const at = new Date(ms);
		if (!allows(at.getUTCMinutes()) || at.getUTCSeconds() !== 0) {
			this.add(name, 'Invalid', rule);
			return undefined;
		}
		return ms;
	}

	/** An immediate discount as the pages document it; the discount to store, or undefined. */
	discount(raw: unknown, name: string): Json | undefined {
		const policy = this.object(raw, name);
		const method = policy && this.object(policy.discountMethod, `${name}.discountMethod`);
		if (!method) return undefined;
		const at = `${name}.discountMethod`;
		const before = this.inputs.length;
		// "PERCENT, WON만 입력 가능합니다", though the enum lists YEN and COUNT too.
		if (method.unitType !== 'PERCENT' && method.unitType !== 'WON') {
			this.add(`${at}.unitType`, 'Invalid', '할인 단위는 PERCENT, WON만 입력 가능합니다.');
		}
		if (method.unitType === 'PERCENT' && typeof method.value === 'number' && method.value > 100) {
			this.add(`${at}.value`, 'Max', '정율 할인은 100% 이하여야 합니다.');
		}
		const start = this.scheduled(
			method.startDate,
			`${at}.startDate`,
			(minute) => minute % 10 === 0,
			'할인 시작일은 매 시각 00, 10, 20, 30, 40, 50분으로만 설정 가능합니다.',
		);
		const end = this.scheduled(
			method.endDate,
			`${at}.endDate`,
			(minute) => minute % 10 === 9,
			'할인 종료일은 매 시각 09, 19, 29, 39, 49, 59분으로만 설정 가능합니다.',
		);
		if (start !== undefined && end !== undefined && end <= start) {
			this.add(`${at}.endDate`, 'Invalid', '할인 종료일은 시작일 이후여야 합니다.');
		}
		if (this.inputs.length > before) return undefined;
		const discount: Json = { value: method.value, unitType: method.unitType };
		if (method.startDate) discount.startDate = method.startDate;
		if (method.endDate) discount.endDate = method.endDate;
		return { discountMethod: discount };
	}
}

// --- multi-update ----------------------------------------------------------------------------

/** For each status a multi-update sets, the statuses it may come from (change-status.PUT.md). */
const STATUS_FROM: Record<string, { target: string; from: string[] }> = {
	PRODUCT_STATUS_SALE: { target: 'SALE', from: ['SUSPENSION', 'OUTOFSTOCK'] },
	PRODUCT_STATUS_SUSPENSION: { target: 'SUSPENSION', from: ['SALE', 'OUTOFSTOCK', 'WAIT'] },
};

interface MultiChange {
	product: EmulatorProduct;
	salePrice?: number;
	discount?: Json;
	stockQuantity?: number;
	status?: string;
}

function multiUpdate(
	find: (originProductNo: number) => EmulatorProduct | undefined,
	rawBody: unknown,
	nowMs: number,
): HttpReply {
	const body = rawBody as { multiProductUpdateRequestVos: Json[] };
	const check = new Check();
	const entries = body.multiProductUpdateRequestVos;
	if (entries.length === 0) {
		check.add('multiProductUpdateRequestVos', 'NotEmpty', '변경할 상품을 입력해 주세요.');
	}
	const changes: MultiChange[] = [];
	entries.forEach((entry, index) => {
		const at = `multiProductUpdateRequestVos[${index}]`;
		const product = find(entry.originProductNo as number);
		if (!product) {
			check.add(
				`${at}.originProductNo`,
				NOT_FOUND_TYPE,
				`상품이 존재하지 않습니다: ${String(entry.originProductNo)}`,
			);
			return;
		}
		// The types name what changes; a field without its type is not applied.
		const types = (entry.multiUpdateTypes as string[] | undefined) ?? [];
		if (types.length === 0) {
			check.add(`${at}.multiUpdateTypes`, 'NotEmpty', '멀티 업데이트 종류를 입력해 주세요.');
			return;
		}
		const change: MultiChange = { product };
		const before = check.inputs.length;
		if (types.includes('SALE_PRICE')) {
			const price = check.object(entry.productSalePrice, `${at}.productSalePrice`);
			if (price && check.range(price.salePrice, `${at}.productSalePrice.salePrice`, 0, MAX_PRICE)) {
				change.salePrice = price.salePrice;
			}
		}
		if (types.includes('IMMEDIATE_DISCOUNT')) {
			change.discount = check.discount(
				entry.immediateDiscountPolicy,
				`${at}.immediateDiscountPolicy`,
			);
		}
		if (types.includes('STOCK')) {
			if (check.range(entry.stockQuantity, `${at}.stockQuantity`, 0, MAX_STOCK)) {
				change.stockQuantity = entry.stockQuantity;
			}
		}
		const statusTypes = types.filter((type) => type in STATUS_FROM);
		if (statusTypes.length > 1) {
			check.add(
				`${at}.multiUpdateTypes`,
				'Invalid',
				'판매중 변경과 판매중지 변경은 함께 요청할 수 없습니다.',
			);
		} else if (statusTypes.length === 1) {
			const { target, from } = STATUS_FROM[statusTypes[0]];
			const current = product.originProduct.statusType;
			// The page lists no X → X change; a sync that sends the status a product already has is
			// taken as nothing to change rather than refused.
			if (current !== target && !from.includes(current)) {
				check.add(
					`${at}.multiUpdateTypes`,
					'Invalid',
					`${current} 상태의 상품은 ${target} 상태로 변경할 수 없습니다: ${product.originProductNo}`,
				);
			} else if (target === 'SALE' && current === 'OUTOFSTOCK' && !types.includes('STOCK')) {
				check.add(
					`${at}.stockQuantity`,
					'NotNull',
					`품절 상품을 판매중으로 변경하려면 재고 수량을 입력해야 합니다: ${product.originProductNo}`,
				);
			} else {
				change.status = target;
			}
		}
		if (check.inputs.length === before) changes.push(change);
	});
	if (check.inputs.length > 0) throw new Refusal(check.inputs);
	for (const change of changes) {
		const origin = change.product.originProduct;
		if (change.salePrice !== undefined) origin.salePrice = change.salePrice;
		if (change.discount) {
			origin.customerBenefit = {
				...(origin.customerBenefit ?? {}),
				immediateDiscountPolicy: change.discount as never,
			};
		}
		// The page does not single out products with options: their product stock is set as sent.
		if (change.stockQuantity !== undefined) origin.stockQuantity = change.stockQuantity;
		if (change.status) origin.statusType = change.status;
		settleStatus(origin);
		change.product.modMs = nowMs;
	}
	return success('상품이 변경되었습니다.');
}

// --- bulk-update -----------------------------------------------------------------------------

/** deliveryInfo.deliveryAttributeType "상품 일괄 수정 시" (bulk-update.PUT.md). */
const BULK_DELIVERY_ATTRIBUTES = [
	'NORMAL',
	'TODAY',
	'HOPE',
	'SELLER_GUARANTEE',
	'HOPE_SELLER_GUARANTEE',
];

type Apply = (product: EmulatorProduct, index: number) => void;

function discountChange(check: Check, body: Json): Apply | undefined {
	const discount = check.discount(body.immediateDiscountPolicy, 'immediateDiscountPolicy');
	if (!discount) return undefined;
	return (product) => {
		const origin = product.originProduct;
		origin.customerBenefit = {
			...(origin.customerBenefit ?? {}),
			immediateDiscountPolicy: structuredClone(discount) as never,
		};
	};
}

function salePriceChange(check: Check, body: Json, products: EmulatorProduct[]): Apply | undefined {
	const change = check.object(body.productSalePrice, 'productSalePrice');
	if (!change) return undefined;
	const { value, productSalePriceChangerType: changer } = change;
	const unit = change.productSalePriceChangerUnitType;
	// "PERCENT, WON만 입력 가능합니다" (the page gives the field no enum); TO is an amount.
	if (unit !== 'PERCENT' && unit !== 'WON') {
		check.add(
			'productSalePrice.productSalePriceChangerUnitType',
			'Invalid',
			'PERCENT, WON만 입력 가능합니다.',
		);
		return undefined;
	}
	if (changer === 'TO' && unit !== 'WON') {
		check.add(
			'productSalePrice.productSalePriceChangerUnitType',
			'Invalid',
			'판매가 지정(TO)은 WON만 입력 가능합니다.',
		);
		return undefined;
	}
	if (!check.range(value, 'productSalePrice.value', changer === 'TO' ? 0 : 1, MAX_PRICE))
		return undefined;
	// The page does not say how a percentage is rounded: to the nearest won.
	const next = (price: number) => {
		const amount = unit === 'PERCENT' ? Math.round((price * value) / 100) : value;
		return changer === 'TO' ? value : changer === 'UP' ? price + amount : price - amount;
	};
	products.forEach((product, index) => {
		const price = next(product.originProduct.salePrice);
		if (price < 0 || price > MAX_PRICE) {
			check.add(
				`originProductNos[${index}]`,
				price < 0 ? 'Min' : 'Max',
				`변경 후 판매가가 0원 이상 ${MAX_PRICE}원 이하가 아닙니다: ${product.originProductNo}`,
			);
		}
	});
	return (product) => {
		product.originProduct.salePrice = next(product.originProduct.salePrice);
	};
}

function salePeriodChange(
	check: Check,
	body: Json,
	products: EmulatorProduct[],
): Apply | undefined {
	const period = check.object(body.productSalePeriod, 'productSalePeriod');
	if (!period) return undefined;
	const start = check.scheduled(
		period.saleStartDate,
		'productSalePeriod.saleStartDate',
		(minute) => minute === 0,
		'판매 시작 일시는 매 시각 00분으로만 설정 가능합니다.',
	);
	const end = check.scheduled(
		period.saleEndDate,
		'productSalePeriod.saleEndDate',
		(minute) => minute === 59,
		'판매 종료 일시는 매 시각 59분으로만 설정 가능합니다.',
	);
	if (period.saleStartDate === undefined && period.saleEndDate === undefined) {
		check.add('productSalePeriod', 'NotEmpty', '판매 시작 일시나 종료 일시를 입력해 주세요.');
	}
	products.forEach((product, index) => {
		const from = start ?? Date.parse(product.originProduct.saleStartDate ?? '');
		const until = end ?? Date.parse(product.originProduct.saleEndDate ?? '');
		if (Number.isFinite(from) && Number.isFinite(until) && until <= from) {
			check.add(
				`originProductNos[${index}]`,
				'Invalid',
				`판매 종료 일시가 시작 일시보다 빠릅니다: ${product.originProductNo}`,
			);
		}
	});
	return (product) => {
		if (typeof period.saleStartDate === 'string')
			product.originProduct.saleStartDate = period.saleStartDate;
		if (typeof period.saleEndDate === 'string')
			product.originProduct.saleEndDate = period.saleEndDate;
	};
}

function deliveryChange(check: Check, body: Json): Apply | undefined {
	const info = check.object(body.deliveryInfo, 'deliveryInfo');
	if (!info) return undefined;
	const attribute = String(info.deliveryAttributeType);
	if (!BULK_DELIVERY_ATTRIBUTES.includes(attribute)) {
		check.add(
			'deliveryInfo.deliveryAttributeType',
			'Invalid',
			`상품 일괄 수정 시 입력할 수 없는 배송 속성입니다: ${attribute}`,
		);
	}
	const guaranteed = attribute === 'SELLER_GUARANTEE' || attribute === 'HOPE_SELLER_GUARANTEE';
	if (info.deliveryType === 'DELIVERY' && !info.deliveryCompany) {
		check.add('deliveryInfo.deliveryCompany', 'NotNull', '택배 배송은 택배사를 입력해야 합니다.');
	}
	if (guaranteed && info.deliveryType !== 'DELIVERY') {
		check.add(
			'deliveryInfo.deliveryType',
			'Invalid',
			`${attribute} 배송 속성은 DELIVERY만 허용됩니다.`,
		);
	}
	if (guaranteed && !info.outboundLocationId) {
		check.add('deliveryInfo.outboundLocationId', 'NotNull', '판매자 창고 ID는 필수입니다.');
	}
	if (attribute === 'HOPE_SELLER_GUARANTEE' && info.deliveryBundleGroupUsable === true) {
		check.add(
			'deliveryInfo.deliveryBundleGroupUsable',
			'Invalid',
			'N희망일배송 상품은 묶음배송을 설정할 수 없습니다.',
		);
	}
	const byArea = (info.deliveryFee as Json | undefined)?.deliveryFeeByArea as Json | undefined;
	if (byArea?.deliveryAreaType === 'AREA_3' && byArea.area3extraFee === undefined) {
		check.add(
			'deliveryInfo.deliveryFee.deliveryFeeByArea.area3extraFee',
			'NotNull',
			'3권역인 경우 필수입니다.',
		);
	}
	return (product) => {
		// The bulk update replaces the product's delivery information with what it sends.
		product.originProduct.deliveryInfo = structuredClone(info);
	};
}

function deliveryAttributeChange(
	check: Check,
	body: Json,
	type: string,
	products: EmulatorProduct[],
): Apply | undefined {
	const attribute = check.object(body.deliveryAttribute, 'deliveryAttribute');
	if (!attribute) return undefined;
	const wanted = String(attribute.deliveryAttributeType);
	// deliveryAttribute.deliveryAttributeType: "NORMAL, TODAY, HOPE(…)-productBulkUpdateType이
	// 'DELIVERY_HOPE'인 경우에만 설정 가능".
	const allowed = type === 'DELIVERY_HOPE' ? ['HOPE'] : ['NORMAL', 'TODAY'];
	if (!allowed.includes(wanted)) {
		check.add(
			'deliveryAttribute.deliveryAttributeType',
			'Invalid',
			`${type}에 입력할 수 없는 배송 속성입니다: ${wanted}`,
		);
	}
	// The page is silent on products that are not shipped; they have no delivery to change.
	products.forEach((product, index) => {
		if (!product.originProduct.deliveryInfo) {
			check.add(
				`originProductNos[${index}]`,
				'Invalid',
				`배송 정보가 없는 상품입니다: ${product.originProductNo}`,
			);
		}
	});
	return (product) => {
		const delivery = product.originProduct.deliveryInfo!;
		delivery.deliveryAttributeType = wanted;
		for (const field of [
			'todayStockQuantity',
			'expectedDeliveryPeriodType',
			'expectedDeliveryPeriodDirectInput',
			'customProductAfterOrderYn',
		]) {
			if (attribute[field] !== undefined) delivery[field] = attribute[field];
		}
		if (wanted === 'HOPE' && attribute.hopeDeliveryGroupId !== undefined) {
			delivery.hopeDeliveryGroupId = attribute.hopeDeliveryGroupId;
		} else if (wanted !== 'HOPE') {
			delete delivery.hopeDeliveryGroupId;
		}
	};
}

function purchaseBenefitChange(check: Check, body: Json): Apply | undefined {
	const benefit = check.object(body.purchaseBenefit, 'purchaseBenefit');
	if (!benefit) return undefined;
	const policies = [
		'multiPurchaseDiscountPolicy',
		'purchasePointPolicy',
		'reviewPointPolicy',
		'freeInterestPolicy',
		'giftPolicy',
	].filter((name) => isObject(benefit[name]));
	if (policies.length === 0) {
		check.add('purchaseBenefit', 'NotEmpty', '변경할 혜택을 입력해 주세요.');
	}
	// "시작일을 입력한 경우 필수" (endDate of the point and interest-free policies).
	for (const name of ['purchasePointPolicy', 'reviewPointPolicy', 'freeInterestPolicy']) {
		const policy = benefit[name] as Json | undefined;
		if (policy?.startDate && !policy.endDate) {
			check.add(
				`purchaseBenefit.${name}.endDate`,
				'NotNull',
				'시작일을 입력한 경우 종료일은 필수입니다.',
			);
		}
	}
	for (const [name, method] of [
		['purchasePointPolicy', benefit.purchasePointPolicy],
		[
			'multiPurchaseDiscountPolicy.discountMethod',
			(benefit.multiPurchaseDiscountPolicy as Json | undefined)?.discountMethod,
		],
	] as const) {
		const policy = method as Json | undefined;
		if (!policy) continue;
		if (policy.unitType !== 'PERCENT' && policy.unitType !== 'WON') {
			check.add(`purchaseBenefit.${name}.unitType`, 'Invalid', 'PERCENT, WON만 입력 가능합니다.');
		} else if (policy.unitType === 'PERCENT' && Number(policy.value) > 100) {
			check.add(`purchaseBenefit.${name}.value`, 'Max', '정율은 100% 이하여야 합니다.');
		}
	}
	const multi = benefit.multiPurchaseDiscountPolicy as Json | undefined;
	if (multi && multi.orderValueUnitType !== 'COUNT' && multi.orderValueUnitType !== 'WON') {
		check.add(
			'purchaseBenefit.multiPurchaseDiscountPolicy.orderValueUnitType',
			'Invalid',
			'COUNT, WON만 입력 가능합니다.',
		);
	}
	return (product) => {
		const origin = product.originProduct;
		// The page is silent on policies left out: they keep their current settings.
		const next = { ...(origin.customerBenefit ?? {}) } as Json;
		for (const name of policies) next[name] = structuredClone(benefit[name]);
		origin.customerBenefit = next as OriginProduct['customerBenefit'];
	};
}

function purchaseQuantityChange(check: Check, body: Json): Apply | undefined {
	const limits = check.object(body.purchaseQuantityInfo, 'purchaseQuantityInfo');
	if (!limits) return undefined;
	const given = [
		'minPurchaseQuantity',
		'maxPurchaseQuantityPerId',
		'maxPurchaseQuantityPerOrder',
	].filter((name) => limits[name] !== undefined && limits[name] !== null);
	if (given.length === 0)
		check.add('purchaseQuantityInfo', 'NotEmpty', '구매 수량 제한을 입력해 주세요.');
	for (const name of given) {
		if (Number(limits[name]) < 1)
			check.add(`purchaseQuantityInfo.${name}`, 'Min', `${name}은(는) 1 이상이어야 합니다.`);
	}
	const min = limits.minPurchaseQuantity as number | undefined;
	for (const name of ['maxPurchaseQuantityPerOrder', 'maxPurchaseQuantityPerId']) {
		const max = limits[name] as number | undefined;
		if (min !== undefined && max !== undefined && max < min) {
			check.add(
				`purchaseQuantityInfo.${name}`,
				'Invalid',
				'최대 구매 수량은 최소 구매 수량 이상이어야 합니다.',
			);
		}
	}
	return (product) => {
		const detail = product.originProduct.detailAttribute;
		const current = (detail.purchaseQuantityInfo ?? {}) as Json;
		detail.purchaseQuantityInfo = {
			...current,
			...Object.fromEntries(given.map((name) => [name, limits[name]])),
		};
	};
}

function bulkUpdate(
	find: (originProductNo: number) => EmulatorProduct | undefined,
	rawBody: unknown,
	nowMs: number,
): HttpReply {
	const body = rawBody as Json & { originProductNos: number[] };
	const check = new Check();
	const numbers = body.originProductNos;
	if (numbers.length === 0)
		check.add('originProductNos', 'NotEmpty', '원상품번호를 입력해 주세요.');
	const products: EmulatorProduct[] = [];
	numbers.forEach((originProductNo, index) => {
		const product = find(originProductNo);
		if (product) products.push(product);
		else
			check.add(
				`originProductNos[${index}]`,
				NOT_FOUND_TYPE,
				`상품이 존재하지 않습니다: ${originProductNo}`,
			);
	});
	// Every entry's index is its place in originProductNos, so the checks that name a product only
	// run once all of them exist.
	const all = products.length === numbers.length ? products : [];
	const type = body.productBulkUpdateType as string | undefined;
	let apply: Apply | undefined;
	switch (type) {
		case 'IMMEDIATE_DISCOUNT':
			apply = discountChange(check, body);
			break;
		case 'SALE_PRICE':
			apply = salePriceChange(check, body, all);
			break;
		case 'SALE_PERIOD':
			apply = salePeriodChange(check, body, all);
			break;
		case 'DELIVERY':
			apply = deliveryChange(check, body);
			break;
		case 'DELIVERY_ATTRIBUTE':
		case 'DELIVERY_HOPE':
			apply = deliveryAttributeChange(check, body, type, all);
			break;
		case 'PURCHASE_BENEFIT':
			apply = purchaseBenefitChange(check, body);
			break;
		case 'PURCHASE_QUANTITY_LIMIT':
			apply = purchaseQuantityChange(check, body);
			break;
		default:
			// The page does not mark productBulkUpdateType required, but nothing changes without it.
			check.add('productBulkUpdateType', 'NotNull', '벌크 업데이트 종류는 필수입니다.');
	}
	if (check.inputs.length > 0 || !apply) throw new Refusal(check.inputs);
	// A product listed twice is changed once.
	for (const [index, product] of [...new Set(products)].entries()) {
		apply(product, index);
		settleStatus(product.originProduct);
		product.modMs = nowMs;
	}
	return success('상품이 일괄 수정되었습니다.');
}

function success(message: string): HttpReply {
	return { status: 200, body: { code: 'SUCCESS', message, data: {} } };
}

// --- channel products ------------------------------------------------------------------------

/** The same answer as GET origin-products: the channel page documents the same fields. */
function channelProductAnswer(product: EmulatorProduct): Json {
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

/**
 * PUT channel-products: the whole product, as the origin PUT replaces it, with the channel's own
 * part. The request object's description in Naver's OpenAPI (ExternalApiUpdateChannelProductRequestVo)
 * says a Smart Store channel product takes smartstoreChannelProduct and a window channel product
 * windowChannelProduct, and the other is ignored.
 */
function updateChannelProduct(
	product: EmulatorProduct,
	channel: 'STOREFARM' | 'WINDOW',
	rawBody: unknown,
	nowMs: number,
	products: EmulatorProduct[],
): HttpReply {
	const body = { ...(rawBody as Json) };
	if (channel === 'WINDOW') {
		if (!isObject(body.windowChannelProduct)) {
			throw new Refusal([
				{
					name: 'windowChannelProduct',
					type: 'NotNull',
					message: '윈도 채널 상품 수정 시 windowChannelProduct는 필수입니다.',
				},
			]);
		}
		body.smartstoreChannelProduct = structuredClone(product.smartstoreChannelProduct);
	} else {
		delete body.windowChannelProduct;
	}
	try {
		return updateProduct(product, body, nowMs, products);
	} catch (error) {
		// products.ts refuses with its BadRequest: a message and the invalid inputs.
		const inputs = (error as { invalidInputs?: InvalidInput[] }).invalidInputs;
		if (error instanceof Error && 'invalidInputs' in error) {
			throw Object.assign(new Refusal(inputs ?? []), { message: error.message });
		}
		throw error;
	}
}

/** Product writes for many products, deletion and channel products (상품). */
export const productBulkRoutes: RouteModule = ({ store, now }) => {
	const catalogue = () => productCatalogue(store);
	const find = (originProductNo: number) => catalogue().byOriginProductNo(originProductNo);
	const byChannel = (channelProductNo: number) => {
		const product = catalogue().products.find(
			(candidate) =>
				candidate.smartstoreChannelProductNo === channelProductNo ||
				candidate.windowChannelProductNo === channelProductNo,
		);
		return product
			? {
					product,
					channel: (product.smartstoreChannelProductNo === channelProductNo
						? 'STOREFARM'
						: 'WINDOW') as 'STOREFARM' | 'WINDOW',
				}
			: undefined;
	};
	const errorReply = (
		status: number,
		code: string,
		message: string,
		inputs: InvalidInput[],
	): HttpReply => ({
		status,
		body: { code, message, invalidInputs: inputs, timestamp: formatKst(now()) },
	});
	const notFound = (name: string, value: string) =>
		errorReply(404, 'NOT_FOUND', '상품이 존재하지 않습니다.', [
			{ name, type: NOT_FOUND_TYPE, message: `상품이 존재하지 않습니다: ${value}` },
		]);

	/** Records the request (as routes/products.ts does) and answers a refusal in the group's envelope. */
	const handle =
		(route: string, action: (request: ApiRequest, match: RegExpMatchArray) => HttpReply) =>
		(request: ApiRequest, match: RegExpMatchArray): HttpReply => {
			catalogue().requests.push({
				route,
				method: request.method,
				path: request.path,
				body: structuredClone(request.body),
			});
			try {
				return action(request, match);
			} catch (error) {
				if (!(error instanceof Refusal)) throw error;
				// Only products it does not have: 404 NOT_FOUND; anything else wrong: 400.
				const missing =
					error.inputs.length > 0 && error.inputs.every((input) => input.type === NOT_FOUND_TYPE);
				return missing
					? errorReply(404, 'NOT_FOUND', '상품이 존재하지 않습니다.', error.inputs)
					: errorReply(400, 'BAD_REQUEST', error.message, error.inputs);
			}
		};

	return [
		{
			method: 'DELETE',
			pattern: /^\/v2\/products\/origin-products\/([^/]+)$/,
			name: 'products.delete',
			handler: handle('products.delete', (_request, match) => {
				const products = catalogue().products;
				const index = products.findIndex((product) => String(product.originProductNo) === match[1]);
				if (index < 0) return notFound('originProductNo', match[1]);
				// Gone with its channel products: GET answers NOT_FOUND, the search lists it no more.
				products.splice(index, 1);
				return success('상품이 삭제되었습니다.');
			}),
		},
		{
			method: 'GET',
			pattern: /^\/v2\/products\/channel-products\/([^/]+)$/,
			name: 'channelProducts.get',
			handler: handle('channelProducts.get', (_request, match) => {
				const found = byChannel(Number(match[1]));
				if (!found) return notFound('channelProductNo', match[1]);
				return { status: 200, body: channelProductAnswer(found.product) };
			}),
		},
		{
			method: 'PUT',
			pattern: /^\/v2\/products\/channel-products\/([^/]+)$/,
			name: 'channelProducts.update',
			handler: handle('channelProducts.update', (request, match) => {
				const found = byChannel(Number(match[1]));
				if (!found) return notFound('channelProductNo', match[1]);
				return updateChannelProduct(
					found.product,
					found.channel,
					request.body,
					now(),
					catalogue().products,
				);
			}),
		},
		{
			method: 'DELETE',
			pattern: /^\/v2\/products\/channel-products\/([^/]+)$/,
			name: 'channelProducts.delete',
			handler: handle('channelProducts.delete', (_request, match) => {
				const found = byChannel(Number(match[1]));
				if (!found) return notFound('channelProductNo', match[1]);
				if (found.channel === 'WINDOW') {
					delete found.product.windowChannelProductNo;
					delete found.product.windowChannelProduct;
				} else {
					const products = catalogue().products;
					products.splice(products.indexOf(found.product), 1);
				}
				return success('채널 상품이 삭제되었습니다.');
			}),
		},
		{
			method: 'PATCH',
			pattern: /^\/v1\/products\/origin-products\/multi-update$/,
			name: 'products.multiUpdate',
			handler: handle('products.multiUpdate', (request) => multiUpdate(find, request.body, now())),
		},
		{
			method: 'PUT',
			pattern: /^\/v1\/products\/origin-products\/bulk-update$/,
			name: 'products.bulkUpdate',
			handler: handle('products.bulkUpdate', (request) => bulkUpdate(find, request.body, now())),
		},
	];
};
