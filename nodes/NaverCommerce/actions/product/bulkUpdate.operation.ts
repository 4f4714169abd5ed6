import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { updateDisplayOptions } from '../../helpers/displayOptions';
import { toNaverDate } from '../../helpers/naverDate';
import {
	collectProductTargets,
	groupProductTargets,
	runProductWrites,
	type ProductTarget,
} from '../../helpers/productBatch';
import { inInputOrder } from '../../helpers/productOrderBatch';
import { naverCommerceRequest } from '../../transport';
import { PRODUCT_BULK_UPDATE_TYPES } from '../../options/productBulkUpdateTypes';
import { BULK_UPDATE_FIELDS } from './bulkUpdate.fields';
import {
	naverDateParameter,
	originProductNoField,
	originProductNoOf,
	productsPerRequestOf,
	productsPerRequestOptions,
} from './shared';
import {
	MAX_PRICE,
	readDiscount,
	SALE_END,
	SALE_START,
	scheduledPeriod,
	wholeNumber,
} from './writeFields';

const displayOptions = { show: { resource: ['product'], operation: ['bulkUpdate'] } };

const properties: INodeProperties[] = [
	originProductNoField(
		"The origin product (원상품) this item adds to the update. Defaults to the input item's originProductNo, so a Search can feed every product it finds.",
		{ mode: 'id', value: '={{ $json.originProductNo }}' },
	),
	...BULK_UPDATE_FIELDS,
	productsPerRequestOptions,
];

export const description = updateDisplayOptions(displayOptions, properties);

interface BulkTarget extends ProductTarget {
	/** The body without originProductNos; products with the same change share requests. */
	change: IDataObject;
}

const isEmpty = (value: unknown) =>
	value === undefined || value === null || value === '' || value === 0;

/** An optional Naver ID number from the editor, where 0 or empty means "not given". */
function optionalId(value: unknown): number | undefined {
	return isEmpty(value) ? undefined : Number(value);
}

function fail(this: IExecuteFunctions, itemIndex: number, message: string, description?: string) {
	return new NodeOperationError(this.getNode(), message, { itemIndex, description });
}

/** A policy's optional day period (`yyyy-MM-dd`, KST), the end required once a start is given. */
function dayPeriod(
	this: IExecuteFunctions,
	group: IDataObject,
	label: string,
	endRequired: boolean,
	itemIndex: number,
): IDataObject {
	const day = (raw: unknown, which: string) =>
		naverDateParameter.call(this, toNaverDate, raw, `${label} ${which}`, itemIndex);
	const startDate = group.startDate ? day(group.startDate, 'Start Date') : undefined;
	const endDate = group.endDate ? day(group.endDate, 'End Date') : undefined;
	// "시작일을 입력한 경우 필수" (purchasePointPolicy, reviewPointPolicy, freeInterestPolicy endDate).
	if (startDate && !endDate && endRequired) {
		throw fail.call(this, itemIndex, `${label} needs an End Date when it has a Start Date`);
	}
	if (startDate && endDate && endDate < startDate) {
		throw fail.call(
			this,
			itemIndex,
			`${label}: End Date ${endDate} is before Start Date ${startDate}`,
		);
	}
	return { ...(startDate ? { startDate } : {}), ...(endDate ? { endDate } : {}) };
}

function salePriceChange(this: IExecuteFunctions, itemIndex: number): IDataObject {
	const changerType = this.getNodeParameter('productSalePriceChangerType', itemIndex) as string;
	// Set To is an amount: a percentage has nothing to be a percentage of.
	const unitType =
		changerType === 'TO'
			? 'WON'
			: (this.getNodeParameter('productSalePriceChangerUnitType', itemIndex, 'WON') as string);
	const value = wholeNumber.call(
		this,
		this.getNodeParameter('productSalePriceValue', itemIndex),
		'Value',
		{ min: changerType === 'TO' ? 0 : 1, max: MAX_PRICE },
		itemIndex,
	);
	if (value === undefined) throw fail.call(this, itemIndex, 'Value is empty');
	if (unitType === 'PERCENT' && changerType === 'DOWN' && value >= 100) {
		throw fail.call(
			this,
			itemIndex,
			`Lowering prices by ${value} % leaves nothing to pay`,
			'Use a percentage below 100.',
		);
	}
	return {
		productSalePrice: {
			value,
			productSalePriceChangerType: changerType,
			productSalePriceChangerUnitType: unitType,
		},
	};
}

function deliveryInfo(this: IExecuteFunctions, itemIndex: number): IDataObject {
	const parameter = (name: string, fallback?: unknown) =>
		this.getNodeParameter(name, itemIndex, fallback) as unknown;
	const extra = parameter('deliveryAdditionalFields', {}) as IDataObject;
	const deliveryType = String(parameter('deliveryType'));
	const attributeType = String(parameter('deliveryAttributeType'));
	const feeType = String(parameter('deliveryFeeType'));
	const fee = (name: string, label: string, max = MAX_PRICE) =>
		wholeNumber.call(this, parameter(name), label, { min: 0, max }, itemIndex);
	const guaranteed = ['SELLER_GUARANTEE', 'HOPE_SELLER_GUARANTEE'].includes(attributeType);
	// deliveryInfo.deliveryType: "배송 속성 SELLER_GUARANTEE, HOPE_SELLER_GUARANTEE인 경우 배송 방법은
	// DELIVERY만 허용됩니다"; outboundLocationId: "…인 경우 필수입력".
	if (guaranteed && deliveryType !== 'DELIVERY') {
		throw fail.call(
			this,
			itemIndex,
			`The delivery attribute ${attributeType} needs the Parcel method`,
		);
	}
	const outboundLocationId = String(extra.outboundLocationId ?? '').trim();
	if (guaranteed && outboundLocationId === '') {
		throw fail.call(
			this,
			itemIndex,
			`The delivery attribute ${attributeType} needs an Outbound Location ID`,
			"Take the warehouse ID from Naver's seller warehouse list (판매자 창고 정보 조회) and add it in Additional Delivery Fields.",
		);
	}
	// deliveryBundleGroupUsable: "배송속성이 HOPE_SELLER_GUARANTEE인 경우 묶음배송 설정이 불가합니다".
	if (attributeType === 'HOPE_SELLER_GUARANTEE' && extra.deliveryBundleGroupUsable === true) {
		throw fail.call(this, itemIndex, 'N Hope Delivery by Seller cannot use bundle delivery');
	}
	const deliveryFee: IDataObject = { deliveryFeeType: feeType };
	if (feeType !== 'FREE') {
		deliveryFee.baseFee = fee('baseFee', 'Base Delivery Fee', 100_000);
		deliveryFee.deliveryFeePayType = String(parameter('deliveryFeePayType'));
	}
	if (feeType === 'CONDITIONAL_FREE') {
		deliveryFee.freeConditionalAmount = fee('freeConditionalAmount', 'Free Above');
	}
	if (feeType === 'UNIT_QUANTITY_PAID') {
		deliveryFee.repeatQuantity = wholeNumber.call(
			this,
			parameter('repeatQuantity'),
			'Repeat Every',
			{ min: 1, max: 99_999_999 },
			itemIndex,
		);
	}
	if (feeType === 'RANGE_QUANTITY_PAID') {
		const second = wholeNumber.call(
			this,
			parameter('secondBaseQuantity'),
			'Second Range From',
			{ min: 2, max: 99_999_999 },
			itemIndex,
		);
		deliveryFee.secondBaseQuantity = second;
		deliveryFee.secondExtraFee = fee('secondExtraFee', 'Second Range Extra Fee');
		if (!isEmpty(extra.thirdBaseQuantity)) {
			const third = wholeNumber.call(
				this,
				extra.thirdBaseQuantity,
				'Third Range From',
				{ min: (second ?? 1) + 1, max: 99_999_999 },
				itemIndex,
			);
			deliveryFee.thirdBaseQuantity = third;
			deliveryFee.thirdExtraFee = wholeNumber.call(
				this,
				extra.thirdExtraFee ?? 0,
				'Third Range Extra Fee',
				{ min: 0, max: MAX_PRICE },
				itemIndex,
			);
		}
	}
	if (extra.deliveryAreaType !== undefined) {
		const area3 = extra.deliveryAreaType === 'AREA_3';
		// area3extraFee: "deliveryAreaType이 3권역인 경우 필수".
		if (area3 && extra.area3extraFee === undefined) {
			throw fail.call(
				this,
				itemIndex,
				'Three area fee zones need Area Fee: Remote Areas Outside Jeju',
			);
		}
		deliveryFee.deliveryFeeByArea = {
			deliveryAreaType: extra.deliveryAreaType,
			area2extraFee: Number(extra.area2extraFee ?? 0),
			...(area3 ? { area3extraFee: Number(extra.area3extraFee) } : {}),
		};
	}
	const shippingAddressId = optionalId(extra.shippingAddressId);
	const returnAddressId = optionalId(extra.returnAddressId);
	const claimDeliveryInfo: IDataObject = {
		returnDeliveryFee: fee('returnDeliveryFee', 'Return Delivery Fee', 1_000_000),
		exchangeDeliveryFee: fee('exchangeDeliveryFee', 'Exchange Delivery Fee', 1_000_000),
		...(shippingAddressId ? { shippingAddressId } : {}),
		...(returnAddressId ? { returnAddressId } : {}),
		...(typeof extra.freeReturnInsuranceYn === 'boolean'
			? { freeReturnInsuranceYn: extra.freeReturnInsuranceYn }
			: {}),
	};
	const bundleGroupId = optionalId(extra.deliveryBundleGroupId);
	const hopeGroupId = optionalId(extra.hopeDeliveryGroupId);
	return {
		deliveryInfo: {
			deliveryType,
			deliveryAttributeType: attributeType,
			...(deliveryType === 'DELIVERY'
				? { deliveryCompany: String(parameter('deliveryCompany')) }
				: {}),
			...(guaranteed ? { outboundLocationId } : {}),
			...(typeof extra.deliveryBundleGroupUsable === 'boolean'
				? { deliveryBundleGroupUsable: extra.deliveryBundleGroupUsable }
				: {}),
			...(bundleGroupId ? { deliveryBundleGroupId: bundleGroupId } : {}),
			deliveryFee,
			claimDeliveryInfo,
			// installation: "HOPE_SELLER_GUARANTEE인 경우에만 필수 … 그 외 배송 속성에 입력한 경우 무시됩니다".
			...(attributeType === 'HOPE_SELLER_GUARANTEE'
				? { installation: extra.installation === true }
				: {}),
			...(hopeGroupId ? { hopeDeliveryGroupId: hopeGroupId } : {}),
		},
	};
}

function deliveryAttribute(
	this: IExecuteFunctions,
	itemIndex: number,
	type: 'DELIVERY_ATTRIBUTE' | 'DELIVERY_HOPE',
): IDataObject {
	const fields = this.getNodeParameter('deliveryAttributeFields', itemIndex, {}) as IDataObject;
	// deliveryAttribute.deliveryAttributeType: "NORMAL, TODAY, HOPE(희망일배송)-productBulkUpdateType이
	// 'DELIVERY_HOPE'인 경우에만 설정 가능", though its enum lists all twelve attributes: Delivery
	// Attribute offers NORMAL and TODAY, Hope Delivery sends HOPE.
	const attributeType =
		type === 'DELIVERY_HOPE'
			? 'HOPE'
			: String(this.getNodeParameter('attributeType', itemIndex, 'NORMAL'));
	if (
		fields.expectedDeliveryPeriodType === 'ETC' &&
		!String(fields.expectedDeliveryPeriodDirectInput ?? '').trim()
	) {
		throw fail.call(
			this,
			itemIndex,
			'Expected Dispatch: Direct Input needs an Expected Dispatch Text',
		);
	}
	const hopeGroupId =
		type === 'DELIVERY_HOPE'
			? optionalId(this.getNodeParameter('hopeDeliveryGroupId', itemIndex, 0))
			: undefined;
	const attribute: IDataObject = { deliveryAttributeType: attributeType };
	if (fields.todayStockQuantity !== undefined) {
		attribute.todayStockQuantity = wholeNumber.call(
			this,
			fields.todayStockQuantity,
			'Same-Day Dispatch Stock',
			{ min: 0, max: 99_999_999 },
			itemIndex,
		);
	}
	for (const name of [
		'expectedDeliveryPeriodType',
		'expectedDeliveryPeriodDirectInput',
		'customProductAfterOrderYn',
	]) {
		if (fields[name] !== undefined && fields[name] !== '') attribute[name] = fields[name];
	}
	if (hopeGroupId) attribute.hopeDeliveryGroupId = hopeGroupId;
	return { deliveryAttribute: attribute };
}

function purchaseBenefit(this: IExecuteFunctions, itemIndex: number): IDataObject {
	const groups = this.getNodeParameter('purchaseBenefit', itemIndex, {}) as Record<
		string,
		IDataObject | undefined
	>;
	const benefit: IDataObject = {};
	const percentAtMost100 = (group: IDataObject, label: string) => {
		if (group.unitType === 'PERCENT' && Number(group.value) > 100) {
			throw fail.call(this, itemIndex, `${label}: ${String(group.value)} % is more than the price`);
		}
	};
	const point = groups.purchasePointPolicy;
	if (point) {
		percentAtMost100(point, 'Purchase Points');
		benefit.purchasePointPolicy = {
			value: Number(point.value),
			unitType: point.unitType,
			...dayPeriod.call(this, point, 'Purchase Points', true, itemIndex),
		};
	}
	const review = groups.reviewPointPolicy;
	if (review) {
		const points = Object.fromEntries(
			Object.entries(review).filter(([name]) => name !== 'startDate' && name !== 'endDate'),
		);
		benefit.reviewPointPolicy = {
			...points,
			...dayPeriod.call(this, review, 'Review Points', true, itemIndex),
		};
	}
	const multi = groups.multiPurchaseDiscountPolicy;
	if (multi) {
		percentAtMost100(multi, 'Multi-Purchase Discount');
		benefit.multiPurchaseDiscountPolicy = {
			discountMethod: {
				value: Number(multi.value),
				unitType: multi.unitType,
				...dayPeriod.call(this, multi, 'Multi-Purchase Discount', false, itemIndex),
			},
			orderValue: Number(multi.orderValue),
			orderValueUnitType: multi.orderValueUnitType,
		};
	}
	const interest = groups.freeInterestPolicy;
	if (interest) {
		benefit.freeInterestPolicy = {
			value: Number(interest.value),
			...dayPeriod.call(this, interest, 'Interest-Free Installments', true, itemIndex),
		};
	}
	const gift = groups.giftPolicy;
	if (gift) {
		const presentContent = String(gift.presentContent ?? '').trim();
		if (presentContent === '') throw fail.call(this, itemIndex, 'Gift is empty');
		benefit.giftPolicy = { presentContent };
	}
	if (Object.keys(benefit).length === 0) {
		throw fail.call(
			this,
			itemIndex,
			'No benefit to set',
			'Add at least one benefit under Benefits.',
		);
	}
	return { purchaseBenefit: benefit };
}

function purchaseQuantityLimit(this: IExecuteFunctions, itemIndex: number): IDataObject {
	const limits = this.getNodeParameter('purchaseQuantityInfo', itemIndex, {}) as IDataObject;
	const info: IDataObject = {};
	const ranges: Array<[string, string, number]> = [
		['minPurchaseQuantity', 'Min per Order', 10_000],
		['maxPurchaseQuantityPerOrder', 'Max per Order', 10_000],
		['maxPurchaseQuantityPerId', 'Max per Buyer', 99_999_999],
	];
	for (const [name, label, max] of ranges) {
		const value = wholeNumber.call(this, limits[name], label, { min: 1, max }, itemIndex);
		if (value !== undefined) info[name] = value;
	}
	if (Object.keys(info).length === 0) {
		throw fail.call(this, itemIndex, 'No limit to set', 'Add at least one limit under Limits.');
	}
	const min = info.minPurchaseQuantity as number | undefined;
	for (const name of ['maxPurchaseQuantityPerOrder', 'maxPurchaseQuantityPerId']) {
		const max = info[name] as number | undefined;
		if (min !== undefined && max !== undefined && max < min) {
			throw fail.call(this, itemIndex, `The maximum (${max}) is below the minimum (${min})`);
		}
	}
	return { purchaseQuantityInfo: info };
}

/** The body of one item's change, without originProductNos, checked before any request. */
function readChange(this: IExecuteFunctions, itemIndex: number, type: string): IDataObject {
	switch (type) {
		case 'IMMEDIATE_DISCOUNT': {
			const discountMethod = readDiscount.call(
				this,
				{
					value: this.getNodeParameter('discountValue', itemIndex),
					unit: this.getNodeParameter('discountUnit', itemIndex, 'WON'),
					start: this.getNodeParameter('discountStartDate', itemIndex, ''),
					end: this.getNodeParameter('discountEndDate', itemIndex, ''),
				},
				itemIndex,
			);
			return { immediateDiscountPolicy: { discountMethod } };
		}
		case 'SALE_PRICE':
			return salePriceChange.call(this, itemIndex);
		case 'SALE_PERIOD': {
			const { start, end } = scheduledPeriod.call(
				this,
				{
					start: this.getNodeParameter('saleStartDate', itemIndex, ''),
					end: this.getNodeParameter('saleEndDate', itemIndex, ''),
				},
				{ start: 'Sale Start', end: 'Sale End' },
				{ start: SALE_START, end: SALE_END },
				itemIndex,
			);
			if (!start && !end) throw fail.call(this, itemIndex, 'Give a Sale Start, a Sale End or both');
			return {
				productSalePeriod: {
					...(start ? { saleStartDate: start } : {}),
					...(end ? { saleEndDate: end } : {}),
				},
			};
		}
		case 'DELIVERY':
			return deliveryInfo.call(this, itemIndex);
		case 'DELIVERY_ATTRIBUTE':
		case 'DELIVERY_HOPE':
			return deliveryAttribute.call(this, itemIndex, type);
		case 'PURCHASE_BENEFIT':
			return purchaseBenefit.call(this, itemIndex);
		case 'PURCHASE_QUANTITY_LIMIT':
			return purchaseQuantityLimit.call(this, itemIndex);
		default:
			throw fail.call(this, itemIndex, `Unknown update type ${JSON.stringify(type)}`);
	}
}

/**
 * PUT /v1/products/origin-products/bulk-update (상품 벌크 업데이트): one change (productBulkUpdateType
 * and its object) for many products. Every input item adds one product; items whose change comes
 * out the same share requests of up to Products per Request products, and each input item gets one
 * output item, paired. A product Naver refuses fails alone (with continue-on-fail); the others of
 * its request go again without it, except for a raise or cut of prices, which would apply twice if
 * Naver had applied part of the refused request after all. A lost answer is reported for the
 * products of its request, never repeated.
 */
export async function executeBatch(
	this: IExecuteFunctions,
	itemIndexes: number[],
): Promise<INodeExecutionData[]> {
	const type = this.getNodeParameter('productBulkUpdateType', 0) as string;
	if (!PRODUCT_BULK_UPDATE_TYPES.some((option) => option.value === type)) {
		throw new NodeOperationError(this.getNode(), `Unknown update type ${JSON.stringify(type)}`);
	}
	const batchSize = productsPerRequestOf.call(this);
	const { targets, invalidItems } = (collectProductTargets<BulkTarget>).call(
		this,
		itemIndexes,
		(itemIndex): BulkTarget => {
			const originProductNo = originProductNoOf.call(this, itemIndex);
			const change = { productBulkUpdateType: type, ...readChange.call(this, itemIndex, type) };
			return { itemIndex, originProductNo, change, requested: change };
		},
	);
	// Items with the same change share requests; a different change needs requests of its own.
	const byChange = new Map<string, BulkTarget[]>();
	for (const target of targets) {
		const key = JSON.stringify(target.change);
		byChange.set(key, [...(byChange.get(key) ?? []), target]);
	}
	const batches = [...byChange.values()].flatMap((group) => groupProductTargets(group, batchSize));
	// A raise or cut applied twice is not what was asked; a new price or setting is the same twice.
	const isRelative = (batch: BulkTarget[]) =>
		['UP', 'DOWN'].includes(
			String(
				(batch[0].change.productSalePrice as IDataObject | undefined)?.productSalePriceChangerType,
			),
		);
	const written = await (runProductWrites<BulkTarget>).call(this, batches, {
		listName: 'originProductNos',
		resendRest: (batch) => !isRelative(batch),
		send: async (batch) =>
			await naverCommerceRequest.call(
				this,
				{
					method: 'PUT',
					path: '/v1/products/origin-products/bulk-update',
					body: {
						originProductNos: batch.map((target) => target.originProductNo),
						...batch[0].change,
					},
					idempotent: false,
				},
				batch[0].itemIndex,
			),
	});
	return inInputOrder([...invalidItems, ...written]);
}
