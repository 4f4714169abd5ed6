import type { IExecuteFunctions, INodeExecutionData, INodeProperties } from 'n8n-workflow';

import {
	collectProductOrderTargets,
	inInputOrder,
	runProductOrderBatches,
} from '../../helpers/productOrderBatch';
import { naverCommerceRequest } from '../../transport';
import { productOrderIdsField } from '../common.descriptions';
import { updateDisplayOptions } from '../../helpers/displayOptions';

/** Naver confirms at most 30 product orders per request. */
const CONFIRM_BATCH_SIZE = 30;

const displayOptions = { show: { resource: ['productOrder'], operation: ['confirm'] } };

const properties: INodeProperties[] = [
	productOrderIdsField('The paid product orders to confirm (발주 확인)'),
];

export const description = updateDisplayOptions(displayOptions, properties);

export async function executeBatch(
	this: IExecuteFunctions,
	itemIndexes: number[],
): Promise<INodeExecutionData[]> {
	const { targets, invalidItems } = collectProductOrderTargets.call(this, itemIndexes);
	const confirmed = await runProductOrderBatches.call(this, targets, {
		batchSize: CONFIRM_BATCH_SIZE,
		done: 'confirmed',
		send: async (batch) =>
			await naverCommerceRequest.call(
				this,
				{
					method: 'POST',
					path: '/v1/pay-order/seller/product-orders/confirm',
					body: { productOrderIds: batch.map((target) => target.productOrderId) },
				},
				batch[0].itemIndex,
			),
	});
	return inInputOrder([...invalidItems, ...confirmed]);
}
