import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';

import type { OperationModule } from '../node.type';
import * as changeHopeDelivery from './changeHopeDelivery.operation';
import * as confirm from './confirm.operation';
import * as delayDispatch from './delayDispatch.operation';
import * as dispatch from './dispatch.operation';
import * as get from './get.operation';
import * as getManyChanged from './getManyChanged.operation';
import * as getProductOrderIds from './getProductOrderIds.operation';
import * as search from './search.operation';

/** This resource's entry in the node's Resource list. */
export const resource: INodePropertyOptions = {
	name: 'Product Order',
	value: 'productOrder',
	description: 'Changed, paid and shipped product orders (상품주문): get, confirm, dispatch',
};

export const operations = {
	changeHopeDelivery,
	confirm,
	delayDispatch,
	dispatch,
	get,
	getManyChanged,
	getProductOrderIds,
	search,
} satisfies Record<string, OperationModule>;

export const description: INodeProperties[] = [
	{
		displayName: 'Operation',
		name: 'operation',
		type: 'options',
		noDataExpression: true,
		displayOptions: { show: { resource: ['productOrder'] } },
		options: [
			{
				name: 'Change Hope Delivery',
				value: 'changeHopeDelivery',
				description:
					'Writes: changes the delivery day (and time or region) a buyer chose for product orders sold with hope delivery (배송 희망일 변경)',
				action: 'Change the hope delivery of product orders',
			},
			{
				name: 'Confirm',
				value: 'confirm',
				description:
					'Writes: confirms paid product orders (발주 확인), 30 per request; Naver refuses a second confirmation',
				action: 'Confirm product orders',
			},
			{
				name: 'Delay Dispatch',
				value: 'delayDispatch',
				description:
					'Writes: postpones the dispatch due date of product orders (발송 지연), with a reason the buyer sees',
				action: 'Delay dispatch of product orders',
			},
			{
				name: 'Dispatch',
				value: 'dispatch',
				description:
					'Writes: marks product orders as shipped (발송 처리) with courier and tracking number',
				action: 'Dispatch product orders',
			},
			{
				name: 'Get',
				value: 'get',
				description:
					'Read-only: gets the details of product orders by product order ID (상품주문번호, not the order ID), 300 per request. One item per product order: productOrder (status, product, quantity, amounts), order, delivery and claim details.',
				action: 'Get product order details by ID',
			},
			{
				name: 'Get Many Changed',
				value: 'getManyChanged',
				description:
					'Read-only: lists product orders whose status changed in a period (paid, dispatched, claims, …), oldest first, with productOrderId and the change type; use Get for the details',
				action: 'Get many changed product orders',
			},
			{
				name: 'Get Product Order IDs',
				value: 'getProductOrderIds',
				description: 'Read-only: lists the product order IDs of an order (주문번호)',
				action: 'Get the product orders of an order',
			},
			{
				name: 'Search',
				value: 'search',
				description:
					'Read-only: searches product orders by date, status and confirmation, with full details',
				action: 'Search product orders',
			},
		],
		default: 'getManyChanged',
	},
	...getManyChanged.description,
	...get.description,
	...search.description,
	...getProductOrderIds.description,
	...confirm.description,
	...dispatch.description,
	...delayDispatch.description,
	...changeHopeDelivery.description,
];
