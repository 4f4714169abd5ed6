import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { parseJsonParameter } from '../../helpers/jsonParameter';
import { withoutPaths } from '../../helpers/objectPaths';
import { isNaverId } from '../../helpers/parameters';
import { idLocatorField } from '../common.descriptions';
import { naverCommerceRequest } from '../../transport';

/** The Origin Product Number field of one operation (원상품번호, the number the write APIs take). */
export function originProductNoField(
	description: string,
	defaultValue?: { mode: 'id'; value: string },
): INodeProperties {
	return idLocatorField({
		displayName: 'Origin Product Number',
		name: 'originProductNo',
		description,
		searchListMethod: 'searchProducts',
		placeholder: '10000000007',
		default: defaultValue,
	});
}

/**
 * Reads a product number (int64) from text, a number or an expression's result. Naver's product
 * numbers stay far below 2^53, so a JavaScript number holds them exactly; larger values are refused
 * rather than silently rounded to another product.
 */
export function toProductNumber(
	this: IExecuteFunctions,
	value: unknown,
	parameterName: string,
	itemIndex: number,
): number {
	const text = String(value ?? '').trim();
	const number = Number(text);
	if (!isNaverId(text) || !Number.isSafeInteger(number) || number === 0) {
		throw new NodeOperationError(
			this.getNode(),
			`${parameterName} must be a product number such as 10000000007, not ${JSON.stringify(value ?? '')}`,
			{ itemIndex },
		);
	}
	return number;
}

export function originProductNoOf(this: IExecuteFunctions, itemIndex: number): number {
	return toProductNumber.call(
		this,
		this.getNodeParameter('originProductNo', itemIndex, '', { extractValue: true }),
		'Origin Product Number',
		itemIndex,
	);
}

/** GET /v2/products/origin-products/{originProductNo}: the product in Naver's shape. */
export async function readOriginProduct(
	this: IExecuteFunctions,
	originProductNo: number,
	itemIndex: number,
): Promise<IDataObject> {
	const response = await naverCommerceRequest.call(
		this,
		{ method: 'GET', path: `/v2/products/origin-products/${originProductNo}` },
		itemIndex,
	);
	return (response.body ?? {}) as IDataObject;
}

/** The response body as an item's JSON: a JSON object as it is, anything else under `body`. */
export function responseJson(body: unknown): IDataObject {
	if (body !== null && typeof body === 'object' && !Array.isArray(body)) return body as IDataObject;
	return body === undefined ? {} : { body: body as IDataObject };
}

/** A date parameter converted for Naver; a value that is not a date fails the item, named. */
export function naverDateParameter(
	this: IExecuteFunctions,
	convert: (value: unknown, parameterName: string) => string,
	value: unknown,
	parameterName: string,
	itemIndex: number,
): string {
	try {
		return convert(value, parameterName);
	} catch (error) {
		throw new NodeOperationError(this.getNode(), error as Error, { itemIndex });
	}
}

/** The parts of a Get answer that the product PUTs (origin and channel product) take. */
const REPLACEMENT_BODY_KEYS = ['originProduct', 'smartstoreChannelProduct', 'windowChannelProduct'];

/**
 * The body of a full replacement (Product → Update, Channel Product → Update) from the "Product
 * (JSON)" parameter: a Get answer with edits. It must be an object with originProduct; when it
 * names its own product number (`numberKey`), that must be the number being replaced, so a mapping
 * mistake cannot overwrite another product. Only the documented parts are kept, less `readOnly`.
 */
export function replacementBody(
	this: IExecuteFunctions,
	itemIndex: number,
	target: { numberKey: string; number: number; noun: string; resource: string },
	readOnly: readonly string[],
): IDataObject {
	const node = this.getNode();
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
			description: `Use the output of Get (resource ${target.resource}) as the starting point.`,
		});
	}
	const namedValue = json[target.numberKey];
	if (namedValue !== undefined && namedValue !== null) {
		const named = toProductNumber.call(this, namedValue, `Product ${target.numberKey}`, itemIndex);
		if (named !== target.number) {
			throw new NodeOperationError(
				node,
				`The product JSON is for ${target.noun} ${named}, not ${target.number}`,
				{
					itemIndex,
					description: `Check the ${target.resource === 'Product' ? 'Origin Product' : 'Channel Product'} Number and the mapped JSON.`,
				},
			);
		}
	}
	const sendable: IDataObject = {};
	for (const key of REPLACEMENT_BODY_KEYS) {
		if (json[key] !== undefined && json[key] !== null) sendable[key] = json[key];
	}
	const body = withoutPaths(sendable, readOnly);
	const statusType = sendableStatus.call(this, body.originProduct as IDataObject, itemIndex);
	if (statusType !== undefined) (body.originProduct as IDataObject).statusType = statusType;
	return body;
}

/** The sale statuses (상품 판매 상태) Naver's product pages name, as they name them. */
const SALE_STATUS_NAMES: Record<string, string> = {
	WAIT: '판매 대기',
	SALE: '판매 중',
	OUTOFSTOCK: '품절',
	UNADMISSION: '승인 대기',
	REJECTION: '승인 거부',
	SUSPENSION: '판매 중지',
	CLOSE: '판매 종료',
	PROHIBITION: '판매 금지',
};

/** Whether a stock quantity is the number 0, written as a number or as text. */
function isZeroStock(value: unknown): boolean {
	if (typeof value === 'number') return value === 0;
	return typeof value === 'string' && value.trim() !== '' && Number(value) === 0;
}

/**
 * The statusType a full replacement sends. Get can answer any of the nine statuses, and the PUT
 * takes only two: PUT /v2/products/origin-products/{originProductNo} (and the channel-products
 * PUT, in the same words) says "상품 수정 시에는 SALE(판매 중), SUSPENSION(판매 중지)만 입력할 수
 * 있습니다". SALE and SUSPENSION go as they are; a missing status is left to Naver, which requires
 * it. Anything else fails the item before a request, except the one case those pages say how to
 * keep: OUTOFSTOCK with stockQuantity 0.
 */
function sendableStatus(
	this: IExecuteFunctions,
	originProduct: IDataObject,
	itemIndex: number,
): string | undefined {
	const statusType = originProduct.statusType;
	if (statusType === undefined || statusType === null) return undefined;
	if (statusType === 'SALE' || statusType === 'SUSPENSION') return statusType;
	const stockQuantity = originProduct.stockQuantity;
	// Both product PUT pages: "수정 시 재고 수량이 0으로 입력되면 StatusType으로 전달된 항목은 무시되며 상품 상태는 OUTOFSTOCK(품절)으로 저장됩니다" – SALE keeps it sold out.
	if (statusType === 'OUTOFSTOCK' && isZeroStock(stockQuantity)) return 'SALE';
	const name = SALE_STATUS_NAMES[String(statusType)];
	const refused = `${String(statusType)}${name ? ` (${name})` : ''}`;
	const accepted =
		'Naver accepts only these two when a product is updated: "상품 수정 시에는 SALE(판매 중), SUSPENSION(판매 중지)만 입력할 수 있습니다". Nothing was sent.';
	if (statusType === 'OUTOFSTOCK') {
		const stock =
			stockQuantity === undefined || stockQuantity === null
				? 'without a stock quantity'
				: `with a stock quantity of ${String(stockQuantity)}`;
		throw new NodeOperationError(
			this.getNode(),
			`Naver's product update takes the status SALE or SUSPENSION, not OUTOFSTOCK ${stock}`,
			{
				itemIndex,
				description: `${accepted} Naver stores OUTOFSTOCK (품절) for a stock quantity of 0: to sell the product again, set originProduct.statusType to SALE together with the stock, as Naver asks (품절 상태의 상품을 판매 중으로 변경하는 경우, StockQuantity와 함께 statusType을 SALE로 입력); to keep it sold out, set originProduct.stockQuantity to 0.`,
			},
		);
	}
	throw new NodeOperationError(
		this.getNode(),
		`Naver's product update takes the status SALE or SUSPENSION, not ${typeof statusType === 'string' ? statusType : JSON.stringify(statusType)}`,
		{
			itemIndex,
			description: `The product JSON has originProduct.statusType ${refused}, which Get can show and the update cannot send back. ${accepted} Set originProduct.statusType to SALE or SUSPENSION.`,
		},
	);
}

/**
 * Products per request of Update Many (PATCH …/multi-update, multiProductUpdateRequestVos) and
 * Bulk Update (PUT …/bulk-update, originProductNos). Neither page documents a maximum (each
 * example holds one product); 100 is the node's choice, a fifth of the 500 products a page of
 * /v1/products/search holds, and the Products per Request option changes it, up to 500.
 */
export const PRODUCTS_PER_REQUEST = 100;
const MAX_PRODUCTS_PER_REQUEST = 500;

/** The Options of the batch product writes: Products per Request. */
export const productsPerRequestOptions: INodeProperties = {
	displayName: 'Options',
	name: 'options',
	type: 'collection',
	placeholder: 'Add Option',
	default: {},
	options: [
		{
			displayName: 'Products per Request',
			name: 'productsPerRequest',
			type: 'number',
			typeOptions: { minValue: 1, maxValue: MAX_PRODUCTS_PER_REQUEST, numberPrecision: 0 },
			default: PRODUCTS_PER_REQUEST,
			description:
				"How many products go in one request to Naver (default 100). Naver's reference documents no maximum; lower it if Naver refuses large requests.",
		},
	],
};

/** Products per Request, read once for the whole batch (requests span items), checked. */
export function productsPerRequestOf(this: IExecuteFunctions): number {
	const options = this.getNodeParameter('options', 0, {}) as IDataObject;
	const batchSize = Number(options.productsPerRequest ?? PRODUCTS_PER_REQUEST);
	if (!Number.isInteger(batchSize) || batchSize < 1 || batchSize > MAX_PRODUCTS_PER_REQUEST) {
		throw new NodeOperationError(
			this.getNode(),
			`Products per Request must be a whole number from 1 to ${MAX_PRODUCTS_PER_REQUEST}, not ${JSON.stringify(options.productsPerRequest)}`,
		);
	}
	return batchSize;
}
