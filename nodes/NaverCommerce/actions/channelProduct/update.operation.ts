import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { updateDisplayOptions } from '../../helpers/displayOptions';
import { naverCommerceRequest } from '../../transport';
import { replacementBody, responseJson } from '../product/shared';
import { READ_ONLY_PRODUCT_FIELDS } from '../product/update.operation';
import { channelProductNoField, channelProductNoOf } from './shared';

/*
 * What is not sent back: the channel pages document the same product as the origin pages. The v2
 * channel-product GET answers exactly the fields of the v2 origin-product GET, and the channel PUT
 * takes exactly the body of the origin PUT (only originProduct is required, where the origin PUT
 * also requires smartstoreChannelProduct), comparing their schemas in the contract (Naver's
 * reference v2.73.0). So the fields a Get shows and the PUT does not take are Product → Update's
 * list (READ_ONLY_PRODUCT_FIELDS: catalogue matching, promotion discounts, size model details, the
 * window display status, and a rental's terms that write answers add), and groupProduct.
 */

const displayOptions = { show: { resource: ['channelProduct'], operation: ['update'] } };

const properties: INodeProperties[] = [
	channelProductNoField(
		'The channel product (채널 상품) to replace. Defaults to the channelProductNo of the input item, as Get outputs it.',
		{ mode: 'id', value: '={{ $json.channelProductNo }}' },
	),
	{
		displayName: 'Product (JSON)',
		name: 'product',
		type: 'json',
		required: true,
		default: '={{ JSON.stringify($json) }}',
		description:
			"The whole channel product as Get returns it, with your edits: originProduct (required) and the channel's part, smartstoreChannelProduct for a Smart Store channel product or windowChannelProduct for a shopping-window one (Naver ignores the other). groupProduct and the read-only fields Naver adds (catalogue matching, promotion discounts, size model details, the window display status) are not sent. Defaults to the input item.",
		hint: 'For advanced users: Naver replaces the product with what you send, for all its channels (originProduct is shared). Options left out are deleted, an option without stockQuantity or price gets 0, and the status may only be SALE or SUSPENSION: OUTOFSTOCK with stock 0 is sent as SALE, which Naver keeps sold out, and any other status fails before anything is sent.',
	},
];

export const description = updateDisplayOptions(displayOptions, properties);

/**
 * PUT /v2/products/channel-products/{channelProductNo}: a full replacement built from the JSON of a
 * previous Get, as Product → Update does for an origin product. Only what Naver's PUT documents is
 * sent, and JSON that names a different channel product is refused, so a mapping mistake cannot
 * overwrite another product. A write: never retried automatically.
 */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const channelProductNo = channelProductNoOf.call(this, itemIndex);
	const body = replacementBody.call(
		this,
		itemIndex,
		{
			numberKey: 'channelProductNo',
			number: channelProductNo,
			noun: 'channel product',
			resource: 'Channel Product',
		},
		READ_ONLY_PRODUCT_FIELDS,
	);

	const response = await naverCommerceRequest.call(
		this,
		{
			method: 'PUT',
			path: `/v2/products/channel-products/${channelProductNo}`,
			body,
			idempotent: false,
		},
		itemIndex,
	);
	return [{ json: responseJson(response.body), pairedItem: { item: itemIndex } }];
}
