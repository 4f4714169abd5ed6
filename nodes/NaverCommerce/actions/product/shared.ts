import type { IDataObject, IExecuteFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

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
