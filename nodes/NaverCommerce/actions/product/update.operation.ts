import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { updateDisplayOptions } from '../../helpers/displayOptions';
import { parseJsonParameter } from '../../helpers/jsonParameter';
import { withoutPaths } from '../../helpers/objectPaths';
import { naverCommerceRequest } from '../../transport';
import { originProductNoField, originProductNoOf, responseJson, toProductNumber } from './shared';

/** The parts of a Get answer that PUT /v2/products/origin-products/{no} takes. */
const BODY_KEYS = ['originProduct', 'smartstoreChannelProduct', 'windowChannelProduct'];

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
		hint: 'For advanced users: Naver replaces the product with what you send. Options left out are deleted, an option without stockQuantity or price gets 0, and the status may only be SALE or SUSPENSION.',
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
	const node = this.getNode();
	const originProductNo = originProductNoOf.call(this, itemIndex);
	const product = parseJsonParameter(
		node,
		itemIndex,
		'Product',
		this.getNodeParameter('product', itemIndex),
	);
	if (product === null || typeof product !== 'object' || Array.isArray(product)) {
		throw new NodeOperationError(node, 'Product must be a JSON object as Get returns it', {
			itemIndex,
		});
	}
	const json = product as IDataObject;
	const originProduct = json.originProduct;
	if (originProduct === null || typeof originProduct !== 'object' || Array.isArray(originProduct)) {
		throw new NodeOperationError(node, 'Product has no originProduct object', {
			itemIndex,
			description: 'Use the output of Get (resource Product) as the starting point.',
		});
	}
	if (json.originProductNo !== undefined && json.originProductNo !== null) {
		const named = toProductNumber.call(
			this,
			json.originProductNo,
			'Product originProductNo',
			itemIndex,
		);
		if (named !== originProductNo) {
			throw new NodeOperationError(
				node,
				`The product JSON is for product ${named}, not ${originProductNo}`,
				{ itemIndex, description: 'Check the Origin Product Number and the mapped JSON.' },
			);
		}
	}
	const sendable: IDataObject = {};
	for (const key of BODY_KEYS) {
		if (json[key] !== undefined && json[key] !== null) sendable[key] = json[key];
	}
	const body = withoutPaths(sendable, READ_ONLY_PRODUCT_FIELDS);

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
