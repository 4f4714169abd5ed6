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
					'Change the delivery day (and time or region) a buyer chose for product orders sold with hope delivery (배송 희망일 변경)',
				action: 'Change the hope delivery of product orders',
			},
			{
				name: 'Confirm',
				value: 'confirm',
				description: 'Confirm paid product orders (발주 확인), 30 per request',
				action: 'Confirm product orders',
			},
			{
				name: 'Delay Dispatch',
				value: 'delayDispatch',
				description: 'Postpone the dispatch due date of product orders (발송 지연)',
				action: 'Delay dispatch of product orders',
			},
			{
				name: 'Dispatch',
				value: 'dispatch',
				description: 'Mark product orders as shipped with courier and tracking number (발송 처리)',
				action: 'Dispatch product orders',
			},
			{
				name: 'Get',
				value: 'get',
				description: 'Get the details of product orders by ID, 300 per request',
				action: 'Get product orders',
			},
			{
				name: 'Get Many Changed',
				value: 'getManyChanged',
				description:
					'List product orders whose status changed in a period (paid, dispatched, claims, …), oldest first',
				action: 'Get many changed product orders',
			},
			{
				name: 'Get Product Order IDs',
				value: 'getProductOrderIds',
				description: 'List the product orders of an order',
				action: 'Get the product orders of an order',
			},
			{
				name: 'Search',
				value: 'search',
				description: 'Search product orders by date, status and confirmation, with full details',
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
