import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import { formatNaverDateTime } from '../../helpers/naverDate';
import { splitIntoDayWindows } from '../../transport/dayWindows';
import { fetchNumberedPages, payOrderPage } from '../../transport/pages';
import { returnAllAndLimit } from '../common.descriptions';
import { updateDisplayOptions } from '../../helpers/displayOptions';
import { readDateTimePeriod, readLimit } from '../../helpers/parameters';
import { CLAIM_STATUSES } from '../../options/claimStatuses';
import { PLACE_ORDER_STATUSES } from '../../options/placeOrderStatuses';
import { PRODUCT_ORDER_STATUSES } from '../../options/productOrderStatuses';
import { RANGE_TYPES } from '../../options/rangeTypes';

const PAGE_SIZE = 300;

const displayOptions = { show: { resource: ['productOrder'], operation: ['search'] } };

const properties: INodeProperties[] = [
	{
		displayName: 'Date Type',
		name: 'rangeType',
		type: 'options',
		options: RANGE_TYPES,
		default: 'PAYED_DATETIME',
		description: 'Which moment of the product order the period refers to',
	},
	{
		displayName: 'From',
		name: 'from',
		type: 'dateTime',
		required: true,
		default: '',
		description: 'Start of the period (inclusive). Longer periods are asked 24 hours at a time.',
	},
	{
		displayName: 'To',
		name: 'to',
		type: 'dateTime',
		default: '',
		description: 'End of the period (inclusive). Empty means now.',
	},
	...returnAllAndLimit(),
	{
		displayName: 'Filters',
		name: 'filters',
		type: 'collection',
		placeholder: 'Add Filter',
		default: {},
		options: [
			{
				displayName: 'Claim Statuses',
				name: 'claimStatuses',
				type: 'multiOptions',
				options: CLAIM_STATUSES,
				default: [],
			},
			{
				displayName: 'Fulfillment',
				name: 'fulfillment',
				type: 'boolean',
				default: true,
				description:
					'Whether to return only product orders of fulfillment products (풀필먼트 배송), or, when off, only those of other products. Without this filter both are returned.',
			},
			{
				displayName: 'Place Order Status',
				name: 'placeOrderStatusType',
				type: 'options',
				options: PLACE_ORDER_STATUSES,
				default: 'NOT_YET',
			},
			{
				displayName: 'Product Order Statuses',
				name: 'productOrderStatuses',
				type: 'multiOptions',
				options: PRODUCT_ORDER_STATUSES,
				default: [],
			},
		],
	},
];

export const description = updateDisplayOptions(displayOptions, properties);

export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const { fromMs, toMs } = readDateTimePeriod.call(
		this,
		itemIndex,
		{ name: 'from', label: 'From' },
		{ name: 'to', label: 'To' },
		{ openEnd: true },
	);
	const filters = this.getNodeParameter('filters', itemIndex, {}) as IDataObject;
	const limit = readLimit.call(this, itemIndex);
	const rangeType = this.getNodeParameter('rangeType', itemIndex) as string;

	// Naver searches at most 24 hours per request: each day of the period, page by page.
	const productOrders: IDataObject[] = [];
	for (const window of splitIntoDayWindows(fromMs, Math.min(toMs, Date.now()))) {
		if (productOrders.length >= limit) break;
		productOrders.push(
			...(await fetchNumberedPages.call(this, {
				request: (page) => ({
					method: 'GET',
					path: '/v1/pay-order/seller/product-orders',
					qs: {
						from: formatNaverDateTime(window.fromMs),
						to: formatNaverDateTime(window.toMs),
						rangeType,
						...filters,
						pageSize: PAGE_SIZE,
						page,
						quantityClaimCompatibility: true,
					},
				}),
				read: payOrderPage,
				limit: limit - productOrders.length,
				itemIndex,
			})),
		);
	}
	return productOrders.map((json) => ({ json, pairedItem: { item: itemIndex } }));
}
