import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import { toNaverDateTime } from '../../helpers/naverDate';
import {
	collectProductOrderTargets,
	inInputOrder,
	runProductOrderBatches,
} from '../../helpers/productOrderBatch';
import { naverCommerceRequest } from '../../transport';
import { productOrderIdsField } from '../common.descriptions';
import { updateDisplayOptions } from '../../helpers/displayOptions';
import { DELAY_REASONS } from '../../options/delayReasons';

const displayOptions = { show: { resource: ['productOrder'], operation: ['delayDispatch'] } };

const properties: INodeProperties[] = [
	productOrderIdsField('The product orders whose dispatch is delayed (발송 지연)'),
	{
		displayName: 'New Dispatch Due Date',
		name: 'dispatchDueDate',
		type: 'dateTime',
		required: true,
		default: '',
		description: 'The new date by which the product orders will be shipped',
	},
	{
		displayName: 'Reason',
		name: 'delayedDispatchReason',
		type: 'options',
		options: DELAY_REASONS,
		default: 'PRODUCT_PREPARE',
	},
	// Optional: Naver's delay page does not mark dispatchDelayedDetailedReason required (none of
	// its body fields is marked). Left empty, it is not sent.
	{
		displayName: 'Detailed Reason',
		name: 'dispatchDelayedDetailedReason',
		type: 'string',
		default: '',
		description: 'Shown to the buyer. Optional: left empty, no detailed reason is sent.',
	},
];

export const description = updateDisplayOptions(displayOptions, properties);

/** Naver delays one product order per request (its ID is in the path). */
export async function executeBatch(
	this: IExecuteFunctions,
	itemIndexes: number[],
): Promise<INodeExecutionData[]> {
	const { targets, invalidItems } = collectProductOrderTargets.call(
		this,
		itemIndexes,
		(itemIndex) => {
			const detailedReason = String(
				this.getNodeParameter('dispatchDelayedDetailedReason', itemIndex, '') ?? '',
			).trim();
			return {
				dispatchDueDate: toNaverDateTime(
					this.getNodeParameter('dispatchDueDate', itemIndex),
					'New Dispatch Due Date',
				),
				delayedDispatchReason: this.getNodeParameter('delayedDispatchReason', itemIndex) as string,
				...(detailedReason ? { dispatchDelayedDetailedReason: detailedReason } : {}),
			};
		},
	);
	const delayed = await runProductOrderBatches.call(this, targets, {
		batchSize: 1,
		done: 'delayed',
		send: async ([target]) =>
			await naverCommerceRequest.call(
				this,
				{
					method: 'POST',
					path: `/v1/pay-order/seller/product-orders/${encodeURIComponent(target.productOrderId)}/delay`,
					body: target.fields,
				},
				target.itemIndex,
			),
	});
	return inInputOrder([...invalidItems, ...delayed]);
}
