import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../helpers/displayOptions';
import { naverCommerceRequest } from '../../transport';
import { responseJson } from '../product/shared';
import { channelProductNoField, channelProductNoOf } from './shared';

const displayOptions = { show: { resource: ['channelProduct'], operation: ['get'] } };

const properties: INodeProperties[] = [
	channelProductNoField(
		'The channel product (채널 상품) to read: its number in Smart Store or the shopping window, as Search returns it in channelProducts[].channelProductNo',
	),
];

export const description = updateDisplayOptions(displayOptions, properties);

/**
 * GET /v2/products/channel-products/{channelProductNo}: one item per input item with Naver's
 * answer (groupProduct, originProduct, smartstoreChannelProduct, windowChannelProduct, the same
 * fields as Product → Get) and channelProductNo, which Naver leaves out, so the item can go
 * through an edit straight into Update.
 */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const channelProductNo = channelProductNoOf.call(this, itemIndex);
	const response = await naverCommerceRequest.call(
		this,
		{ method: 'GET', path: `/v2/products/channel-products/${channelProductNo}` },
		itemIndex,
	);
	return [
		{
			json: { channelProductNo, ...responseJson(response.body) },
			pairedItem: { item: itemIndex },
		},
	];
}
