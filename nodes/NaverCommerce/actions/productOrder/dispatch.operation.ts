import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { formatNaverDateTime, toEpochMs } from '../../helpers/naverDate';
import {
	collectProductOrderTargets,
	inInputOrder,
	runProductOrderBatches,
} from '../../helpers/productOrderBatch';
import { naverCommerceRequest } from '../../transport';
import { productOrderIdsField } from '../common.descriptions';
import { updateDisplayOptions } from '../../helpers/displayOptions';
import { requiredText } from '../../helpers/parameters';
import { COURIER_OPTIONS } from '../../options/couriers';
import { DISPATCH_DELIVERY_METHOD_OPTIONS } from '../../options/deliveryMethods';

/** Naver dispatches at most 30 product orders per request. */
const DISPATCH_BATCH_SIZE = 30;

const displayOptions = { show: { resource: ['productOrder'], operation: ['dispatch'] } };

const properties: INodeProperties[] = [
	productOrderIdsField(
		'The product orders to mark as shipped (발송 처리) with the same delivery details',
	),
	{
		displayName: 'Delivery Method',
		name: 'deliveryMethod',
		type: 'options',
		options: DISPATCH_DELIVERY_METHOD_OPTIONS,
		default: 'DELIVERY',
	},
	{
		displayName: 'Courier',
		name: 'deliveryCompanyCode',
		type: 'options',
		options: COURIER_OPTIONS,
		default: 'CJGLS',
		displayOptions: { show: { deliveryMethod: ['DELIVERY'] } },
		description: 'The courier (택배사). Type to search by name or code.',
	},
	{
		displayName: 'Tracking Number',
		name: 'trackingNumber',
		type: 'string',
		required: true,
		default: '',
		placeholder: '123456789012',
		displayOptions: { show: { deliveryMethod: ['DELIVERY'] } },
		description: 'The waybill number (송장 번호)',
	},
	{
		displayName: 'Dispatch Date',
		name: 'dispatchDate',
		type: 'dateTime',
		default: '',
		description: 'When the parcel left. Empty means now.',
	},
];

export const description = updateDisplayOptions(displayOptions, properties);

/**
 * Every product order of every input item, 30 per request. An item whose delivery details are
 * incomplete fails on its own (before any request) and does not hold up the others.
 */
export async function executeBatch(
	this: IExecuteFunctions,
	itemIndexes: number[],
): Promise<INodeExecutionData[]> {
	const { targets, invalidItems } = collectProductOrderTargets.call(
		this,
		itemIndexes,
		(itemIndex) => {
			const deliveryMethod = this.getNodeParameter('deliveryMethod', itemIndex) as string;
			const isParcel = deliveryMethod === 'DELIVERY';
			const trackingNumber = isParcel
				? requiredText.call(this, 'trackingNumber', 'Tracking Number', itemIndex)
				: '';
			const dispatchValue = this.getNodeParameter('dispatchDate', itemIndex, '');
			const dispatchMs =
				dispatchValue === '' || dispatchValue === null
					? Date.now()
					: toEpochMs(dispatchValue, 'Dispatch Date');
			return {
				deliveryMethod,
				...(isParcel
					? {
							deliveryCompanyCode: String(
								this.getNodeParameter('deliveryCompanyCode', itemIndex),
							).trim(),
							trackingNumber,
						}
					: {}),
				dispatchDate: formatNaverDateTime(dispatchMs),
			};
		},
	);
	const dispatched = await runProductOrderBatches.call(this, targets, {
		batchSize: DISPATCH_BATCH_SIZE,
		done: 'dispatched',
		send: async (batch) =>
			await naverCommerceRequest.call(
				this,
				{
					method: 'POST',
					path: '/v1/pay-order/seller/product-orders/dispatch',
					body: {
						dispatchProductOrders: batch.map((target) => ({
							productOrderId: target.productOrderId,
							...target.fields,
						})),
					},
				},
				batch[0].itemIndex,
			),
	});
	return inInputOrder([...invalidItems, ...dispatched]);
}
