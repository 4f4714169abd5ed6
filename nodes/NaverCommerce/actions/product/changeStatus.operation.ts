import type {
	IDataObject,
	IExecuteFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { updateDisplayOptions } from '../../helpers/displayOptions';
import { toNaverDateTime } from '../../helpers/naverDate';
import { naverCommerceRequest } from '../../transport';
import {
	naverDateParameter,
	originProductNoField,
	originProductNoOf,
	responseJson,
} from './shared';

const displayOptions = { show: { resource: ['product'], operation: ['changeStatus'] } };

const properties: INodeProperties[] = [
	originProductNoField('The origin product (원상품) whose sale status changes'),
	{
		displayName: 'Status',
		name: 'statusType',
		type: 'options',
		required: true,
		default: 'SALE',
		options: [
			{
				name: 'On Sale',
				value: 'SALE',
				description:
					'SALE (판매 중): from Suspended, or from Out of Stock together with a Stock Quantity',
			},
			{
				name: 'Out of Stock',
				value: 'OUTOFSTOCK',
				description: 'OUTOFSTOCK (품절): from On Sale; Naver sets the stock to 0',
			},
			{
				name: 'Suspended',
				value: 'SUSPENSION',
				description: 'SUSPENSION (판매 중지): from On Sale, Out of Stock or Waiting for Sale',
			},
		],
		description:
			'The sale status to set. Naver refuses other changes (e.g. from Closed or Prohibited) with BAD_REQUEST.',
	},
	{
		displayName: 'Stock Quantity',
		name: 'stockQuantity',
		type: 'number',
		typeOptions: { minValue: 0, maxValue: 99999999, numberPrecision: 0 },
		default: 0,
		displayOptions: { show: { statusType: ['SALE'] } },
		description:
			'The stock to sell. Required when the product is out of stock. 0 keeps the current stock. A product whose stock ends up 0 stays out of stock (or suspended).',
	},
	{
		displayName: 'Additional Fields',
		name: 'additionalFields',
		type: 'collection',
		placeholder: 'Add Field',
		default: {},
		options: [
			{
				displayName: 'Sale End Date',
				name: 'saleEndDate',
				type: 'dateTime',
				default: '',
				description: 'When the sale ends (sent in Korean time)',
			},
			{
				displayName: 'Sale Start Date',
				name: 'saleStartDate',
				type: 'dateTime',
				default: '',
				description: 'When the sale starts (sent in Korean time)',
			},
		],
	},
];

export const description = updateDisplayOptions(displayOptions, properties);

/**
 * PUT /v1/products/origin-products/{originProductNo}/change-status, once per input item. A write:
 * never retried automatically. The output says what was asked for; Naver only answers that it
 * accepted it, and keeps a product without stock out of stock, so read it with Get to be sure.
 */
export async function execute(
	this: IExecuteFunctions,
	itemIndex: number,
): Promise<INodeExecutionData[]> {
	const originProductNo = originProductNoOf.call(this, itemIndex);
	const statusType = this.getNodeParameter('statusType', itemIndex) as string;
	const body: IDataObject = { statusType };
	if (statusType === 'SALE') {
		const stockQuantity = Number(this.getNodeParameter('stockQuantity', itemIndex, 0));
		if (!Number.isInteger(stockQuantity) || stockQuantity < 0 || stockQuantity > 99_999_999) {
			throw new NodeOperationError(
				this.getNode(),
				`Stock Quantity must be a whole number from 0 to 99,999,999, not ${stockQuantity}`,
				{ itemIndex },
			);
		}
		if (stockQuantity > 0) body.stockQuantity = stockQuantity;
	}
	const additional = this.getNodeParameter('additionalFields', itemIndex, {}) as {
		saleStartDate?: string;
		saleEndDate?: string;
	};
	if (additional.saleStartDate) {
		body.saleStartDate = naverDateParameter.call(
			this,
			toNaverDateTime,
			additional.saleStartDate,
			'Sale Start Date',
			itemIndex,
		);
	}
	if (additional.saleEndDate) {
		body.saleEndDate = naverDateParameter.call(
			this,
			toNaverDateTime,
			additional.saleEndDate,
			'Sale End Date',
			itemIndex,
		);
	}

	const response = await naverCommerceRequest.call(
		this,
		{
			method: 'PUT',
			path: `/v1/products/origin-products/${originProductNo}/change-status`,
			body,
			idempotent: false,
		},
		itemIndex,
	);
	return [
		{
			json: {
				originProductNo,
				requestedStatusType: statusType,
				...(body.stockQuantity !== undefined ? { stockQuantity: body.stockQuantity } : {}),
				...responseJson(response.body),
			},
			pairedItem: { item: itemIndex },
		},
	];
}
