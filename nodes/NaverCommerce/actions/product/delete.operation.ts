import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../helpers/displayOptions';
import { naverCommerceRequest } from '../../transport';
import { originProductNoField, originProductNoOf, responseJson } from './shared';

const displayOptions = { show: { resource: ['product'], operation: ['delete'] } };

const properties: INodeProperties[] = [
	originProductNoField(
		'The origin product (원상품) to delete, with its channel products (Smart Store and shopping window). Search returns it as originProductNo.',
	),
	{
		displayName:
			'Deleting cannot be undone: the product and its channel products leave the store, and Get answers NOT_FOUND for it afterwards',
		name: 'deleteNotice',
		type: 'notice',
		default: '',
	},
];

export const description = updateDisplayOptions(displayOptions, properties);

/**
 * DELETE /v2/products/origin-products/{originProductNo}, once per input item. A write: never
 * retried automatically, so a lost answer is reported (the product may or may not be gone: Get
 * tells) rather than sent again. The output names the product, with Naver's answer
 * (`{ code, message, data }`).
 */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const originProductNo = originProductNoOf.call(this, itemIndex);
	const response = await naverCommerceRequest.call(
		this,
		{
			method: 'DELETE',
			path: `/v2/products/origin-products/${originProductNo}`,
			idempotent: false,
		},
		itemIndex,
	);
	return [
		{
			json: { originProductNo, deleted: true, ...responseJson(response.body) },
			pairedItem: { item: itemIndex },
		},
	];
}
