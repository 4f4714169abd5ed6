import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../helpers/displayOptions';
import { naverCommerceRequest } from '../../transport';
import { originProductNoField, originProductNoOf, replacementBody, responseJson } from './shared';

/**
 * What the v2 Get documents that the PUT does not: Naver's read-only catalogue matching, the
 * promotion discounts it applies, and the display data of fashion size models (the PUT takes a
 * model by modelId only). Found by comparing the response example of GET with the request example
 * of PUT /v2/products/origin-products/{originProductNo} in Naver's reference (v2.73.0); every other
 * field of a Get answer is one the PUT documents. Sending them back is what "Get → edit → Update"
 * would do, so they are taken out.
 */
const GET_ONLY_PRODUCT_FIELDS = [
	'originProduct.customerBenefit.promotionDiscountPolicies',
	'originProduct.detailAttribute.naverShoppingSearchInfo.catalogMatchingYn',
	'originProduct.detailAttribute.naverShoppingSearchInfo.matchedCatalogId',
	'originProduct.detailAttribute.productSize.models[].name',
	'originProduct.detailAttribute.productSize.models[].top',
	'originProduct.detailAttribute.productSize.models[].bottom',
	'originProduct.detailAttribute.productSize.models[].shoe',
	'originProduct.detailAttribute.productSize.models[].height',
	'originProduct.detailAttribute.productSize.models[].weight',
	'windowChannelProduct.channelProductDisplayStatusType',
];

/**
 * What the write answers document that the PUT does not take: a rental product's terms and its
 * rental point policies, which the response of PUT /v2/products/origin-products/{originProductNo}
 * (and of option-stock) lists and its request body does not (Naver's reference v2.73.0; the v2 Get
 * documents neither). They reach Update when its input is the answer of an earlier Update or
 * Update Option Stock, which Naver documents as the whole product.
 */
const WRITE_ANSWER_ONLY_PRODUCT_FIELDS = [
	'originProduct.detailAttribute.rentalInfo',
	'originProduct.customerBenefit.scheduledPointPolicy',
	'originProduct.customerBenefit.rentalGiftPointPolicy',
	'originProduct.customerBenefit.rentalReservedPointPolicy',
];

/** Everything a Get or a write answers about a product that the PUT does not take. */
export const READ_ONLY_PRODUCT_FIELDS = [
	...GET_ONLY_PRODUCT_FIELDS,
	...WRITE_ANSWER_ONLY_PRODUCT_FIELDS,
];

const displayOptions = { show: { resource: ['product'], operation: ['update'] } };

const properties: INodeProperties[] = [
	originProductNoField(
		'The origin product (원상품) to replace. Defaults to the originProductNo of the input item, as Get outputs it.',
		{ mode: 'id', value: '={{ $json.originProductNo }}' },
	),
	{
		displayName: 'Product (JSON)',
		name: 'product',
		type: 'json',
		required: true,
		default: '={{ JSON.stringify($json) }}',
		description:
			"The whole product as Get (or an earlier Update) returns it, with your edits: originProduct and smartstoreChannelProduct (required) and windowChannelProduct. Other keys such as groupProduct, and the read-only fields Naver adds (catalogue matching, promotion discounts, size model details, a rental's terms), are not sent. Defaults to the input item.",
		hint: 'For advanced users: Naver replaces the product with what you send. Options left out are deleted, an option without stockQuantity or price gets 0, and the status may only be SALE or SUSPENSION: OUTOFSTOCK with stock 0 is sent as SALE, which Naver keeps sold out, and any other status fails before anything is sent.',
	},
];

export const description = updateDisplayOptions(displayOptions, properties);

/**
 * PUT /v2/products/origin-products/{originProductNo}: a full replacement, built from the JSON of a
 * previous Get. Only what Naver's update documents is sent, and JSON that names a different
 * product is refused, so a mapping mistake cannot overwrite another product. A write: never
 * retried automatically.
 */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const originProductNo = originProductNoOf.call(this, itemIndex);
	const body = replacementBody.call(
		this,
		itemIndex,
		{ numberKey: 'originProductNo', number: originProductNo, noun: 'product', resource: 'Product' },
		READ_ONLY_PRODUCT_FIELDS,
	);

	const response = await naverCommerceRequest.call(
		this,
		{
			method: 'PUT',
			path: `/v2/products/origin-products/${originProductNo}`,
			body,
			idempotent: false,
		},
		itemIndex,
	);
	return [{ json: responseJson(response.body), pairedItem: { item: itemIndex } }];
}
