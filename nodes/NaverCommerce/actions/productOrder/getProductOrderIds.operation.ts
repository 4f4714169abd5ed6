import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { naverIdParameter } from '../../helpers/parameters';
import { naverCommerceRequest } from '../../transport';
import { updateDisplayOptions } from '../../helpers/displayOptions';
import { idLocatorField } from '../common.descriptions';

const displayOptions = { show: { resource: ['productOrder'], operation: ['getProductOrderIds'] } };

const properties: INodeProperties[] = [
	idLocatorField({
		displayName: 'Order ID',
		name: 'orderId',
		description:
			'The order (주문번호) whose product orders (상품주문번호) to list: pick one changed in the last 24 hours, or give its ID',
		searchListMethod: 'searchRecentOrders',
		placeholder: '2024010110000001',
	}),
];

export const description = updateDisplayOptions(displayOptions, properties);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const orderId = naverIdParameter.call(this, 'orderId', 'Order ID', itemIndex, '2024010110000001');
	const response = await naverCommerceRequest.call(
		this,
		{
			method: 'GET',
			path: `/v1/pay-order/seller/orders/${encodeURIComponent(orderId)}/product-order-ids`,
		},
		itemIndex,
	);
	const ids = ((response.body as { data?: unknown[] })?.data ?? []).map(String);
	return ids.map((productOrderId) => ({
		json: { orderId, productOrderId },
		pairedItem: { item: itemIndex },
	}));
}
